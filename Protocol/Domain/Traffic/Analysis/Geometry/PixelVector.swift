/// A direction in image pixels (same axes as ``PixelPoint``); only its direction matters, not its length.
public struct PixelVector: Codable, Sendable, Hashable {
    public var dx: Double
    public var dy: Double

    public init(dx: Double, dy: Double) {
        self.dx = dx
        self.dy = dy
    }

    var length: Double { (dx * dx + dy * dy).squareRoot() }
}
