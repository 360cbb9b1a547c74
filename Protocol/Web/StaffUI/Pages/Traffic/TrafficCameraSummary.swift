/// One camera's current state, as the overview table, the camera map and the camera page
/// show it. At the hub `isLive` is false and the figures come from synchronised aggregates.
public struct TrafficCameraSummary: Hashable, Sendable {
    /// The camera's identifier; the camera page is `/ui/traffic/cameras/{id}`.
    public var id: String
    /// The display name; may equal `id`.
    public var name: String
    public var districtCode: String
    public var districtName: String
    public var latitude: Double
    public var longitude: Double
    /// The direction the camera looks, degrees clockwise from north.
    public var headingDegrees: Double
    public var congestion: TrafficCongestion
    /// Vehicles per hour over the latest interval; nil when unknown.
    public var flowVehiclesPerHour: Double?
    /// Mean vehicle speed over the latest interval, km/h; nil when unknown (no calibration).
    public var meanSpeedKmh: Double?
    public var speedLimitKmh: Double
    /// Counts per class, shown in `TrafficClassCount.knownClassCodes` order, unknown codes last.
    public var countsByClass: [TrafficClassCount]
    /// When the camera last detected anything, Unix milliseconds; nil when never.
    public var lastDetectionMillis: Int64?
    public var violationsToday: Int
    /// True when this site runs a live analyzer for the camera.
    public var isLive: Bool
    /// Live only: tracks followed since the analyzer started, and the share of them split or
    /// bridged (0…1): a rising share means the camera's tracker is misbehaving.
    public var tracksFollowed: Int?
    public var adjustedTrackShare: Double?

    public init(
        id: String, name: String, districtCode: String, districtName: String, latitude: Double, longitude: Double,
        headingDegrees: Double, congestion: TrafficCongestion, flowVehiclesPerHour: Double? = nil,
        meanSpeedKmh: Double? = nil, speedLimitKmh: Double, countsByClass: [TrafficClassCount] = [],
        lastDetectionMillis: Int64? = nil, violationsToday: Int = 0, isLive: Bool = false,
        tracksFollowed: Int? = nil, adjustedTrackShare: Double? = nil
    ) {
        self.id = id
        self.name = name
        self.districtCode = districtCode
        self.districtName = districtName
        self.latitude = latitude
        self.longitude = longitude
        self.headingDegrees = headingDegrees
        self.congestion = congestion
        self.flowVehiclesPerHour = flowVehiclesPerHour
        self.meanSpeedKmh = meanSpeedKmh
        self.speedLimitKmh = speedLimitKmh
        self.countsByClass = countsByClass
        self.lastDetectionMillis = lastDetectionMillis
        self.violationsToday = violationsToday
        self.isLive = isLive
        self.tracksFollowed = tracksFollowed
        self.adjustedTrackShare = adjustedTrackShare
    }
}
