import CyberSecurity
import Vietnam

/// Mean response time per hour, one line per vantage point, as server-rendered SVG over the
/// last seven days (Vietnam time on the x axis, milliseconds on the y axis), with an HTML
/// legend; each point's title gives its hour, vantage point, mean and failures.
enum ResponseChart {
    static let width = 680.0, height = 240.0, left = 56.0, right = 12.0, top = 12.0, bottom = 34.0
    static let palette = 8

    static func render(_ hours: [ProbeHour], _ l: Localizer, now: Int64) -> HTML {
        guard !hours.isEmpty else { return "" }
        let end = VietnamTime.hourStart(millis: now) + 3_600_000, start = end - 7 * 86_400_000
        let most = ChartScale.niceCeiling(hours.map(\.meanMillis).max() ?? 1)
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ hour: Int64) -> Double { left + Double(hour - start) / Double(end - start) * plotWidth }
        func y(_ value: Double) -> Double { top + plotHeight - value / most * plotHeight }
        var svg: HTML = "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"response-chart-title\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"response-chart-title\">\(l.responseChartTitle)</title>"
        for tick in 0...4 {
            let value = most * Double(tick) / 4
            svg += "<line class=\"axis-grid\" x1=\"\(n(left))\" y1=\"\(n(y(value)))\" x2=\"\(n(width - right))\" y2=\"\(n(y(value)))\"/>"
                + "<text class=\"axis-label\" x=\"\(n(left - 6))\" y=\"\(n(y(value) + 4))\" text-anchor=\"end\">\(l.number(Int(value)))</text>"
        }
        for day in 0...7 {
            let at = start + Int64(day) * 86_400_000
            let date = VietnamTime.date(millis: at)
            svg += "<text class=\"axis-label\" x=\"\(n(x(at)))\" y=\"\(n(height - 12))\" text-anchor=\"middle\">\(date.day)/\(date.month)</text>"
        }
        let vantages = Array(Set(hours.map(\.vantage))).sorted { a, b in a == "hub" ? b != "hub" : b == "hub" ? false : a < b }
        for (index, vantage) in vantages.enumerated() {
            let points = hours.filter { $0.vantage == vantage && $0.hour >= start && $0.checks > 0 }
            guard !points.isEmpty else { continue }
            let series = "series-\(index % palette)"
            svg += "<polyline class=\"line \(series)\" points=\"\(points.map { "\(n(x($0.hour))),\(n(y($0.meanMillis)))" }.joined(separator: " "))\"/>"
            for point in points where point.failed > 0 {
                svg += "<circle class=\"point-failed\" cx=\"\(n(x(point.hour)))\" cy=\"\(n(y(point.meanMillis)))\" r=\"3\">"
                    + "<title>\(VietnamTime.iso8601(millis: point.hour).prefix(16)) \(vantage): \(l.number(Int(point.meanMillis))) ms, \(point.failed)/\(point.checks)</title></circle>"
            }
        }
        svg += "</svg>"
        let legend: HTML = "<ul class=\"legend\">" + vantages.enumerated().map { "<li><span class=\"swatch series-\($0.offset % palette)\"></span>\($0.element)</li>" as HTML }.joined() + "</ul>"
        return "<section class=\"card chart\" aria-labelledby=\"response-heading\"><h2 id=\"response-heading\">\(l.responseTimeLabel)</h2>" + svg + legend + "</section>\n"
    }

    private static func n(_ value: Double) -> String { ChartScale.coordinate(value) }
}
