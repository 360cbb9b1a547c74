/// The figures of one aggregation interval at a camera.
public struct TrafficIntervalPoint: Hashable, Sendable {
    /// Start of the interval, Unix milliseconds.
    public var startMillis: Int64
    /// The interval's length: 30, 300 or 900.
    public var periodSeconds: Int
    /// Vehicles per hour over the interval.
    public var flowVehiclesPerHour: Double
    public var meanSpeedKmh: Double?
    /// 85th percentile speed, km/h.
    public var speed85Kmh: Double?
    /// Share of the time the detection zone was occupied, 0…1; shown as a percentage.
    public var occupancy: Double?
    public var meanHeadwaySeconds: Double?
    /// Vehicles counted in the interval.
    public var vehicleCount: Int

    public init(
        startMillis: Int64, periodSeconds: Int, flowVehiclesPerHour: Double, meanSpeedKmh: Double? = nil,
        speed85Kmh: Double? = nil, occupancy: Double? = nil, meanHeadwaySeconds: Double? = nil, vehicleCount: Int
    ) {
        self.startMillis = startMillis
        self.periodSeconds = periodSeconds
        self.flowVehiclesPerHour = flowVehiclesPerHour
        self.meanSpeedKmh = meanSpeedKmh
        self.speed85Kmh = speed85Kmh
        self.occupancy = occupancy
        self.meanHeadwaySeconds = meanHeadwaySeconds
        self.vehicleCount = vehicleCount
    }
}
