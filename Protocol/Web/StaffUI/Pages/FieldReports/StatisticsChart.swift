/// The server-rendered horizontal stacked bar chart of the statistics page: one bar per row,
/// five segments (processed on time, processed overdue, in progress within deadline, in
/// progress overdue, ineligible), all bars on one scale, with an HTML legend.
enum StatisticsChart {
    /// The segments in drawing order: CSS class and legend label.
    static func segments(_ l: Localizer) -> [(cssClass: String, label: String, value: (StatisticsRow) -> Int)] {
        [
            ("seg-processed-on-time", l.legendProcessedOnTime, \.processedOnTime),
            ("seg-processed-overdue", l.legendProcessedOverdue, \.processedOverdue),
            ("seg-processing-on-time", l.legendProcessingOnTime, \.processingOnTime),
            ("seg-processing-overdue", l.legendProcessingOverdue, \.processingOverdue),
            ("seg-ineligible", l.ineligible, \.ineligible),
        ]
    }

    static func render(rows: [StatisticsRow], _ l: Localizer) -> HTML {
        guard !rows.isEmpty else { return "" }
        let labelWidth = 180.0
        let barArea = 380.0
        let totalWidth = 620.0
        let rowHeight = 26.0
        let barHeight = 18.0
        let height = Double(rows.count) * rowHeight + 8
        let parts = segments(l)
        let largest = max(1, rows.map { row in parts.reduce(0) { $0 + $1.value(row) } }.max() ?? 1)
        var svg: HTML = "<svg viewBox=\"0 0 \(Int(totalWidth)) \(Int(height))\" role=\"img\" aria-labelledby=\"chart-title\" "
            + "xmlns=\"http://www.w3.org/2000/svg\"><title id=\"chart-title\">\(l.chartTitle)</title>"
        for (index, row) in rows.enumerated() {
            let top = 4 + Double(index) * rowHeight
            let textY = top + barHeight - 4
            svg += "<text class=\"bar-label\" x=\"\(Int(labelWidth - 8))\" y=\"\(n(textY))\" text-anchor=\"end\">"
                + "\(StaffPages.shortened(row.label, to: 26))</text>"
            var x = labelWidth
            for part in parts {
                let value = part.value(row)
                guard value > 0 else { continue }
                let width = Double(value) / Double(largest) * barArea
                svg += "<rect class=\"\(part.cssClass)\" x=\"\(n(x))\" y=\"\(n(top))\" width=\"\(n(width))\" "
                    + "height=\"\(n(barHeight))\"><title>\(row.label) — \(part.label): "
                    + "\(l.number(value))</title></rect>"
                x += width
            }
            svg += "<text class=\"bar-total\" x=\"\(n(x + 6))\" y=\"\(n(textY))\">\(l.number(row.received))</text>"
        }
        svg += "</svg>"
        let legend: HTML = parts.map { "<li><span class=\"swatch \($0.cssClass)\"></span>\($0.label)</li>" }.joined()
        return "<section class=\"card chart\" aria-labelledby=\"chart-heading\"><h2 id=\"chart-heading\">"
            + "\(l.chartTitle)</h2>\(svg)<ul class=\"legend\">\(legend)</ul></section>\n"
    }

    private static func n(_ value: Double) -> String { ChartScale.coordinate(value) }
}
