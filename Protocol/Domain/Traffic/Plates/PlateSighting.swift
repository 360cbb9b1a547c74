/// One read of a plate by one camera.
public struct PlateSighting: Codable, Hashable, Sendable, Identifiable {
    /// How the vehicle moved in the camera's view.
    public enum Movement: Codable, Hashable, Sendable {
        /// Coming towards the camera: travelling opposite to the camera's heading.
        case approaching
        /// Going away from the camera: travelling along the camera's heading.
        case receding
        /// Travel bearing measured directly, degrees clockwise from north.
        case bearing(degrees: Double)
    }

    public var id: String
    public var plate: VehiclePlate
    /// OCR confidence, 0…1.
    public var readConfidence: Double
    public var cameraID: String
    /// GSO district code of the camera (643 Buôn Ma Thuột, 644 Buôn Hồ, 648 Cư M'gar, 650 Krông Năng, …).
    public var districtCode: Int
    public var cameraLocation: GeoPoint
    /// Direction the camera looks, degrees clockwise from north.
    public var cameraHeadingDegrees: Double?
    public var timeMillis: Int64
    public var movement: Movement?
    /// Image or clip references backing the read, for the case file.
    public var evidenceRefs: [String]

    public init(
        id: String, plate: VehiclePlate, readConfidence: Double, cameraID: String, districtCode: Int,
        cameraLocation: GeoPoint, cameraHeadingDegrees: Double? = nil, timeMillis: Int64, movement: Movement? = nil,
        evidenceRefs: [String] = []
    ) {
        self.id = id
        self.plate = plate
        self.readConfidence = readConfidence
        self.cameraID = cameraID
        self.districtCode = districtCode
        self.cameraLocation = cameraLocation
        self.cameraHeadingDegrees = cameraHeadingDegrees
        self.timeMillis = timeMillis
        self.movement = movement
        self.evidenceRefs = evidenceRefs
    }

    /// Direction of travel in degrees (0 ..< 360) when the movement and, for approaching/receding, the
    /// camera heading are known.
    public var travelBearingDegrees: Double? {
        switch movement {
        case .bearing(let degrees): GeoPoint.normalisedDegrees(degrees)
        case .receding: cameraHeadingDegrees.map(GeoPoint.normalisedDegrees)
        case .approaching: cameraHeadingDegrees.map { GeoPoint.normalisedDegrees($0 + 180) }
        case nil: nil
        }
    }
}
