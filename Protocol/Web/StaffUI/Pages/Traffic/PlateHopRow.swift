/// One leg of a plate's route: from one camera visit to the next. Distances are straight
/// lines, so the implied speed is a lower bound; an `impossible` leg cannot be one vehicle
/// driving (a cloned plate or a misread) and is highlighted with its reason.
public struct PlateHopRow: Hashable, Sendable {
    public var fromCameraID: String
    public var fromCameraName: String
    public var fromLatitude: Double
    public var fromLongitude: Double
    public var toCameraID: String
    public var toCameraName: String
    public var toLatitude: Double
    public var toLongitude: Double
    /// Last sighting at the origin, Unix milliseconds.
    public var departedMillis: Int64
    /// First sighting at the destination, Unix milliseconds.
    public var arrivedMillis: Int64
    public var distanceMetres: Double
    /// nil when no time passed.
    public var impliedSpeedKmh: Double?
    public var impossible: Bool
    /// Why the leg is impossible, in the page's language.
    public var impossibleReason: String?

    public init(
        fromCameraID: String, fromCameraName: String, fromLatitude: Double, fromLongitude: Double, toCameraID: String,
        toCameraName: String, toLatitude: Double, toLongitude: Double, departedMillis: Int64, arrivedMillis: Int64,
        distanceMetres: Double, impliedSpeedKmh: Double? = nil, impossible: Bool = false,
        impossibleReason: String? = nil
    ) {
        self.fromCameraID = fromCameraID
        self.fromCameraName = fromCameraName
        self.fromLatitude = fromLatitude
        self.fromLongitude = fromLongitude
        self.toCameraID = toCameraID
        self.toCameraName = toCameraName
        self.toLatitude = toLatitude
        self.toLongitude = toLongitude
        self.departedMillis = departedMillis
        self.arrivedMillis = arrivedMillis
        self.distanceMetres = distanceMetres
        self.impliedSpeedKmh = impliedSpeedKmh
        self.impossible = impossible
        self.impossibleReason = impossibleReason
    }

    /// Minutes between leaving the origin and reaching the destination.
    public var transitMinutes: Double { (Double(arrivedMillis) - Double(departedMillis)) / 60_000 }
}
