/// One traffic event: a congestion change or a violation, worded in the page's language by
/// the route that builds it.
public struct TrafficEventRow: Hashable, Sendable {
    /// The event's identifier; its page is `/ui/traffic/events/{id}`.
    public var id: String
    /// The kind's code (`speeding`, `redLight`, `congestionRaised`, …), as the events filter posts it.
    public var kindCode: String
    public var cameraID: String
    public var cameraName: String
    public var districtName: String
    /// Unix milliseconds.
    public var timeMillis: Int64
    public var title: String
    /// True for violations; only violations offer the case and dismiss buttons.
    public var isViolation: Bool
    public var vehicleClassCode: String?
    /// The plate in display form (`47A-123.45`).
    public var plate: String?
    public var speedKmh: Double?
    public var speedLimitKmh: Double?
    public var dwellSeconds: Double?
    public var status: TrafficEventStatus
    public var evidence: TrafficEvidenceView?

    public init(
        id: String, kindCode: String = "", cameraID: String, cameraName: String, districtName: String,
        timeMillis: Int64, title: String, isViolation: Bool, vehicleClassCode: String? = nil,
        plate: String? = nil, speedKmh: Double? = nil, speedLimitKmh: Double? = nil, dwellSeconds: Double? = nil,
        status: TrafficEventStatus = .new, evidence: TrafficEvidenceView? = nil
    ) {
        self.id = id
        self.kindCode = kindCode
        self.cameraID = cameraID
        self.cameraName = cameraName
        self.districtName = districtName
        self.timeMillis = timeMillis
        self.title = title
        self.isViolation = isViolation
        self.vehicleClassCode = vehicleClassCode
        self.plate = plate
        self.speedKmh = speedKmh
        self.speedLimitKmh = speedLimitKmh
        self.dwellSeconds = dwellSeconds
        self.status = status
        self.evidence = evidence
    }
}
