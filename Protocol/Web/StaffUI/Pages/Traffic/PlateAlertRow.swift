/// A camera read a plate on the watch-list.
public struct PlateAlertRow: Hashable, Sendable {
    public var id: String
    /// The plate in display form (`47A-123.45`).
    public var plate: String
    /// Why the plate is watched, as recorded on the watch-list.
    public var reason: String
    public var cameraID: String
    public var cameraName: String
    public var districtName: String
    /// Unix milliseconds.
    public var timeMillis: Int64
    /// True once an operator has confirmed seeing it; such alerts are shown muted.
    public var acknowledged: Bool

    public init(
        id: String, plate: String, reason: String, cameraID: String, cameraName: String, districtName: String,
        timeMillis: Int64, acknowledged: Bool = false
    ) {
        self.id = id
        self.plate = plate
        self.reason = reason
        self.cameraID = cameraID
        self.cameraName = cameraName
        self.districtName = districtName
        self.timeMillis = timeMillis
        self.acknowledged = acknowledged
    }
}
