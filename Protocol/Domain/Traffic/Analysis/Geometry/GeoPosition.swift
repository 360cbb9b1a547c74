import Foundation

/// A WGS-84 position in decimal degrees.
public struct GeoPosition: Codable, Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The map position of a ground-frame point seen by a camera standing here.
    ///
    /// The ground vector (see ``GroundPoint``) is rotated by the camera heading (degrees clockwise
    /// from true north) into east/north metres and added with a local equirectangular approximation
    /// on the WGS-84 equatorial radius. Over the < 300 m a traffic camera sees, the error is far
    /// below a metre.
    public func offset(by ground: GroundPoint, headingDegrees: Double) -> GeoPosition {
        let h = headingDegrees * .pi / 180
        let east = ground.forwardMetres * sin(h) + ground.rightMetres * cos(h)
        let north = ground.forwardMetres * cos(h) - ground.rightMetres * sin(h)
        let radius = 6_378_137.0
        let lat = latitude + (north / radius) * 180 / .pi
        let lon = longitude + (east / (radius * cos(latitude * .pi / 180))) * 180 / .pi
        return GeoPosition(latitude: lat, longitude: lon)
    }
}
