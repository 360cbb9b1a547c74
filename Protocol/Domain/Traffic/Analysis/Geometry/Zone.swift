/// A polygon in the image with a meaning (``ZoneKind``).
///
/// A road user is inside when its box anchor (bottom-centre) is inside the polygon, or outside
/// it when `inverted` is true. Only classes in `classes` are considered; `nil` means all classes.
public struct Zone: Codable, Sendable, Hashable {
    /// Unique within the camera; a lane's name is its aggregate subject.
    public var name: String
    /// Vertices in order (either winding); the polygon is closed implicitly and must not self-intersect.
    public var polygon: [PixelPoint]
    public var inverted: Bool
    public var classes: Set<VehicleClass>?
    public var kind: ZoneKind

    public init(name: String, polygon: [PixelPoint], inverted: Bool = false, classes: Set<VehicleClass>? = nil, kind: ZoneKind) {
        self.name = name
        self.polygon = polygon
        self.inverted = inverted
        self.classes = classes
        self.kind = kind
    }
}
