/// One detected road user in one video frame.
public struct Detection: Codable, Sendable, Hashable {
    /// Index into the parser's camera table (``DetectionBatch/cameraIDs``); stable for the parser's lifetime.
    /// The analyzer ignores it: an analyzer belongs to one camera.
    public var cameraIndex: Int32
    /// Capture time, epoch milliseconds (UTC).
    public var timeMillis: Int64
    /// Tracker id; unique per camera while the track lives.
    public var trackID: Int
    public var vehicleClass: VehicleClass
    public var box: PixelBox
    /// Detector confidence in 0…1.
    public var confidence: Double
    public var plate: PlateObservation?
    /// Content-hash reference (hex SHA-256) of the full frame image.
    public var frameRef: String?

    public init(
        cameraIndex: Int32 = 0, timeMillis: Int64, trackID: Int, vehicleClass: VehicleClass, box: PixelBox,
        confidence: Double, plate: PlateObservation? = nil, frameRef: String? = nil
    ) {
        self.cameraIndex = cameraIndex
        self.timeMillis = timeMillis
        self.trackID = trackID
        self.vehicleClass = vehicleClass
        self.box = box
        self.confidence = confidence
        self.plate = plate
        self.frameRef = frameRef
    }
}
