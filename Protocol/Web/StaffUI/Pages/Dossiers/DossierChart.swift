import PublicServices

/// The twelve-month chart of a unit's (or the province's) dossiers: received as bars on the
/// left axis, the late share of settled dossiers and the satisfied share as lines on the
/// right axis (0–100 %), with an HTML legend. Colours from the stylesheet's colour-blind-safe
/// palette; each point carries its value in a tooltip.
enum DossierChart {
    static let width = 680.0, height = 260.0, left = 56.0, right = 48.0, top = 14.0, bottom = 40.0

    static func render(_ months: [(DossierPeriod, DossierCounts)], _ l: Localizer) -> HTML {
        guard !months.isEmpty else { return "" }
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let most = ChartScale.niceCeiling(Double(months.map(\.1.received).max() ?? 1))
        let slot = plotWidth / Double(months.count)
        func x(_ i: Int) -> Double { left + slot * (Double(i) + 0.5) }
        func yCount(_ v: Double) -> Double { top + plotHeight - v / most * plotHeight }
        func yShare(_ v: Double) -> Double { top + plotHeight - v * plotHeight }
        var svg: HTML = "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"dossier-chart-title\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"dossier-chart-title\">\(l.trendsTitle)</title>"
        for tick in 0...4 {
            let share = Double(tick) / 4
            svg += "<line class=\"axis-grid\" x1=\"\(n(left))\" y1=\"\(n(yShare(share)))\" x2=\"\(n(width - right))\" y2=\"\(n(yShare(share)))\"/>"
                + "<text class=\"axis-label\" x=\"\(n(left - 6))\" y=\"\(n(yShare(share) + 4))\" text-anchor=\"end\">\(l.number(Int(most * share)))</text>"
                + "<text class=\"axis-label\" x=\"\(n(width - right + 6))\" y=\"\(n(yShare(share) + 4))\">\(Int(share * 100))%</text>"
        }
        for (i, (period, counts)) in months.enumerated() {
            let h = Double(counts.received) / most * plotHeight
            svg += "<rect class=\"bar-received\" x=\"\(n(x(i) - slot * 0.3))\" y=\"\(n(yCount(Double(counts.received))))\" width=\"\(n(slot * 0.6))\" height=\"\(n(h))\">"
                + "<title>\(month(period)): \(l.receivedColumn) \(l.number(counts.received))</title></rect>"
            svg += "<text class=\"axis-label\" x=\"\(n(x(i)))\" y=\"\(n(height - 14))\" text-anchor=\"middle\">\(month(period))</text>"
        }
        func line(_ cls: String, _ label: String, _ value: (DossierCounts) -> Double?) -> HTML {
            let points = months.enumerated().compactMap { i, m in value(m.1).map { (i, $0, m.0) } }
            guard !points.isEmpty else { return "" }
            var out: HTML = "<polyline class=\"\(cls)\" points=\"\(points.map { "\(n(x($0.0))),\(n(yShare($0.1)))" }.joined(separator: " "))\"/>"
            for (i, v, period) in points {
                out += "<circle class=\"\(cls)-point\" cx=\"\(n(x(i)))\" cy=\"\(n(yShare(v)))\" r=\"3.5\"><title>\(month(period)): \(label) \(l.share(v))</title></circle>"
            }
            return out
        }
        svg += line("line-late", l.lateShareSeries) { c in c.settled > 0 ? Double(c.settledLate) / Double(c.settled) : nil }
        svg += line("line-satisfied", l.satisfactionSeries) { $0.satisfactionShare }
        svg += "</svg>"
        let legend: HTML = "<ul class=\"legend\"><li><span class=\"swatch swatch-received\"></span>\(l.receivedColumn)</li>"
            + "<li><span class=\"swatch swatch-late\"></span>\(l.lateShareSeries)</li><li><span class=\"swatch swatch-satisfied\"></span>\(l.satisfactionSeries)</li></ul>"
        return "<section class=\"card chart dossier-chart\" aria-labelledby=\"dossier-chart-heading\"><h2 id=\"dossier-chart-heading\">\(l.trendsTitle)</h2>"
            + svg + legend + "</section>\n"
    }

    static func month(_ period: DossierPeriod) -> String { "\(period.first.month)/\(period.first.year % 100)" }
    private static func n(_ value: Double) -> String { ChartScale.coordinate(value) }
}
