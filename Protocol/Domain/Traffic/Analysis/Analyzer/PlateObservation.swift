/// A plate reading attached to one detection.
public struct PlateObservation: Codable, Sendable, Hashable {
    /// Plate text as read (e.g. "47A-123.45"); empty when a plate region was found but not read.
    public var text: String
    /// Reader confidence in 0…1, if the reader gave one.
    public var confidence: Double?
    /// Content-hash reference (hex SHA-256) of the plate crop image.
    public var cropRef: String?

    public init(text: String, confidence: Double? = nil, cropRef: String? = nil) {
        self.text = text
        self.confidence = confidence
        self.cropRef = cropRef
    }
}
