/// A counted crossing of a counting line. At most one per track, line and direction.
public struct LineCrossing: Codable, Sendable, Hashable {
    public var cameraID: String
    public var line: String
    public var trackID: Int
    public var vehicleClass: VehicleClass
    public var direction: CrossingDirection
    public var timeMillis: Int64
    public var speedKmh: Double?
    /// The line does not allow this direction.
    public var isWrongWay: Bool
    /// Smoothed anchor when the crossing was confirmed.
    public var anchor: PixelPoint
}
