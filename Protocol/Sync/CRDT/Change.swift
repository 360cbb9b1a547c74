/// One replicated change: operations on fields of one entity, made at one site at one
/// clock reading, numbered in that site's gap-free sequence.
///
/// A change is immutable once made; replicas exchange changes, never states. All
/// operations of a change share its stamp, so a change never names the same field twice.
public struct Change: Hashable, Sendable {
    public var origin: SiteID
    /// Position in the origin's sequence, from 1, without gaps.
    public var seq: UInt64
    public var hlc: HLCTimestamp
    public var entityType: String
    public var entityID: EntityID
    /// A district code (e.g. "651") or `Scope.province`.
    public var scope: String
    /// Who made it: a staff account, or a service name.
    public var author: String
    public var ops: [FieldOp]

    public init(
        origin: SiteID, seq: UInt64, hlc: HLCTimestamp, entityType: String, entityID: EntityID,
        scope: String, author: String, ops: [FieldOp]
    ) {
        self.origin = origin
        self.seq = seq
        self.hlc = hlc
        self.entityType = entityType
        self.entityID = entityID
        self.scope = scope
        self.author = author
        self.ops = ops
    }

    public var stamp: Stamp { Stamp(hlc: hlc, site: origin) }
}

/// Scopes that are not a district.
public enum Scope {
    /// Province-wide reference data: every district receives it.
    public static let province = "province"
    /// The hub's own records (its audit log): no node receives them, and no node may write them.
    public static let hub = "hub"
}
