import Testing

@testable import Indicators

/// Districts beside the province: sums, weighted means and the gap that cannot be right.
@Suite struct AreaComparisonTests {
    static let period = ReportingPeriod(parsing: "2024")!
    static let districts = ["643", "644", "648"]

    static func definition(_ rule: AggregationRule) -> IndicatorDefinition {
        IndicatorDefinition(code: "X", nameVi: "x", nameEn: "x", group: "trade", unit: "u", frequency: .year, aggregation: rule, nature: .flow, source: "t")
    }

    static func f(_ area: String, _ value: Double, _ indicator: String = "X") -> IndicatorFigure {
        IndicatorFigure(indicator: indicator, area: area, period: period, value: value, status: .official)
    }

    @Test func anAdditiveIndicatorSumsTheReportingDistricts() {
        let c = AreaComparison(
            definition: Self.definition(.sum), period: Self.period, figures: [Self.f("province", 100), Self.f("643", 40), Self.f("644", 30)], districts: Self.districts,
            provinceArea: "province")
        #expect(c.aggregate == 70)
        #expect(c.reporting == 2)
        #expect(c.gap == 30)
        #expect(!c.flagged, "one district has not reported: a gap is expected")
    }

    @Test func districtsAddingUpToMoreThanTheProvinceAreFlagged() {
        let c = AreaComparison(
            definition: Self.definition(.sum), period: Self.period, figures: [Self.f("province", 100), Self.f("643", 80), Self.f("644", 30)], districts: Self.districts,
            provinceArea: "province")
        #expect(c.flagged)
    }

    @Test func everyDistrictOfTheWholeProvinceReportedAndOffByMoreThanRoundingIsFlagged() {
        let figures = [Self.f("province", 100), Self.f("643", 40), Self.f("644", 30), Self.f("648", 20)]
        #expect(AreaComparison(definition: Self.definition(.sum), period: Self.period, figures: figures, districts: Self.districts, provinceArea: "province", wholeProvince: true).flagged)
        let exact = [Self.f("province", 90.3), Self.f("643", 40), Self.f("644", 30), Self.f("648", 20)]
        #expect(!AreaComparison(definition: Self.definition(.sum), period: Self.period, figures: exact, districts: Self.districts, provinceArea: "province", wholeProvince: true).flagged)
    }

    @Test func aGapIsExpectedWhenTheDistrictsAreOnlyPartOfTheProvince() {
        let figures = [Self.f("province", 100), Self.f("643", 40), Self.f("644", 30), Self.f("648", 20)]
        let c = AreaComparison(definition: Self.definition(.sum), period: Self.period, figures: figures, districts: Self.districts, provinceArea: "province")
        #expect(!c.flagged && c.gap == 10)
    }

    @Test func aRateIsTheMeanWeightedByPopulation() throws {
        let c = AreaComparison(
            definition: Self.definition(.weightedMean(by: "POP")), period: Self.period, figures: [Self.f("643", 10), Self.f("644", 4)],
            weights: [Self.f("643", 300, "POP"), Self.f("644", 100, "POP")], districts: Self.districts, provinceArea: "province")
        #expect(abs(try #require(c.aggregate) - 8.5) < 1e-9)
    }

    @Test func aWeightedMeanWithAMissingWeightIsUnknown() {
        let c = AreaComparison(
            definition: Self.definition(.weightedMean(by: "POP")), period: Self.period, figures: [Self.f("643", 10), Self.f("644", 4)],
            weights: [Self.f("643", 300, "POP")], districts: Self.districts, provinceArea: "province")
        #expect(c.aggregate == nil)
    }

    @Test func anIndexDoesNotAggregate() {
        let c = AreaComparison(
            definition: Self.definition(.none), period: Self.period, figures: [Self.f("province", 111), Self.f("643", 120)], districts: Self.districts, provinceArea: "province")
        #expect(c.aggregate == nil && !c.flagged)
    }
}
