import Indicators

/// `GET /api/v1/indicators/catalog`: the sixteen groups and every indicator.
struct CatalogJSON: Encodable {
    var groups: [IndicatorGroup]
    var items: [IndicatorDefinition]
}

/// `GET /api/v1/indicators/summary`: the figures people ask of one indicator in one area.
struct SummaryJSON: Encodable {
    var indicator: String
    var area: String
    var latest: IndicatorFigure?
    var sameLastYear: IndicatorFigure?
    var change: Double?
    var changeUnit: String
    var yearToDate: Double?
    var target: IndicatorTarget?
    var planProgress: Double?
    var planMet: Bool?
    var realGrowth: Double?

    enum CodingKeys: String, CodingKey {
        case indicator, area, latest, change, target
        case sameLastYear = "same_period_last_year"
        case changeUnit = "change_unit"
        case yearToDate = "year_to_date"
        case planProgress = "plan_progress_percent"
        case planMet = "plan_met"
        case realGrowth = "growth_comparable_prices_percent"
    }

    init(_ s: IndicatorSummary, area: String) {
        indicator = s.definition.code
        self.area = area
        latest = s.latest
        sameLastYear = s.sameLastYear
        change = s.change
        changeUnit = s.changeInPoints ? "points" : "percent"
        yearToDate = s.yearToDate
        target = s.target
        planProgress = s.planProgress
        planMet = s.planMet
        realGrowth = s.realGrowth
    }
}

/// `GET /api/v1/indicators/comparison`: one period across the districts beside the province.
struct ComparisonJSON: Encodable {
    struct District: Encodable {
        var area: String
        var figure: IndicatorFigure?
    }

    var indicator: String
    var period: ReportingPeriod
    var aggregation: AggregationRule
    var province: IndicatorFigure?
    var districts: [District]
    var aggregate: Double?
    var reporting: Int
    var gap: Double?
    var flagged: Bool

    init(_ c: AreaComparison) {
        indicator = c.definition.code
        period = c.period
        aggregation = c.definition.aggregation
        province = c.province
        districts = c.districts.map { District(area: $0.code, figure: $0.figure) }
        aggregate = c.aggregate
        reporting = c.reporting
        gap = c.gap
        flagged = c.flagged
    }
}
