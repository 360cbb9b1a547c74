/// What an enforcement officer needs to review a violation.
///
/// Coordinates: `anchorPixel` is the smoothed box bottom-centre; `ground` is its position in the
/// camera's ground frame (see ``GroundPoint``); `map` is the camera position offset by that vector
/// rotated by the camera heading (see ``GeoPosition/offset(by:headingDegrees:)``). Both are `nil`
/// without calibration.
public struct ViolationEvidence: Codable, Sendable, Hashable {
    public var cameraID: String
    public var districtCode: String
    public var timeMillis: Int64
    /// Current tracker id.
    public var trackID: Int
    /// Every tracker id this road user had, oldest first (more than one after an ID switch).
    public var trackIDs: [Int]
    public var vehicleClass: VehicleClass
    /// Distinct plate texts seen on the track (best reading of each), in first-seen order.
    public var plateReads: [PlateSighting]
    public var bestPlate: PlateSighting?
    /// Frame of the highest-confidence detection of the track that carried a frame reference.
    public var bestFrameRef: String?
    public var plateCropRef: String?
    public var anchorPixel: PixelPoint
    public var ground: GroundPoint?
    public var map: GeoPosition?
    public var speedKmh: Double?
    public var speedLimitKmh: Double?
    public var dwellSeconds: Double?
    public var signalPhase: SignalPhase?
}
