import CRDT
import TrafficAnalysis

/// A stored traffic event as staff and the API see it, with its review state.
public struct TrafficEventRecord: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable, Hashable {
        case new
        case caseOpened = "case_opened"
        case dismissed
    }

    public var id: String
    public var scope: String
    public var camera: String
    public var timeMillis: Int64
    /// ``TrafficAnalytics/TrafficEventKind/code``.
    public var kind: String
    public var subject: String?
    public var congestionLevel: CongestionLevel?
    public var isViolation: Bool
    public var vehicleClass: VehicleClass?
    /// Display form of the best plate read.
    public var plate: String?
    public var plateKey: String?
    public var speedKmh: Double?
    public var speedLimitKmh: Double?
    public var dwellSeconds: Double?
    public var latitude: Double?
    public var longitude: Double?
    public var evidence: ViolationEvidence?
    public var status: Status
    public var caseID: String?
    public var trackingCode: String?
    public var reviewedBy: String?
}
