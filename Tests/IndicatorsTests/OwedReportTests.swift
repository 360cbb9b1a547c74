import Testing
import Vietnam

@testable import Indicators

/// What districts owe: figures past their deadline, and those due soon.
@Suite struct OwedReportTests {
    static let monthly = IndicatorDefinition(
        code: "RETAIL", nameVi: "Bán lẻ", nameEn: "Retail", group: "trade", unit: "tỷ đồng", frequency: .month, aggregation: .sum, nature: .flow, source: "t",
        deadline: .dayOfFollowingMonth(20))

    static func key(_ area: String, _ period: String) -> FigureKey { FigureKey(indicator: "RETAIL", area: area, period: ReportingPeriod(parsing: period)!) }

    @Test func monthlyFiguresAreDueOnTheTwentiethOfTheNextMonth() {
        let due = ReportingDeadline.dayOfFollowingMonth(20).dueDate(of: ReportingPeriod(parsing: "2026-10")!, calendar: WorkingCalendar())
        #expect(due.description == "2026-11-20")
        let yearEnd = ReportingDeadline.dayOfFollowingMonth(31).dueDate(of: ReportingPeriod(parsing: "2026-01")!, calendar: WorkingCalendar())
        #expect(yearEnd.description == "2026-02-28", "a day past the month's end is its last day")
    }

    @Test func workingDayDeadlinesSkipWeekendsAndHolidays() {
        // 2026-04-30 (Thu) and 05-01 (Fri) are holidays, then a weekend: the 1st working day after April is 4 May.
        let due = ReportingDeadline.workingDaysAfter(1).dueDate(of: ReportingPeriod(parsing: "2026-04")!, calendar: WorkingCalendar())
        #expect(due.description == "2026-05-04")
    }

    @Test func aDistrictWithoutLastMonthsFigureOwesIt() {
        let today = CivilDate(2026, 12, 6)
        var reported = Set<FigureKey>()
        for month in 1...10 { reported.insert(Self.key("643", String(format: "2026-%02d", month))) }
        for month in 1...9 { reported.insert(Self.key("651", String(format: "2026-%02d", month))) }
        for month in 1...12 {
            reported.insert(Self.key("643", String(format: "2025-%02d", month)))
            reported.insert(Self.key("651", String(format: "2025-%02d", month)))
        }
        let owed = OwedReport.owed(definitions: [Self.monthly], reported: reported, areas: ["643", "651"], today: today, calendar: WorkingCalendar())
        #expect(owed.map { "\($0.area) \($0.period) \($0.overdue)" } == ["651 2026-10 true"])
    }

    @Test func aDeadlineWithinTheNextDaysIsDueSoon() {
        let today = CivilDate(2026, 12, 12)
        let reported: Set<FigureKey> = Set((1...10).map { Self.key("643", String(format: "2026-%02d", $0)) } + (1...12).map { Self.key("643", String(format: "2025-%02d", $0)) })
        let owed = OwedReport.owed(definitions: [Self.monthly], reported: reported, areas: ["643"], today: today, calendar: WorkingCalendar())
        #expect(owed.map { "\($0.period) \($0.due) \($0.overdue)" } == ["2026-11 2026-12-20 false"])
    }

    @Test func anIndicatorOnlyTheProvinceReportsIsOwedByNoDistrict() {
        var provincial = Self.monthly
        provincial.districtReported = false
        #expect(OwedReport.owed(definitions: [provincial], reported: [], areas: ["643"], today: CivilDate(2026, 12, 6), calendar: WorkingCalendar()).isEmpty)
    }
}
