/// A point in image pixels: `x` grows to the right, `y` grows downwards, origin at the top-left corner.
public struct PixelPoint: Codable, Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
