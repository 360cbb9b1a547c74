/// Repeated security events grouped: one rule from one sensor kind on one host, with how
/// many times and when it fired, its highest band, and its handling.
///
/// Replicated: the site that received the events owns the alert (a node's in its district,
/// the hub's in the hub's scope); counts are per-site counters, so nothing is lost when a
/// node and the hub both add to one.
public struct SecurityAlert: Sendable, Hashable, Codable {
    public var id: String
    public var unit: String
    public var key: String
    public var source: SecurityEventSource
    public var host: String
    public var rule: String
    public var title: String
    public var category: String
    public var techniques: [String]
    public var band: SeverityBand
    public var count: Int
    public var firstSeen: Int64
    public var lastSeen: Int64
    public var status: AlertStatus
    public var assignee: String?
    /// When it must be acknowledged by (`ResponseLimit`).
    public var due: Int64
    public var notes: [Note]

    /// One line of the handling's history: a status change, an assignment or a remark.
    public struct Note: Sendable, Hashable, Codable {
        public var at: Int64
        public var by: String
        public var text: String
        public var status: AlertStatus?

        public init(at: Int64, by: String, text: String, status: AlertStatus? = nil) {
            self.at = at
            self.by = by
            self.text = text
            self.status = status
        }
    }

    /// Whether it is open and past its time limit at `now`.
    public func isLate(at now: Int64) -> Bool { status == .new && now > due }
}
