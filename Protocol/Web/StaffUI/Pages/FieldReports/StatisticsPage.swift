/// The statistics page: its filters, one row per group, the total row and the choices for
/// the filter selects. The district choices come from the page context (hub only).
public struct StatisticsPage: Hashable, Sendable {
    public var filters: StatisticsFilters
    public var rows: [StatisticsRow]
    /// The totals over all rows; its label is replaced by "Tổng cộng"/"Total" when shown.
    public var total: StatisticsRow
    public var unitOptions: [CodeName]
    public var categoryOptions: [CodeName]

    public init(
        filters: StatisticsFilters, rows: [StatisticsRow], total: StatisticsRow, unitOptions: [CodeName] = [],
        categoryOptions: [CodeName] = []
    ) {
        self.filters = filters
        self.rows = rows
        self.total = total
        self.unitOptions = unitOptions
        self.categoryOptions = categoryOptions
    }
}
