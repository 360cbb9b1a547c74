import FieldReports

/// The inbox: one page of cases, the per-status counts for the tabs, and the filters that
/// produced them. `offset`, `limit` and `total` drive the pagination links.
public struct InboxPage: Hashable, Sendable {
    public var rows: [CaseRow]
    /// Cases per status under the current district and search filters; missing statuses count 0.
    public var statusCounts: [CaseStatus: Int]
    /// The status tab in force; nil is "all".
    public var selectedStatus: CaseStatus?
    /// The district filter in force on the hub (a district code); nil is "all districts".
    public var selectedDistrict: String?
    /// The search text in force (the `q` parameter).
    public var query: String
    public var offset: Int
    public var limit: Int
    /// All matching cases, across pages.
    public var total: Int

    public init(
        rows: [CaseRow], statusCounts: [CaseStatus: Int] = [:], selectedStatus: CaseStatus? = nil,
        selectedDistrict: String? = nil, query: String = "", offset: Int = 0, limit: Int = 50, total: Int? = nil
    ) {
        self.rows = rows
        self.statusCounts = statusCounts
        self.selectedStatus = selectedStatus
        self.selectedDistrict = selectedDistrict
        self.query = query
        self.offset = max(0, offset)
        self.limit = limit
        self.total = total ?? rows.count
    }

    /// The 1-based page shown.
    public var pageNumber: Int { limit > 0 ? offset / limit + 1 : 1 }

    /// How many pages the matching cases fill (at least 1).
    public var pageCount: Int { limit > 0 ? max(1, (total + limit - 1) / limit) : 1 }
}
