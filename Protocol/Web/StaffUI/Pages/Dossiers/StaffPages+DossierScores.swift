import PublicServices

extension StaffPages {
    /// A unit's Decision 766 score (`/ui/dossiers/scores`): this month's indicators by group
    /// with ratio, points and where they come from; the total month by month as a chart.
    public static func dossierScores(unit: String, units: [String], history: [ServiceScore], context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(DossierLinks.overview(unit: unit))\">\(l.backToDossiers)</a></p>\n"
        html += "<h1>\(l.dossierScoresTitle): \(l.unitName(unit, districtName: context.districtName))</h1>\n"
        if units.count > 1 {
            html += "<form class=\"filters card\" method=\"get\" action=\"\(DossierLinks.scores)\"><label>\(l.unitColumn2) <select name=\"unit\">"
                + units.map { "<option value=\"\($0)\"\(HTML.selected($0 == unit))>\(l.unitName($0, districtName: context.districtName))</option>" as HTML }.joined()
                + "</select></label><button type=\"submit\">\(l.show)</button></form>\n"
        }
        guard let current = history.last else { return PageLayout.render(title: l.dossierScoresTitle, body: html, context: context) }
        html += "<p class=\"score-total\"><strong>\(l.totalScore) \(DossierChart.month(current.period)):</strong> \(l.scoreOf(current.total, possible: current.possible))</p>\n"
        html += scoreChart(history, l)
        html += "<div class=\"table-wrap\"><table class=\"scores\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">\(l.indicatorColumn)</th>"
            + "<th scope=\"col\">\(l.ratioColumn)</th><th scope=\"col\">\(l.pointsColumn)</th><th scope=\"col\">\(l.maxColumn)</th></tr></thead><tbody>"
        for group in ScoreIndicator.Group.allCases {
            let items = current.items.filter { $0.indicator.group == group }
            html += "<tr class=\"group-row\"><th scope=\"rowgroup\" colspan=\"5\">\(l.scoreGroup(group))</th></tr>"
            for item in items {
                html += "<tr><td>\(item.indicator.id)</td><th scope=\"row\">\(l.scoreIndicator(item.indicator)) <span class=\"muted\">(\(item.indicator.isComputed ? l.computedLabel : l.enteredLabel))</span></th>"
                    + "<td class=\"number\">\(item.ratio.map { l.share($0) } ?? l.notAvailable)</td><td class=\"number\">\(item.points.map { l.decimal($0) } ?? "—")</td>"
                    + "<td class=\"number\">\(l.decimal(item.indicator.max))</td></tr>"
            }
        }
        html += "</tbody></table></div>\n"
        return PageLayout.render(title: l.dossierScoresTitle, body: html, context: context)
    }

    /// The total score month by month (bars out of 100).
    static func scoreChart(_ history: [ServiceScore], _ l: Localizer) -> HTML {
        let width = 680.0, height = 200.0, left = 40.0, bottom = 30.0, top = 10.0
        let slot = (width - left - 10) / Double(max(1, history.count))
        func y(_ v: Double) -> Double { top + (height - top - bottom) * (1 - v / 100) }
        var svg: HTML = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"score-chart-title\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"score-chart-title\">\(l.totalScore)</title>"
        for tick in [0.0, 50, 100] {
            svg += "<line class=\"axis-grid\" x1=\"\(Int(left))\" y1=\"\(ChartScale.coordinate(y(tick)))\" x2=\"\(Int(width - 10))\" y2=\"\(ChartScale.coordinate(y(tick)))\"/>"
                + "<text class=\"axis-label\" x=\"\(Int(left - 6))\" y=\"\(ChartScale.coordinate(y(tick) + 4))\" text-anchor=\"end\">\(Int(tick))</text>"
        }
        for (i, score) in history.enumerated() {
            let x = left + slot * Double(i) + slot * 0.2
            svg += "<rect class=\"bar-score\" x=\"\(ChartScale.coordinate(x))\" y=\"\(ChartScale.coordinate(y(score.total)))\" width=\"\(ChartScale.coordinate(slot * 0.6))\" "
                + "height=\"\(ChartScale.coordinate(y(0) - y(score.total)))\"><title>\(DossierChart.month(score.period)): \(l.decimal(score.total))</title></rect>"
                + "<text class=\"axis-label\" x=\"\(ChartScale.coordinate(x + slot * 0.3))\" y=\"\(Int(height - 10))\" text-anchor=\"middle\">\(DossierChart.month(score.period))</text>"
        }
        return "<section class=\"card chart\">" + svg + "</svg></section>\n"
    }
}
