/// Movement between two consecutive camera visits.
public struct RouteHop: Codable, Hashable, Sendable {
    /// Why a hop cannot be one vehicle driving: usually a cloned plate or a misread.
    public enum Impossibility: String, Codable, Hashable, Sendable {
        /// Seen at two distant cameras within the clock tolerance.
        case simultaneousAtDistantCameras
        /// The straight-line speed needed exceeds the tracer's maximum road speed.
        case fasterThanMaximumSpeed
    }

    public var fromCameraID: String
    public var toCameraID: String
    public var fromDistrictCode: Int
    public var toDistrictCode: Int
    /// Last sighting at the origin camera.
    public var departedMillis: Int64
    /// First sighting at the destination camera.
    public var arrivedMillis: Int64
    /// Great-circle distance between the cameras; the road is longer, so speeds are lower bounds.
    public var distanceMetres: Double
    public var transitSeconds: Double
    /// Straight-line speed, km/h; nil when no time passed.
    public var impliedSpeedKmh: Double?
    /// Initial bearing from the origin camera to the destination, degrees; nil when the cameras coincide.
    public var bearingDegrees: Double?
    public var direction: CompassDirection?
    public var impossibility: Impossibility?

    public var isPhysicallyImpossible: Bool { impossibility != nil }
}
