/// The evidence bundle of a violation as an officer reviews it. Image references are hex
/// SHA-256 content hashes, linked as `/attachments/{hash}`.
public struct TrafficEvidenceView: Hashable, Sendable {
    /// Every tracker id the road user had, oldest first (several after an ID switch).
    public var trackIDs: [Int]
    public var plateReads: [PlateReadView]
    public var bestFrameRef: String?
    public var plateCropRef: String?
    /// The anchor point (box bottom-centre) in the camera image, pixels.
    public var pixelX: Double
    public var pixelY: Double
    /// The anchor point on the map; nil without calibration.
    public var latitude: Double?
    public var longitude: Double?
    /// `green`, `amber`, `red` or `unknown` (labelled); any other code is shown as it is.
    public var signalPhase: String?

    public init(
        trackIDs: [Int] = [], plateReads: [PlateReadView] = [], bestFrameRef: String? = nil,
        plateCropRef: String? = nil, pixelX: Double, pixelY: Double, latitude: Double? = nil,
        longitude: Double? = nil, signalPhase: String? = nil
    ) {
        self.trackIDs = trackIDs
        self.plateReads = plateReads
        self.bestFrameRef = bestFrameRef
        self.plateCropRef = plateCropRef
        self.pixelX = pixelX
        self.pixelY = pixelY
        self.latitude = latitude
        self.longitude = longitude
        self.signalPhase = signalPhase
    }
}
