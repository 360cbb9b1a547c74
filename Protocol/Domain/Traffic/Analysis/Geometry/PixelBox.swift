/// A detection box in image pixels: top-left corner plus width and height.
public struct PixelBox: Codable, Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The bottom-centre of the box: where the road user touches the ground, the point all analytics use.
    public var anchor: PixelPoint { PixelPoint(x: x + width * 0.5, y: y + height) }

    public var centre: PixelPoint { PixelPoint(x: x + width * 0.5, y: y + height * 0.5) }

    public func contains(_ p: PixelPoint) -> Bool {
        p.x >= x && p.x <= x + width && p.y >= y && p.y <= y + height
    }
}
