/// One period of an additive or weighted indicator across areas: each district's figure, the
/// province's own, and what the districts add up to beside it, with the gap flagged.
public struct AreaComparison: Sendable, Hashable {
    public var definition: IndicatorDefinition
    public var period: ReportingPeriod
    public var province: IndicatorFigure?
    /// The districts' figures, in the order of `districts` given.
    public var districts: [(code: String, figure: IndicatorFigure?)]
    /// The districts' sum (or weighted mean), over the districts that reported; nil when the
    /// indicator does not aggregate or none reported (or a weight is missing).
    public var aggregate: Double?
    public var reporting: Int
    /// Province minus aggregate.
    public var gap: Double?
    /// The aggregate cannot be right beside the province's figure: a sum over the districts
    /// that exceeds it, or, when `districts` are the whole province and every one reported,
    /// one that differs from it by more than `tolerance`.
    public var flagged: Bool

    /// Relative difference tolerated between the province's figure and its districts' (rounding).
    public static let tolerance = 0.005

    public static func == (a: AreaComparison, b: AreaComparison) -> Bool {
        a.definition == b.definition && a.period == b.period && a.province == b.province && a.aggregate == b.aggregate
            && a.districts.map(\.code) == b.districts.map(\.code) && a.districts.map(\.figure) == b.districts.map(\.figure)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(definition.code)
        hasher.combine(period)
    }

    /// - Parameters:
    ///   - figures: the period's figures of the indicator in every area.
    ///   - weights: the period's figures of the weighting indicator, for a weighted mean.
    ///   - districts: the district codes to compare, in display order.
    ///   - wholeProvince: whether `districts` are every district of the province (the
    ///     federation's five are a third of the former province's fifteen: a gap is expected).
    public init(
        definition: IndicatorDefinition, period: ReportingPeriod, figures: [IndicatorFigure], weights: [IndicatorFigure] = [], districts: [String],
        provinceArea: String, wholeProvince: Bool = false
    ) {
        self.definition = definition
        self.period = period
        let byArea = Dictionary(figures.filter { $0.period == period }.map { ($0.area, $0) }, uniquingKeysWith: { a, _ in a })
        province = byArea[provinceArea]
        self.districts = districts.map { ($0, byArea[$0]) }
        let reported = districts.compactMap { byArea[$0] }
        reporting = reported.count
        switch definition.aggregation {
        case .sum:
            aggregate = reported.isEmpty ? nil : reported.reduce(0) { $0 + $1.value }
        case .weightedMean:
            let weightByArea = Dictionary(weights.filter { $0.period == period }.map { ($0.area, $0.value) }, uniquingKeysWith: { a, _ in a })
            let pairs = reported.compactMap { f in weightByArea[f.area].map { (f.value, $0) } }
            let total = pairs.reduce(0) { $0 + $1.1 }
            aggregate = pairs.count == reported.count && total > 0 ? pairs.reduce(0) { $0 + $1.0 * $1.1 } / total : nil
        case .none:
            aggregate = nil
        }
        aggregate = aggregate?.finite
        if let p = province?.value, let a = aggregate, (p - a).isFinite {
            gap = p - a
            let scale = max(abs(p), 1e-9)
            let exceeds = definition.aggregation == .sum && a > p && (a - p) / scale > Self.tolerance
            let differs = wholeProvince && reporting == districts.count && abs(p - a) / scale > Self.tolerance
            flagged = exceeds || differs
        } else {
            gap = nil
            flagged = false
        }
    }
}
