import CyberSecurity
import Vietnam

/// Security events per hour stacked by band as server-rendered SVG: the hours on the x
/// axis (Vietnam time), the count on the y axis, an HTML legend; each bar's title gives its
/// counts. Band colours from the stylesheet's colour-blind-safe palette.
enum SecurityBandChart {
    static let width = 680.0, height = 220.0, left = 48.0, right = 12.0, top = 12.0, bottom = 34.0

    static func render(_ hours: [(hour: Int64, counts: [SeverityBand: Int])], _ l: Localizer, now: Int64) -> HTML {
        let end = VietnamTime.hourStart(millis: now)
        let slots = (0..<24).map { end - Int64(23 - $0) * 3_600_000 }
        let byHour = Dictionary(hours.map { ($0.hour, $0.counts) }, uniquingKeysWith: { a, _ in a })
        let totals = slots.map { slot in SeverityBand.allCases.reduce(0) { $0 + (byHour[slot]?[$1] ?? 0) } }
        let most = ChartScale.niceCeiling(Double(totals.max() ?? 0))
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let slot = plotWidth / 24
        func y(_ value: Double) -> Double { top + plotHeight - value / most * plotHeight }
        var svg: HTML = "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"band-chart-title\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"band-chart-title\">\(l.alertsByBandChartTitle)</title>"
        for tick in 0...4 {
            let value = most * Double(tick) / 4
            svg += "<line class=\"axis-grid\" x1=\"\(n(left))\" y1=\"\(n(y(value)))\" x2=\"\(n(width - right))\" y2=\"\(n(y(value)))\"/>"
                + "<text class=\"axis-label\" x=\"\(n(left - 6))\" y=\"\(n(y(value) + 4))\" text-anchor=\"end\">\(l.number(Int(value)))</text>"
        }
        for (index, hour) in slots.enumerated() {
            var base = 0.0
            let x = left + slot * Double(index) + slot * 0.15
            let label = VietnamTime.iso8601(millis: hour).dropFirst(11).prefix(5)
            var parts: [String] = []
            for band in SeverityBand.allCases {
                let count = Double(byHour[hour]?[band] ?? 0)
                guard count > 0 else { continue }
                parts.append("\(l.bandName(band)) \(l.number(Int(count)))")
                svg += "<rect class=\"band-\(band.code)\" x=\"\(n(x))\" y=\"\(n(y(base + count)))\" width=\"\(n(slot * 0.7))\" height=\"\(n(y(base) - y(base + count)))\">"
                    + "<title>\(label): \(l.bandName(band)) \(l.number(Int(count)))</title></rect>"
                base += count
            }
            if index % 3 == 0 {
                svg += "<text class=\"axis-label\" x=\"\(n(x + slot * 0.35))\" y=\"\(n(height - 12))\" text-anchor=\"middle\">\(String(label))</text>"
            }
        }
        svg += "</svg>"
        let legend: HTML = "<ul class=\"legend\">" + SeverityBand.allCases.map { "<li><span class=\"swatch band-\($0.code)\"></span>\(l.bandName($0))</li>" as HTML }.joined() + "</ul>"
        return "<figure class=\"chart band-chart\">" + svg + legend + "</figure>"
    }

    private static func n(_ value: Double) -> String { ChartScale.coordinate(value) }
}
