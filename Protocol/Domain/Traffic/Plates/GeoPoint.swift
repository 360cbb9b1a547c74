import Foundation

/// A WGS 84 position in degrees (latitude north positive, longitude east positive).
///
/// Distances and bearings treat the Earth as a sphere of mean radius: within about 0.5 % of the
/// ellipsoidal geodesic, ample for camera-to-camera hops.
public struct GeoPoint: Codable, Hashable, Sendable {
    /// IUGG mean Earth radius.
    public static let earthMeanRadiusMetres = 6_371_008.8

    public var latitudeDegrees: Double
    public var longitudeDegrees: Double

    public init(latitudeDegrees: Double, longitudeDegrees: Double) {
        self.latitudeDegrees = latitudeDegrees
        self.longitudeDegrees = longitudeDegrees
    }

    /// Great-circle distance by the haversine formula, metres.
    public func distanceMetres(to other: GeoPoint) -> Double {
        let phi1 = latitudeDegrees * .pi / 180
        let phi2 = other.latitudeDegrees * .pi / 180
        let deltaPhi = phi2 - phi1
        let deltaLambda = (other.longitudeDegrees - longitudeDegrees) * .pi / 180
        let a = sin(deltaPhi / 2) * sin(deltaPhi / 2) + cos(phi1) * cos(phi2) * sin(deltaLambda / 2) * sin(deltaLambda / 2)
        return 2 * Self.earthMeanRadiusMetres * atan2(a.squareRoot(), (1 - a).squareRoot())
    }

    /// Initial great-circle bearing towards `other`, degrees clockwise from true north in 0 ..< 360.
    public func initialBearingDegrees(to other: GeoPoint) -> Double {
        let phi1 = latitudeDegrees * .pi / 180
        let phi2 = other.latitudeDegrees * .pi / 180
        let deltaLambda = (other.longitudeDegrees - longitudeDegrees) * .pi / 180
        let y = sin(deltaLambda) * cos(phi2)
        let x = cos(phi1) * sin(phi2) - sin(phi1) * cos(phi2) * cos(deltaLambda)
        return Self.normalisedDegrees(atan2(y, x) * 180 / .pi)
    }

    /// The angle in 0 ..< 360.
    public static func normalisedDegrees(_ degrees: Double) -> Double {
        let remainder = degrees.truncatingRemainder(dividingBy: 360)
        let normalised = remainder < 0 ? remainder + 360 : remainder
        return normalised == 360 ? 0 : normalised
    }
}
