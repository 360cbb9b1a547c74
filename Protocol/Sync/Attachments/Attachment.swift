/// A stored photo: its content address and what it is.
public struct Attachment: Sendable, Hashable, Codable {
    /// SHA-256 of the bytes, 64 lower-case hex characters.
    public var sha256: String
    public var mediaType: String
    public var size: Int

    public init(sha256: String, mediaType: String, size: Int) {
        self.sha256 = sha256
        self.mediaType = mediaType
        self.size = size
    }
}
