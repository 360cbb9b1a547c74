/// Which cases an inbox shows: by district, status and text, ordered by deadline
/// (soonest first; cases without one last), then by receipt.
public struct CaseListQuery: Sendable, Hashable {
    public var scope: String?
    /// Only cases assigned to this handling unit (a unit handler's inbox).
    public var unit: String?
    public var status: CaseStatus?
    /// Matched against tracking code, description, address, category and reporter, with
    /// or without diacritics.
    public var text: String?
    public var conflictedOnly: Bool
    public var limit: Int
    public var offset: Int

    public init(
        scope: String? = nil, unit: String? = nil, status: CaseStatus? = nil, text: String? = nil, conflictedOnly: Bool = false, limit: Int = 50,
        offset: Int = 0
    ) {
        self.scope = scope
        self.unit = unit
        self.status = status
        self.text = text
        self.conflictedOnly = conflictedOnly
        self.limit = limit
        self.offset = offset
    }
}

/// One page of an inbox, with the count of every status under the same filters.
public struct CaseList: Sendable {
    public var cases: [CaseRecord]
    public var total: Int
    public var statusCounts: [CaseStatus: Int]
}
