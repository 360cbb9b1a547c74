import Indicators

extension StaffPages {
    /// One period of an indicator across districts (`/ui/indicators/compare?indicator=&period=`):
    /// a horizontal bar per district (SVG, scaled to the largest), a map of the province with a
    /// circle at each district's seat sized by its figure, a table of district figures,
    /// then the districts' sum (or weighted mean) beside the province's own figure with the gap,
    /// how many districts reported, and a warning when they cannot both be right.
    public static func indicatorComparison(_ c: AreaComparison, context: PageContext) -> String {
        let l = context.localizer
        let d = c.definition
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(IndicatorLinks.indicator(d.code, area: "province"))\">‹ \(l.indicatorName(d))</a></p>\n"
        html += "<h1>\(l.comparisonTitle): \(l.indicatorName(d)) – \(l.period(c.period))</h1>\n"
        let base = IndicatorLinks.compare(d.code, period: c.period)
        html += "<p><a href=\"\(base)&format=csv\" download>\(l.exportCSV)</a> · <a href=\"\(base)&format=xlsx\" download>\(l.exportXLSX)</a></p>\n"
        let reported = c.districts.compactMap { entry in entry.figure.map { (entry.code, $0.value) } }
        if let top = reported.map(\.1).max(), top > 0 {
            let cfmt = ChartScale.coordinate
            let barHeight = 26.0, width = 640.0, labelWidth = 150.0
            let height = Double(reported.count) * barHeight + 8
            var svg: HTML = "<svg class=\"comparison-chart\" viewBox=\"0 0 \(cfmt(width)) \(cfmt(height))\" role=\"img\" aria-labelledby=\"comparison-title\" xmlns=\"http://www.w3.org/2000/svg\">"
                + "<title id=\"comparison-title\">\(l.comparisonTitle): \(l.indicatorName(d)) (\(d.unit))</title>"
            for (i, (code, value)) in reported.enumerated() {
                let y = 4 + Double(i) * barHeight
                let w = max(1, value / top * (width - labelWidth - 90))
                svg += "<text class=\"axis-label\" x=\"\(cfmt(labelWidth - 8))\" y=\"\(cfmt(y + 17))\" text-anchor=\"end\">\(l.areaName(code, districtName: context.districtName))</text>"
                    + "<rect class=\"comparison-bar\" x=\"\(cfmt(labelWidth))\" y=\"\(cfmt(y + 3))\" width=\"\(cfmt(w))\" height=\"\(cfmt(barHeight - 8))\"/>"
                    + "<text class=\"axis-label\" x=\"\(cfmt(labelWidth + w + 6))\" y=\"\(cfmt(y + 17))\">\(l.figure(value))</text>"
            }
            html += "<section class=\"card chart\">" + svg + "</svg></section>\n"
        }
        html += "<section class=\"card map comparison-map\" aria-labelledby=\"comparison-map-heading\"><h2 id=\"comparison-map-heading\">\(l.comparisonMapTitle)</h2>"
            + ProvinceMap.bubbles(
                title: "\(l.comparisonMapTitle): \(l.indicatorName(d)) (\(d.unit))", titleID: "comparison-map-title",
                values: c.districts.map { ($0.code, $0.figure?.value, $0.figure.map { l.figure($0.value) } ?? l.noFigure) })
            + "<p class=\"map-note\">\(l.comparisonMapNote)</p></section>\n"
        html += "<div class=\"table-wrap\"><table class=\"comparison\"><thead><tr><th scope=\"col\">\(l.areaLabel)</th><th scope=\"col\" class=\"num\">\(l.valueColumn) (\(d.unit))</th><th scope=\"col\">\(l.figureStatusColumn)</th></tr></thead><tbody>"
        for (code, figure) in c.districts {
            html += "<tr><th scope=\"row\">\(l.areaName(code, districtName: context.districtName))</th>"
            html += figure.map { "<td class=\"num\">\(l.figure($0.value))</td><td>\(figureBadges($0, l))</td>" } ?? "<td class=\"num\">\(Badge.dash)</td><td class=\"muted\">\(l.noFigure)</td>"
            html += "</tr>"
        }
        html += "</tbody></table></div>\n<dl class=\"details card\">"
        guard d.aggregation != .none else { return PageLayout.render(title: l.comparisonTitle, body: html + "</dl><p>\(l.notAggregable)</p>", context: context) }
        html += "<dt>\(l.provinceFigure)</dt><dd>\(c.province.map { HTML(text: l.figure($0.value)) } ?? HTML(text: l.noFigure))</dd>"
        html += "<dt>\(d.aggregation == .sum ? l.districtsSum : l.districtsMean)</dt><dd>\(c.aggregate.map { HTML(text: l.figure($0)) } ?? Badge.dash) "
            + "<span class=\"muted\">(\(l.reporting(c.reporting, of: c.districts.count)))</span></dd>"
        html += "<dt>\(l.gapLabel)</dt><dd>\(c.gap.map { HTML(text: l.figure($0)) } ?? Badge.dash)</dd></dl>"
        if c.flagged { html += "<p class=\"error-text\" role=\"alert\">⚠ \(l.gapFlagged)</p>" }
        return PageLayout.render(title: l.comparisonTitle, body: html, context: context)
    }
}
