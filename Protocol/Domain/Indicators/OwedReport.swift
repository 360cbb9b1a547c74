import Vietnam

/// A figure a district owes: an indicator it reports, for a period whose deadline has passed
/// (overdue) or is near (due soon), with no figure yet.
public struct OwedReport: Sendable, Hashable, Codable {
    public var indicator: String
    public var area: String
    public var period: ReportingPeriod
    public var due: String
    public var overdue: Bool

    /// What `areas` owe on `today`: periods of each district-reported indicator (its own
    /// frequency) due within the last `lookbackDays` and not reported, and those due within
    /// the next `soonDays`. Sorted by due date, then area and indicator.
    public static func owed(
        definitions: [IndicatorDefinition], reported: Set<FigureKey>, areas: [String], today: CivilDate, calendar: WorkingCalendar,
        lookbackDays: Int = 366, soonDays: Int = 10
    ) -> [OwedReport] {
        var owed: [(CivilDate, OwedReport)] = []
        let earliest = today.adding(days: -lookbackDays), latest = today.adding(days: soonDays)
        for definition in definitions where definition.districtReported && !definition.retired {
            for year in (earliest.year - 1)...today.year {
                for period in ReportingPeriod.all(definition.frequency, in: year) {
                    let due = definition.deadline.dueDate(of: period, calendar: calendar)
                    guard due >= earliest, due <= latest, period.lastDay < today else { continue }
                    for area in areas where !reported.contains(FigureKey(indicator: definition.code, area: area, period: period)) {
                        owed.append((due, OwedReport(indicator: definition.code, area: area, period: period, due: due.description, overdue: due < today)))
                    }
                }
            }
        }
        return owed.sorted { ($0.0, $0.1.area, $0.1.indicator) < ($1.0, $1.1.area, $1.1.indicator) }.map(\.1)
    }
}

/// Which figure: indicator, area, period.
public struct FigureKey: Sendable, Hashable {
    public var indicator: String
    public var area: String
    public var period: ReportingPeriod

    public init(indicator: String, area: String, period: ReportingPeriod) {
        self.indicator = indicator
        self.area = area
        self.period = period
    }
}
