import TrafficAnalysis

/// One counting line's or lane's measures over one 5- or 15-minute interval as replicated: the
/// counts are per-site counters, so parts of an interval reported separately (before and after a
/// node restart) add up.
public struct FlowInterval: Codable, Sendable, Hashable {
    public var camera: String
    public var subject: String
    /// "line" or "lane".
    public var subjectKind: String
    public var periodSeconds: Int
    public var startMillis: Int64
    public var endMillis: Int64
    public var coveredMillis: Int64
    public var vehicles: Int
    public var leftToRight: Int
    public var rightToLeft: Int
    public var countsByClass: [String: Int]
    public var meanSpeedKmh: Double?
    public var speed85Kmh: Double?
    public var occupancy: Double?
    public var meanHeadwaySeconds: Double?
    /// Vehicles per hour of covered time.
    public var flowVehiclesPerHour: Double
}
