/// One time a camera read the searched plate.
public struct PlateSightingRow: Hashable, Sendable {
    /// Unix milliseconds.
    public var timeMillis: Int64
    public var cameraID: String
    public var cameraName: String
    public var districtName: String
    /// The camera's position.
    public var latitude: Double
    public var longitude: Double
    /// How the vehicle moved ("về phía Bắc", "đi ra xa camera"), in the page's language; nil when unknown.
    public var directionLabel: String?
    /// The read's confidence, 0…1; shown as a percentage.
    public var confidence: Double
    /// The event the read belongs to, linked as `/ui/traffic/events/{eventID}`.
    public var eventID: String?

    public init(
        timeMillis: Int64, cameraID: String, cameraName: String, districtName: String, latitude: Double,
        longitude: Double, directionLabel: String? = nil, confidence: Double,
        eventID: String? = nil
    ) {
        self.timeMillis = timeMillis
        self.cameraID = cameraID
        self.cameraName = cameraName
        self.districtName = districtName
        self.latitude = latitude
        self.longitude = longitude
        self.directionLabel = directionLabel
        self.confidence = confidence
        self.eventID = eventID
    }
}
