import Access

/// The audit log page (`/ui/admin/audit`): one page of entries, newest first, under the
/// filters the administrator chose.
public struct AuditPage: Hashable, Sendable {
    public var entries: [AuditEntry]
    /// The filters as typed (`account`, `site`, `action`, `address`, `since`, `until`,
    /// `refused`), kept in the form and in the paging links.
    public var filters: [String: String]
    public var offset: Int
    public var limit: Int
    public var more: Bool
    /// Why the filters were refused ("ngày không hợp lệ"); shown above the table.
    public var errorText: String?

    public init(entries: [AuditEntry], filters: [String: String], offset: Int, limit: Int, more: Bool, errorText: String? = nil) {
        self.entries = entries
        self.filters = filters
        self.offset = offset
        self.limit = limit
        self.more = more
        self.errorText = errorText
    }
}
