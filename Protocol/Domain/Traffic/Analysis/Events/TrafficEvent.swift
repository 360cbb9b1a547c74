/// An event for operators: a congestion change or a violation with its evidence.
public struct TrafficEvent: Codable, Sendable, Hashable {
    public var cameraID: String
    public var timeMillis: Int64
    public var kind: TrafficEventKind
    /// Present for violations.
    public var evidence: ViolationEvidence?

    public init(cameraID: String, timeMillis: Int64, kind: TrafficEventKind, evidence: ViolationEvidence?) {
        self.cameraID = cameraID
        self.timeMillis = timeMillis
        self.kind = kind
        self.evidence = evidence
    }
}
