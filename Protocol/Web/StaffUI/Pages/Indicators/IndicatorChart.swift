import Indicators

/// The server-rendered chart of one indicator's figures in one area: a line through the
/// periods in order, each point drawn by its status (official filled, preliminary
/// half-filled, estimate hollow) with its value in a tooltip, and the year's plan as a dashed
/// mark where the figures are yearly; one value axis from zero (or the lowest figure when
/// the figures are all far from zero, as indices around 100 are), with an HTML legend.
enum IndicatorChart {
    static let width = 680.0
    static let height = 280.0
    static let left = 72.0
    static let right = 16.0
    static let top = 14.0
    static let bottom = 40.0

    static func render(_ definition: IndicatorDefinition, figures: [IndicatorFigure], targets: [IndicatorTarget], _ l: Localizer) -> HTML {
        let points = figures.sorted { $0.period < $1.period }
        guard !points.isEmpty else { return "" }
        let yearly = points.allSatisfy { $0.period.frequency == .year }
        let plan = yearly ? Dictionary(targets.map { ($0.year, $0.value) }, uniquingKeysWith: { a, _ in a }) : [:]
        let values = points.map(\.value) + points.compactMap { plan[$0.period.year] }
        let high = values.max() ?? 1, low = values.min() ?? 0
        let floor: Double = low > 0 && low > high * 0.6 ? ChartScale.niceFloor(low - (high - low) * 0.2) : min(0, low)
        let ceiling = max(floor + 1e-9, ChartScale.niceCeiling(high, above: floor))
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let step = points.count > 1 ? plotWidth / Double(points.count - 1) : 0
        func x(_ i: Int) -> Double { points.count > 1 ? left + Double(i) * step : left + plotWidth / 2 }
        func y(_ v: Double) -> Double { top + plotHeight - (v - floor) / (ceiling - floor) * plotHeight }
        let title = "\(l.trendTitle): \(l.indicatorName(definition)) (\(definition.unit))"
        var svg: HTML = "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"indicator-chart-title\" "
            + "xmlns=\"http://www.w3.org/2000/svg\"><title id=\"indicator-chart-title\">\(title)</title>"
        for tick in 0...4 {
            let v = floor + (ceiling - floor) * Double(tick) / 4
            svg += "<line class=\"axis-grid\" x1=\"\(n(left))\" y1=\"\(n(y(v)))\" x2=\"\(n(width - right))\" y2=\"\(n(y(v)))\"/>"
                + "<text class=\"axis-label\" x=\"\(n(left - 6))\" y=\"\(n(y(v) + 4))\" text-anchor=\"end\">\(l.figure(v.magnitude >= 100 ? v.rounded() : v))</text>"
        }
        svg += "<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(y(floor)))\" x2=\"\(n(width - right))\" y2=\"\(n(y(floor)))\"/>"
        let every = max(1, Int((Double(points.count) / 8).rounded(.up)))
        for (i, point) in points.enumerated() where i % every == 0 || i == points.count - 1 {
            svg += "<text class=\"axis-label\" x=\"\(n(x(i)))\" y=\"\(n(height - 14))\" text-anchor=\"middle\">\(point.period.description)</text>"
        }
        svg += "<polyline class=\"indicator-line\" points=\"\(points.indices.map { "\(n(x($0))),\(n(y(points[$0].value)))" }.joined(separator: " "))\"/>"
        for (i, point) in points.enumerated() {
            if let target = plan[point.period.year] {
                svg += "<line class=\"target-mark\" x1=\"\(n(x(i) - 10))\" y1=\"\(n(y(target)))\" x2=\"\(n(x(i) + 10))\" y2=\"\(n(y(target)))\">"
                    + "<title>\(l.targetLine) \(point.period.year): \(l.figure(target))</title></line>"
            }
            svg += "<circle class=\"indicator-point point-\(point.status.rawValue)\" cx=\"\(n(x(i)))\" cy=\"\(n(y(point.value)))\" r=\"4\">"
                + "<title>\(l.period(point.period)): \(l.figure(point.value)) \(definition.unit) (\(l.figureStatus(point.status)))</title></circle>"
        }
        svg += "</svg>"
        var legend: HTML = ""
        for status in FigureStatus.allCases.reversed() {
            legend += "<li><svg class=\"legend-mark\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><circle class=\"indicator-point point-\(status.rawValue)\" cx=\"6\" cy=\"6\" r=\"4\"/></svg>\(l.figureStatus(status))</li>"
        }
        if !plan.isEmpty { legend += "<li><span class=\"swatch swatch-target\"></span>\(l.targetLine)</li>" }
        return "<section class=\"card chart indicator-chart\" aria-labelledby=\"indicator-chart-heading\"><h2 id=\"indicator-chart-heading\">\(l.trendTitle)</h2>"
            + svg + "<ul class=\"legend\">\(legend)</ul></section>\n"
    }

    private static func n(_ value: Double) -> String { ChartScale.coordinate(value) }
}
