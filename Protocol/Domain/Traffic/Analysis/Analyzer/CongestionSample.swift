/// The congestion state of a camera over one 30-second interval.
public struct CongestionSample: Codable, Sendable, Hashable {
    public var cameraID: String
    public var startMillis: Int64
    public var endMillis: Int64
    /// Level after hysteresis (what is shown and alerted on).
    public var level: CongestionLevel
    /// Level these measurements alone indicate.
    public var rawLevel: CongestionLevel
    /// Median speed of the vehicles that crossed a counting line in the interval (or, on a
    /// camera without lines, passed through a lane), leaving out those held by a red signal;
    /// `nil` when none did. A median, so a parked car or one slow truck does not make a jam.
    public var medianSpeedKmh: Double?
    /// Median speed ÷ free-flow speed; 0 when nothing passed while the lanes were occupied at
    /// least at the first occupancy threshold (a standstill).
    public var speedRatio: Double?
    /// Mean lane occupancy across lanes; `nil` when the camera has no lanes.
    public var occupancy: Double?
}
