/// A GeoJSON Point as NGSI-LD `location` carries it: coordinates in the GeoJSON order
/// **[longitude, latitude]** (RFC 7946 §3.1.1), WGS-84 decimal degrees, rounded to 7 decimals (≈ 1 cm).
public struct GeoJSONPoint: Codable, Sendable, Hashable {
    /// Always `"Point"`.
    public let type: String
    /// `[longitude, latitude]`.
    public let coordinates: [Double]

    public init(_ position: GeoPosition) {
        type = "Point"
        coordinates = [
            NGSILD.number(position.longitude, decimals: 7) ?? 0,
            NGSILD.number(position.latitude, decimals: 7) ?? 0,
        ]
    }

    public var longitude: Double { coordinates.first ?? 0 }
    public var latitude: Double { coordinates.count > 1 ? coordinates[1] : 0 }
}
