import Testing

@testable import Indicators

@Suite struct ReportingPeriodTests {
    @Test(arguments: ["2024", "2024-H1", "2024-H2", "2024-9M", "2024-Q2", "2024-06", "2024-12"])
    func everyWrittenFormReadsBackAsItself(_ text: String) throws {
        let period = try #require(ReportingPeriod(parsing: text))
        #expect(period.description == text)
        #expect(ReportingPeriod(parsing: period.description) == period)
    }

    @Test func lowerCaseAndSingleDigitMonthsAreAccepted() {
        #expect(ReportingPeriod(parsing: "2024-q3")?.description == "2024-Q3")
        #expect(ReportingPeriod(parsing: "2024-6")?.description == "2024-06")
        #expect(ReportingPeriod(parsing: " 2024-h2 ")?.description == "2024-H2")
    }

    @Test(arguments: ["", "24", "2024-13", "2024-00", "2024-Q5", "2024-H3", "2024-8M", "2024/06", "2024-06-01", "1200", "abcd-Q1", "2024-Q"])
    func anythingElseIsNotAPeriod(_ text: String) {
        #expect(ReportingPeriod(parsing: text) == nil)
    }

    @Test func periodsOrderByTheirLastMonthThenTheShorterFirst() throws {
        let texts = ["2024", "2024-H1", "2024-06", "2024-Q2", "2024-9M", "2023-12", "2024-01"]
        let sorted = texts.compactMap(ReportingPeriod.init(parsing:)).sorted().map(\.description)
        #expect(sorted == ["2023-12", "2024-01", "2024-06", "2024-Q2", "2024-H1", "2024-9M", "2024"])
    }

    @Test func monthsAndLastDaysFollowTheCalendar() throws {
        #expect(ReportingPeriod(parsing: "2024-Q3")?.months == 7...9)
        #expect(ReportingPeriod(parsing: "2024-H2")?.months == 7...12)
        #expect(ReportingPeriod(parsing: "2024-9M")?.months == 1...9)
        #expect(ReportingPeriod(parsing: "2024-02")?.lastDay.description == "2024-02-29")
        #expect(ReportingPeriod(parsing: "2023-02")?.lastDay.description == "2023-02-28")
        #expect(ReportingPeriod(parsing: "2024")?.lastDay.description == "2024-12-31")
    }

    @Test func thePreviousPeriodCrossesTheYear() {
        #expect(ReportingPeriod(parsing: "2024-01")?.previous?.description == "2023-12")
        #expect(ReportingPeriod(parsing: "2024-Q1")?.previous?.description == "2023-Q4")
        #expect(ReportingPeriod(parsing: "2024-06")?.sameLastYear?.description == "2023-06")
    }
}
