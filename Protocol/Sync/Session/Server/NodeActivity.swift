import CRDT

/// What the hub last saw of one node, for the sync status page.
public struct NodeActivity: Sendable {
    public var lastContactMillis: Int64?
    public var lastSuccessMillis: Int64?
    public var lastRefusal: String?
    /// Requests of this node the hub refused since it started (forged or out-of-scope
    /// pushes, bad signatures from its key, clock skew, …).
    public var refusals = 0
    /// The node's sites, every incarnation up to the one its last request named.
    public var sites: [SiteID] = []
    /// The node's version vector at its last pull: what it held of the hub's changes.
    public var has: VersionVector?

    public init() {}
}
