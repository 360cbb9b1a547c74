/// A filter over stored traffic events; every condition given must hold. Newest first.
public struct TrafficEventQuery: Sendable, Hashable {
    /// A district code; nil means every scope this site holds.
    public var scope: String?
    public var camera: String?
    /// ``TrafficAnalytics/TrafficEventKind/code``.
    public var kind: String?
    public var violationsOnly: Bool
    public var status: TrafficEventRecord.Status?
    public var plateKey: String?
    /// Epoch ms, inclusive lower and exclusive upper bound.
    public var fromMillis: Int64?
    public var toMillis: Int64?
    public var limit: Int
    public var offset: Int

    public init(
        scope: String? = nil, camera: String? = nil, kind: String? = nil, violationsOnly: Bool = false, status: TrafficEventRecord.Status? = nil,
        plateKey: String? = nil, fromMillis: Int64? = nil, toMillis: Int64? = nil, limit: Int = 50, offset: Int = 0
    ) {
        self.scope = scope
        self.camera = camera
        self.kind = kind
        self.violationsOnly = violationsOnly
        self.status = status
        self.plateKey = plateKey
        self.fromMillis = fromMillis
        self.toMillis = toMillis
        self.limit = limit
        self.offset = offset
    }
}
