import Testing

@testable import Indicators

/// The figures people ask for: same period last year, year to date, plan, comparable prices.
@Suite struct IndicatorSummaryTests {
    static func definition(_ nature: IndicatorNature, frequency: ReportingFrequency = .month, higherIsBetter: Bool = true, deflator: String? = nil)
        -> IndicatorDefinition
    {
        IndicatorDefinition(
            code: "X", nameVi: "x", nameEn: "x", group: "trade", unit: "tỷ đồng", frequency: frequency, aggregation: .sum, nature: nature,
            higherIsBetter: higherIsBetter, source: "test", deflator: deflator)
    }

    static func figure(_ period: String, _ value: Double, indicator: String = "X") -> IndicatorFigure {
        IndicatorFigure(indicator: indicator, area: "province", period: ReportingPeriod(parsing: period)!, value: value, status: .official)
    }

    @Test func aFlowsYearToDateSumsItsMonthsAndMeasuresThePlan() throws {
        let figures = [Self.figure("2024-01", 100), Self.figure("2024-02", 120), Self.figure("2024-03", 130), Self.figure("2023-03", 104)]
        let s = IndicatorSummary(definition: Self.definition(.flow), figures: figures, targets: [IndicatorTarget(indicator: "X", area: "province", year: 2024, value: 1400)])
        #expect(s.latest?.period.description == "2024-03")
        #expect(s.yearToDate == 350)
        #expect(abs((s.planProgress ?? 0) - 25) < 1e-9)
        #expect(abs((s.change ?? 0) - 25) < 1e-9)
        #expect(s.planMet == false)
    }

    @Test func aMissingMonthLeavesTheYearToDateUnknown() {
        let s = IndicatorSummary(definition: Self.definition(.flow), figures: [Self.figure("2024-01", 100), Self.figure("2024-03", 130)], targets: [])
        #expect(s.yearToDate == nil)
    }

    @Test func aFigureFromJanuaryIsAlreadyTheYearToDate() {
        let s = IndicatorSummary(definition: Self.definition(.flow, frequency: .quarter), figures: [Self.figure("2024-Q1", 10), Self.figure("2024-H1", 25)], targets: [])
        #expect(s.latest?.period.description == "2024-H1")
        #expect(s.yearToDate == 25)
    }

    @Test func theYearsFigureIsLaterThanDecembers() {
        let s = IndicatorSummary(definition: Self.definition(.flow), figures: [Self.figure("2024-12", 10), Self.figure("2024", 130)], targets: [])
        #expect(s.latest?.period.description == "2024")
    }

    @Test func aRateChangesInPointsAndItsYearToDateIsTheLatest() {
        let s = IndicatorSummary(definition: Self.definition(.rate, frequency: .year, higherIsBetter: false), figures: [Self.figure("2023", 8.2), Self.figure("2024", 7.1)],
            targets: [IndicatorTarget(indicator: "X", area: "province", year: 2024, value: 7.5)])
        #expect(s.changeInPoints)
        #expect(abs((s.change ?? 0) - (-1.1)) < 1e-9)
        #expect(s.yearToDate == 7.1)
        #expect(s.planMet == true, "lower is better: 7.1 is under the planned 7.5")
    }

    @Test func growthAtComparablePricesDividesByTheDeflator() throws {
        // Retail 2023 grew 7.34 % at current prices; with prices up 3 %, about 4.21 % in volume.
        let s = IndicatorSummary(
            definition: Self.definition(.flow, frequency: .year, deflator: "CPI"), figures: [Self.figure("2022", 94_506), Self.figure("2023", 101_443)], targets: [],
            deflator: [Self.figure("2023", 103, indicator: "CPI")])
        let real = try #require(s.realGrowth)
        #expect(abs(real - ((101_443.0 / 94_506) / 1.03 - 1) * 100) < 1e-9)
        #expect(abs(real - 4.21) < 0.01)
    }

    @Test func nothingToSummariseGivesNoFigures() {
        let s = IndicatorSummary(definition: Self.definition(.flow), figures: [], targets: [])
        #expect(s.latest == nil && s.change == nil && s.planProgress == nil)
    }
}
