/// The filters of the statistics page, as its GET form posts them back:
/// `from`, `to` (`yyyy-MM-dd`), `district`, `unit`, `category`, `group`.
public struct StatisticsFilters: Hashable, Sendable {
    /// First day counted, `yyyy-MM-dd`.
    public var from: String
    /// Last day counted, `yyyy-MM-dd`.
    public var to: String
    public var district: String?
    public var unit: String?
    public var category: String?
    public var groupBy: StatisticsGrouping

    public init(
        from: String, to: String, district: String? = nil, unit: String? = nil, category: String? = nil,
        groupBy: StatisticsGrouping = .district
    ) {
        self.from = from
        self.to = to
        self.district = district
        self.unit = unit
        self.category = category
        self.groupBy = groupBy
    }
}
