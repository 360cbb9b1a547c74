/// A directed counting line in the image. Crossings are counted by class and ``CrossingDirection``.
public struct CountingLine: Codable, Sendable, Hashable {
    /// Unique within the camera; used as the aggregate subject.
    public var name: String
    public var start: PixelPoint
    public var end: PixelPoint
    public var allowedDirection: AllowedDirection

    public init(name: String, start: PixelPoint, end: PixelPoint, allowedDirection: AllowedDirection = .both) {
        self.name = name
        self.start = start
        self.end = end
        self.allowedDirection = allowedDirection
    }
}
