/// Traffic measures of one counting line or lane over one aligned interval.
///
/// Definitions:
/// - A line's count is its crossings (both directions); a lane's count is road users whose anchor
///   was inside the lane zone, each counted once when it leaves the lane (or its track ends).
/// - Flow counts vehicles only (pedestrians excluded), per hour of covered time.
/// - Occupancy (lanes only): fraction of covered time during which at least one anchor was inside
///   the lane; each frame with an anchor inside counts until the next frame, capped at
///   ``AnalyzerConfiguration/maxFrameMillis``. Accurate to within one frame per interval.
/// - Speeds (km/h) are per vehicle: at the crossing for lines, average over the lane for lanes.
///   The 85th percentile uses the nearest-rank method.
/// - Mean headway is the mean gap between successive vehicle events (crossings, lane entries)
///   inside the interval, regardless of direction: (last − first) / (n − 1).
public struct IntervalAggregate: Codable, Sendable, Hashable {
    public var cameraID: String
    public var subject: AggregateSubject
    public var period: IntervalPeriod
    public var startMillis: Int64
    public var endMillis: Int64
    /// The part of the interval the analyzer saw (less than the period for the first and last interval).
    /// Length of the interval, seconds (the period).
    public var durationSeconds: Double
    public var coveredMillis: Int64
    public var countsByClass: [VehicleClass: Int]
    /// Lines only.
    public var leftToRightCount: Int?
    /// Lines only.
    public var rightToLeftCount: Int?
    public var vehicleCount: Int
    public var flowVehiclesPerHour: Double
    /// Lanes only, 0…1. On a calibrated camera, space occupancy: the road length its road
    /// users take up (``VehicleClass`` passenger-car equivalents × 4.5 m) over the lane's
    /// length, averaged over the covered time; uncalibrated, the share of the covered time
    /// anyone was in the lane (which a long lane zone saturates).
    public var occupancy: Double?
    public var meanSpeedKmh: Double?
    public var speed85thPercentileKmh: Double?
    public var meanHeadwaySeconds: Double?

    public init(
        cameraID: String, subject: AggregateSubject, period: IntervalPeriod, startMillis: Int64, endMillis: Int64, durationSeconds: Double,
        coveredMillis: Int64, countsByClass: [VehicleClass: Int], leftToRightCount: Int?, rightToLeftCount: Int?, vehicleCount: Int,
        flowVehiclesPerHour: Double, occupancy: Double?, meanSpeedKmh: Double?, speed85thPercentileKmh: Double?, meanHeadwaySeconds: Double?
    ) {
        self.cameraID = cameraID
        self.subject = subject
        self.period = period
        self.startMillis = startMillis
        self.endMillis = endMillis
        self.durationSeconds = durationSeconds
        self.coveredMillis = coveredMillis
        self.countsByClass = countsByClass
        self.leftToRightCount = leftToRightCount
        self.rightToLeftCount = rightToLeftCount
        self.vehicleCount = vehicleCount
        self.flowVehiclesPerHour = flowVehiclesPerHour
        self.occupancy = occupancy
        self.meanSpeedKmh = meanSpeedKmh
        self.speed85thPercentileKmh = speed85thPercentileKmh
        self.meanHeadwaySeconds = meanHeadwaySeconds
    }

    public var isPartial: Bool { coveredMillis < endMillis - startMillis }

    public var totalCount: Int { countsByClass.values.reduce(0, +) }
}
