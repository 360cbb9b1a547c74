/// One road user whose plate was read, reported when its track ends: what plate tracing
/// needs from a camera (which plate, when, which way it went), with the evidence references.
public struct PlateTrackSighting: Codable, Sendable, Hashable {
    public var cameraID: String
    /// Every tracker id this road user had, oldest first.
    public var trackIDs: [Int]
    public var vehicleClass: VehicleClass
    public var firstSeenMillis: Int64
    public var lastSeenMillis: Int64
    /// The most confident non-empty reading of the track.
    public var plate: PlateSighting
    /// Other distinct texts read on the same track (OCR disagreements), best first.
    public var otherReads: [PlateSighting]
    public var bestFrameRef: String?
    /// Direction of travel over the ground, degrees clockwise from north: present when the camera
    /// is calibrated and the road user moved at least ``minimumTravelMetres``.
    public var travelBearingDegrees: Double?
    /// True when the anchor moved down the image (towards the camera), false when up, nil when it
    /// moved less than ``minimumTravelPixels`` vertically.
    public var approaching: Bool?

    public static let minimumTravelMetres = 2.0
    public static let minimumTravelPixels = 10.0

    public init(
        cameraID: String, trackIDs: [Int], vehicleClass: VehicleClass, firstSeenMillis: Int64, lastSeenMillis: Int64,
        plate: PlateSighting, otherReads: [PlateSighting] = [], bestFrameRef: String? = nil, travelBearingDegrees: Double? = nil,
        approaching: Bool? = nil
    ) {
        self.cameraID = cameraID
        self.trackIDs = trackIDs
        self.vehicleClass = vehicleClass
        self.firstSeenMillis = firstSeenMillis
        self.lastSeenMillis = lastSeenMillis
        self.plate = plate
        self.otherReads = otherReads
        self.bestFrameRef = bestFrameRef
        self.travelBearingDegrees = travelBearingDegrees
        self.approaching = approaching
    }
}
