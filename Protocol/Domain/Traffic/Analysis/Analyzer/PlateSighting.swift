/// A plate reading seen on a track.
public struct PlateSighting: Codable, Sendable, Hashable {
    public var text: String
    public var confidence: Double?
    public var cropRef: String?
    public var timeMillis: Int64

    public init(text: String, confidence: Double?, cropRef: String?, timeMillis: Int64) {
        self.text = text
        self.confidence = confidence
        self.cropRef = cropRef
        self.timeMillis = timeMillis
    }
}
