/// One of the eight compass points, each covering 45° centred on it; encodes as its English name.
public enum CompassDirection: String, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case north, northEast, east, southEast, south, southWest, west, northWest

    /// The point nearest a bearing in degrees clockwise from north (any value; 22.5° boundaries go clockwise).
    public init(bearingDegrees: Double) {
        let sector = Int((GeoPoint.normalisedDegrees(bearingDegrees) + 22.5) / 45) % 8
        self = Self.allCases[sector]
    }

    public var description: String { rawValue }
}
