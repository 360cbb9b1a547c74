import Indicators

extension StaffPages {
    /// The province's governance rankings (`/ui/indicators/rankings`): per index (anchored by
    /// its code) a chart of the national rank by year (better ranks higher) and a table of
    /// years — score, national rank of the number ranked, rank in Tây Nguyên, source, with
    /// synthetic figures marked.
    public static func indicatorRankings(_ rankings: [GovernanceRanking], context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(IndicatorLinks.overview)\">\(l.backToIndicators)</a></p>\n<h1>\(l.rankingsTitle)</h1>\n"
        html += "<p class=\"hint\">\(l.syntheticNote)</p>\n"
        for index in GovernanceIndex.allCases {
            let rows = rankings.filter { $0.index == index }.sorted { $0.year < $1.year }
            guard !rows.isEmpty else { continue }
            html += "<section class=\"card\" id=\"\(index.rawValue)\" aria-labelledby=\"rank-\(index.rawValue)\"><h2 id=\"rank-\(index.rawValue)\">\(index.rawValue)</h2>"
            html += rankChart(index, rows, l)
            html += "<div class=\"table-wrap\"><table class=\"rankings\"><thead><tr>"
            html += [l.yearLabel, l.scoreColumn, l.nationalRankColumn, l.regionRankColumn, l.sourceColumn].map { "<th scope=\"col\">\($0)</th>" }.joined()
            html += "</tr></thead><tbody>"
            for r in rows.reversed() {
                html += "<tr><th scope=\"row\">\(r.year)</th><td class=\"num\">\(r.score.map { HTML(text: l.figure($0)) } ?? Badge.dash)</td>"
                    + "<td>\(r.nationalRank.map { HTML(text: l.rank($0, of: r.rankedCount)) } ?? Badge.dash)</td>"
                    + "<td>\(r.regionRank.map { HTML(text: l.rank($0, of: r.regionCount)) } ?? Badge.dash)</td>"
                    + "<td>\(r.synthetic ? "<span class=\"badge synthetic\">\(l.syntheticMark)</span>" as HTML : HTML(text: r.source ?? ""))</td></tr>"
            }
            html += "</tbody></table></div>"
            if let latest = rows.last(where: { !$0.components.isEmpty }) {
                html += "<h3>\(l.componentsTitle) \(latest.year)</h3><dl class=\"details\">"
                for (name, score) in latest.components.sorted(by: { $0.key < $1.key }) { html += "<dt>\(name)</dt><dd>\(l.figure(score))</dd>" }
                html += "</dl>"
            }
            html += "</section>\n"
        }
        return PageLayout.render(title: l.rankingsTitle, body: html, context: context)
    }

    /// National rank by year, rank 1 at the top.
    private static func rankChart(_ index: GovernanceIndex, _ rows: [GovernanceRanking], _ l: Localizer) -> HTML {
        let ranked = rows.compactMap { r in r.nationalRank.map { (r.year, $0, r.synthetic) } }
        guard ranked.count > 1 else { return "" }
        let (width, height, left, right, top, bottom) = (560.0, 180.0, 40.0, 12.0, 12.0, 28.0)
        let worst = Double(max(ranked.map(\.1).max() ?? 63, rows.compactMap(\.rankedCount).max() ?? 63))
        let first = Double(ranked.first!.0), last = Double(ranked.last!.0)
        func x(_ year: Int) -> Double { left + (Double(year) - first) / max(1, last - first) * (width - left - right) }
        func y(_ rank: Int) -> Double { top + (Double(rank) - 1) / max(1, worst - 1) * (height - top - bottom) }
        let c = ChartScale.coordinate
        var svg: HTML = "<svg class=\"rank-chart\" viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\" aria-labelledby=\"rank-chart-\(index.rawValue)\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"rank-chart-\(index.rawValue)\">\(index.rawValue): \(l.nationalRankColumn) – \(l.rankChartNote)</title>"
        for rank in [1, Int(worst / 2), Int(worst)] {
            svg += "<line class=\"axis-grid\" x1=\"\(c(left))\" y1=\"\(c(y(rank)))\" x2=\"\(c(width - right))\" y2=\"\(c(y(rank)))\"/>"
                + "<text class=\"axis-label\" x=\"\(c(left - 6))\" y=\"\(c(y(rank) + 4))\" text-anchor=\"end\">\(rank)</text>"
        }
        for (year, _, _) in ranked where year == ranked.first!.0 || year == ranked.last!.0 || year % 5 == 0 {
            svg += "<text class=\"axis-label\" x=\"\(c(x(year)))\" y=\"\(c(height - 8))\" text-anchor=\"middle\">\(year)</text>"
        }
        svg += "<polyline class=\"indicator-line\" points=\"\(ranked.map { "\(c(x($0.0))),\(c(y($0.1)))" }.joined(separator: " "))\"/>"
        for (year, rank, synthetic) in ranked {
            svg += "<circle class=\"indicator-point \(synthetic ? "point-estimate" : "point-official")\" cx=\"\(c(x(year)))\" cy=\"\(c(y(rank)))\" r=\"4\"><title>\(year): \(rank)</title></circle>"
        }
        return svg + "</svg>"
    }
}
