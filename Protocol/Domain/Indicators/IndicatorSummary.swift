/// The figures people ask of an indicator in one area: the latest figure, the same period
/// last year and the change, the year to date, progress against the year's plan and growth
/// at comparable prices. Pure arithmetic on the figures given.
public struct IndicatorSummary: Sendable, Hashable {
    public var definition: IndicatorDefinition
    /// The figure covering the latest month (for two ending in the same month, the longer:
    /// the year's figure over December's).
    public var latest: IndicatorFigure?
    public var sameLastYear: IndicatorFigure?
    /// Against the same period last year: percent for flows and stocks, points for rates.
    public var change: Double?
    /// Flows: the sum from January to the latest period (a figure from January is one
    /// already); stocks and rates: the latest figure. Nil when a period is missing.
    public var yearToDate: Double?
    public var target: IndicatorTarget?
    /// Year to date against the year's target, percent.
    public var planProgress: Double?
    /// Growth against the same period last year at comparable prices, percent: the nominal
    /// ratio divided by the deflator (previous year = 100) of the same period.
    public var realGrowth: Double?

    /// Whether `change` is in percentage points rather than percent.
    public var changeInPoints: Bool { definition.nature == .rate }

    /// - Parameters:
    ///   - figures: the indicator's figures of the area, any order.
    ///   - targets: its targets of the area.
    ///   - deflator: the deflator's figures of the area (or the province's), any order.
    public init(definition: IndicatorDefinition, figures: [IndicatorFigure], targets: [IndicatorTarget], deflator: [IndicatorFigure] = []) {
        self.definition = definition
        let byPeriod = Dictionary(figures.map { ($0.period, $0) }, uniquingKeysWith: { a, _ in a })
        guard let latest = figures.max(by: { $0.period < $1.period }) else { return }
        self.latest = latest
        if let previousPeriod = latest.period.sameLastYear, let previous = byPeriod[previousPeriod] {
            sameLastYear = previous
            change = Self.change(from: previous.value, to: latest.value, nature: definition.nature)?.finite
            if let d = deflator.first(where: { $0.period == latest.period }), d.value > 0, previous.value != 0, definition.nature != .rate {
                realGrowth = (((latest.value / previous.value) / (d.value / 100) - 1) * 100).finite
            }
        }
        yearToDate = Self.yearToDate(latest: latest, byPeriod: byPeriod, nature: definition.nature)?.finite
        if let target = targets.first(where: { $0.year == latest.period.year }) {
            self.target = target
            if let ytd = yearToDate, target.value != 0 { planProgress = (ytd / target.value * 100).finite }
        }
    }

    static func change(from previous: Double, to value: Double, nature: IndicatorNature) -> Double? {
        switch nature {
        case .rate: return value - previous
        case .flow, .stock: return previous == 0 ? nil : (value / previous - 1) * 100
        }
    }

    static func yearToDate(latest: IndicatorFigure, byPeriod: [ReportingPeriod: IndicatorFigure], nature: IndicatorNature) -> Double? {
        guard nature == .flow else { return latest.value }
        if latest.period.months.lowerBound == 1 { return latest.value }
        var sum = 0.0
        for index in 1...latest.period.index {
            guard let period = ReportingPeriod(year: latest.period.year, frequency: latest.period.frequency, index: index),
                let figure = byPeriod[period]
            else { return nil }
            sum += figure.value
        }
        return sum
    }

    /// Whether the plan is met (or, for an indicator where lower is better, kept under).
    public var planMet: Bool? {
        guard let progress = planProgress else { return nil }
        return definition.higherIsBetter ? progress >= 100 : progress <= 100
    }
}

extension Double {
    /// The value, or nil when arithmetic on extreme figures overflowed (nothing to show).
    var finite: Double? { isFinite ? self : nil }
}
