/// The area of one administrative unit: one or more polygons, each an outer ring and its
/// holes, in WGS 84 degrees (`x` longitude, `y` latitude).
public struct UnitBoundary: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        public var longitude: Double
        public var latitude: Double
    }

    /// A ring is closed implicitly (its last point joins its first).
    public typealias Ring = [Point]

    public var code: String
    public var name: String
    /// Each polygon: its outer ring first, then its holes.
    public var polygons: [[Ring]]
    public let south: Double, north: Double, west: Double, east: Double

    public init(code: String, name: String, polygons: [[Ring]]) {
        self.code = code
        self.name = name
        self.polygons = polygons
        let points = polygons.lazy.flatMap { $0.first ?? [] }
        south = points.map(\.latitude).min() ?? 0
        north = points.map(\.latitude).max() ?? 0
        west = points.map(\.longitude).min() ?? 0
        east = points.map(\.longitude).max() ?? 0
    }

    /// Whether the position lies inside the area (even-odd rule over each polygon's rings;
    /// a point exactly on an edge may fall either side).
    public func contains(latitude: Double, longitude: Double) -> Bool {
        guard (south...north).contains(latitude), (west...east).contains(longitude) else { return false }
        return polygons.contains { rings in rings.reduce(false) { inside, ring in inside != Self.crossings(ring, latitude, longitude) } }
    }

    /// Whether a ray east of the point crosses `ring` an odd number of times.
    static func crossings(_ ring: Ring, _ latitude: Double, _ longitude: Double) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.latitude > latitude) != (b.latitude > latitude) {
                let x = a.longitude + (latitude - a.latitude) * (b.longitude - a.longitude) / (b.latitude - a.latitude)
                if longitude < x { inside.toggle() }
            }
            j = i
        }
        return inside
    }
}
