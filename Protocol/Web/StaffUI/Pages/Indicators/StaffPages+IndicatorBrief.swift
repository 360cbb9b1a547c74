import Indicators

extension StaffPages {
    /// The one-page brief for leaders (`/ui/indicators/brief?area=&year=`), made to print on
    /// one A4 sheet: the area and year, for every group its indicators with a figure — latest
    /// value and period, change on the same period last year, plan progress — in a compact
    /// table, the governance rankings, and where the figures come from (published, synthetic).
    public static func indicatorBrief(_ page: IndicatorsOverviewPage, context: PageContext) -> String {
        let l = context.localizer
        let areaName = l.areaName(page.area, districtName: context.districtName)
        var html: HTML = "<article class=\"brief\"><h1>\(l.briefTitle) – \(areaName) – \(page.year)</h1>"
        html += "<p class=\"muted no-print\"><a href=\"\(IndicatorLinks.overview(area: page.area, year: page.year))\">\(l.backToIndicators)</a> · \(l.briefPrintHint)</p>"
        html += "<table class=\"brief-table\"><thead><tr>"
        html += [l.indicatorColumn, l.periodColumn, l.valueColumn, l.sameLastYearColumn, l.planProgressColumn].map { "<th scope=\"col\">\($0)</th>" }.joined()
        html += "</tr></thead>"
        var synthetic = 0
        for (group, summaries) in page.groups {
            let shown = summaries.filter { $0.latest != nil }
            guard !shown.isEmpty else { continue }
            html += "<tbody><tr class=\"brief-group\"><th colspan=\"5\" scope=\"rowgroup\">\(l.groupName(group))</th></tr>"
            for s in shown {
                guard let latest = s.latest else { continue }
                if latest.isSynthetic { synthetic += 1 }
                html += "<tr><th scope=\"row\">\(l.indicatorName(s.definition))\(latest.isSynthetic ? " ◇" as HTML : "")</th><td>\(l.period(latest.period))</td>"
                    + "<td class=\"num\">\(l.figure(latest.value)) <span class=\"unit\">\(s.definition.unit)</span></td><td>\(changeCell(s, l))</td>"
                    + "<td class=\"num\">\(s.planProgress.map { HTML(text: l.decimal($0, places: 1) + "%") } ?? Badge.dash)</td></tr>"
            }
            html += "</tbody>"
        }
        html += "</table>"
        if !page.rankings.isEmpty {
            html += "<p class=\"brief-rankings\"><strong>\(l.rankingsTitle):</strong> "
            html += page.rankings.map { r -> HTML in
                "\(r.index.rawValue) \(r.year): " + (r.score.map { HTML(text: l.figure($0)) + " " + HTML(text: l.scoreColumn.lowercased()) + ", " } ?? "")
                    + (r.nationalRank.map { HTML(text: l.rank($0, of: r.rankedCount)) } ?? Badge.dash) + (r.synthetic ? " ◇" as HTML : "")
            }.joined(separator: " · ")
            html += "</p>"
        }
        if synthetic > 0 { html += "<p class=\"small muted\">◇ \(l.syntheticNote)</p>" }
        html += "</article>"
        return PageLayout.render(title: l.briefTitle, body: html, context: context)
    }
}
