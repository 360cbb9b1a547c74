import Indicators

/// What the indicators overview shows: one area's summaries by group for one year, the
/// province's rankings, and how many reports are outstanding.
public struct IndicatorsOverviewPage: Sendable {
    public var area: String
    /// The areas the reader may choose, in display order.
    public var areas: [String]
    public var year: Int
    public var years: [Int]
    public var groups: [(group: IndicatorGroup, summaries: [IndicatorSummary])]
    /// The latest ranking of each index.
    public var rankings: [GovernanceRanking]
    public var overdue: Int
    public var dueSoon: Int
    public var canEnter: Bool

    public init(
        area: String, areas: [String], year: Int, years: [Int], groups: [(group: IndicatorGroup, summaries: [IndicatorSummary])], rankings: [GovernanceRanking],
        overdue: Int, dueSoon: Int, canEnter: Bool
    ) {
        self.area = area
        self.areas = areas
        self.year = year
        self.years = years
        self.groups = groups
        self.rankings = rankings
        self.overdue = overdue
        self.dueSoon = dueSoon
        self.canEnter = canEnter
    }
}
