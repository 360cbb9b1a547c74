/// A point on the road plane in metres, in the camera's local ground frame.
///
/// Convention: the origin is the ground point directly below the camera, `forwardMetres`
/// runs along the camera heading and `rightMetres` runs 90° clockwise from it (to the right
/// of the image). Four-point calibrations must give their ground points in this frame so that
/// ``GeoPosition/offset(by:headingDegrees:)`` can place results on the map.
public struct GroundPoint: Codable, Sendable, Hashable {
    public var rightMetres: Double
    public var forwardMetres: Double

    public init(rightMetres: Double, forwardMetres: Double) {
        self.rightMetres = rightMetres
        self.forwardMetres = forwardMetres
    }

    /// Straight-line distance in metres.
    public func distance(to other: GroundPoint) -> Double {
        let dx = other.rightMetres - rightMetres
        let dy = other.forwardMetres - forwardMetres
        return (dx * dx + dy * dy).squareRoot()
    }
}
