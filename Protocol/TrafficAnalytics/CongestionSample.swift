/// The congestion state of a camera over one 30-second interval.
public struct CongestionSample: Codable, Sendable, Hashable {
    public var cameraID: String
    public var startMillis: Int64
    public var endMillis: Int64
    /// Level after hysteresis (what is shown and alerted on).
    public var level: CongestionLevel
    /// Level these measurements alone indicate.
    public var rawLevel: CongestionLevel
    public var meanSpeedKmh: Double?
    /// Mean speed ÷ free-flow speed.
    public var speedRatio: Double?
    /// Mean lane occupancy across lanes; `nil` when the camera has no lanes.
    public var occupancy: Double?
}
