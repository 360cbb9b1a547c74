/// Which audit entries to read, newest first: every filter given must hold.
public struct AuditQuery: Sendable, Hashable {
    /// The account: `user@district` exactly, or a bare `user` at any district (`can-bo`
    /// finds `can-bo@651` and `can-bo@648`, never `can-bo-2@651`).
    public var account: String?
    /// A node's district code, or `hub`.
    public var site: String?
    public var action: AuditEntry.Action?
    public var address: String?
    /// Unix milliseconds, inclusive.
    public var sinceMillis: Int64?
    /// Unix milliseconds, exclusive.
    public var untilMillis: Int64?
    /// Only refused or failed actions.
    public var refusedOnly: Bool
    public var limit: Int
    public var offset: Int

    public static let maximumLimit = 500

    public init(
        account: String? = nil, site: String? = nil, action: AuditEntry.Action? = nil, address: String? = nil, sinceMillis: Int64? = nil,
        untilMillis: Int64? = nil, refusedOnly: Bool = false, limit: Int = 100, offset: Int = 0
    ) {
        self.account = account
        self.site = site
        self.action = action
        self.address = address
        self.sinceMillis = sinceMillis
        self.untilMillis = untilMillis
        self.refusedOnly = refusedOnly
        self.limit = min(max(limit, 1), Self.maximumLimit)
        self.offset = max(offset, 0)
    }
}
