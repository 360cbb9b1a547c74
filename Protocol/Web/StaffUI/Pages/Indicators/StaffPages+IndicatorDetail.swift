import Indicators

extension StaffPages {
    /// One indicator in one area (`/ui/indicators/i/{code}?area=&frequency=`): the
    /// definition (unit, frequency, aggregation, direction, deadline, source), a GET form
    /// choosing area and frequency, the latest summary, the chart with plan marks, the
    /// figures table newest first (status, source, who and when, conflicting values), a link
    /// comparing the districts for the latest period when the indicator aggregates, and the
    /// revisions of the latest year.
    public static func indicatorDetail(_ page: IndicatorDetailPage, context: PageContext) -> String {
        let l = context.localizer
        let d = page.definition
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(IndicatorLinks.overview(area: page.area, year: nil))\">\(l.backToIndicators)</a></p>\n"
        html += "<h1>\(l.indicatorName(d)) <span class=\"muted\">– \(l.areaName(page.area, districtName: context.districtName))</span></h1>\n"
        html += "<dl class=\"details card\">"
        let rows: [(String, HTML)] = [
            (l.unitColumn, HTML(text: d.unit)), (l.frequencyLabel, HTML(text: l.frequency(d.frequency))),
            (l.aggregationLabel, HTML(text: l.aggregation(d.aggregation))), (l.higherIsBetterLabel, HTML(text: l.higherIsBetter(d.higherIsBetter))),
            (l.deadlineLabel, HTML(text: l.deadline(d.deadline))), (l.sourceColumn, HTML(text: d.source)),
        ]
        for (term, value) in rows { html += "<dt>\(term)</dt><dd>\(value)</dd>" }
        if !d.definition.isEmpty { html += "<dt>\(l.definitionLabel)</dt><dd>\(d.definition)</dd>" }
        html += "</dl>\n"
        html += "<form class=\"filters card\" method=\"get\" action=\"/ui/indicators/i/\(d.code)\">"
        html += areaField(page.areas, selected: page.area, context)
        html += "<div class=\"field\"><label for=\"frequency\">\(l.frequencyLabel)</label><select id=\"frequency\" name=\"frequency\">"
        for f in page.frequencies {
            html += "<option value=\"\(f.rawValue)\"\(f == page.frequency ? " selected" : "")>\(l.frequency(f))</option>"
        }
        html += "</select></div><button type=\"submit\">\(l.showButton)</button></form>\n"
        if let latest = page.summary.latest {
            html += "<div class=\"card indicator-latest\"><p class=\"big-figure\"><strong>\(l.figure(latest.value))</strong> \(d.unit) "
                + "<span class=\"muted\">\(l.period(latest.period))</span> \(figureBadges(latest, l))</p>"
            html += "<p>\(l.sameLastYearColumn): \(changeCell(page.summary, l)) · \(l.planProgressColumn): \(planCell(page.summary, l))</p>"
            if d.aggregation != .none {
                html += "<p><a href=\"\(IndicatorLinks.compare(d.code, period: latest.period))\">\(l.compareDistricts) – \(l.period(latest.period)) ›</a></p>"
            }
            html += "</div>\n"
        }
        html += IndicatorChart.render(d, figures: page.figures, targets: page.targets, l)
        html += "<section aria-labelledby=\"figures-title\"><h2 id=\"figures-title\">\(l.figuresTableTitle)</h2>"
        let base = IndicatorLinks.indicator(d.code, area: page.area, frequency: page.frequency)
        html += "<p><a href=\"\(base)&format=csv\" download>\(l.exportCSV)</a> · <a href=\"\(base)&format=xlsx\" download>\(l.exportXLSX)</a></p>"
        if page.figures.isEmpty {
            html += "<p class=\"card muted\">\(l.noFigure)</p>"
        } else {
            html += "<div class=\"table-wrap\"><table class=\"figures\"><thead><tr>"
            html += [l.periodColumn, l.valueColumn, l.figureStatusColumn, l.sourceColumn, l.enteredByColumn, l.enteredAtColumn].map { "<th scope=\"col\">\($0)</th>" }.joined()
            html += "</tr></thead><tbody>"
            for f in page.figures.sorted(by: { $0.period > $1.period }) {
                html += "<tr><th scope=\"row\">\(l.period(f.period))</th><td class=\"num\">\(l.figure(f.value))</td><td>\(figureBadges(f, l))"
                if !f.conflicting.isEmpty { html += "<br><span class=\"error-text\">\(l.conflictingValues(f.conflicting.map { l.figure($0) }.joined(separator: "; ")))</span>" }
                html += "</td><td>\(f.source ?? "")</td><td>\(f.enteredBy ?? "")</td><td>\(f.enteredAtMillis.map { Badge.time(millis: $0) } ?? Badge.dash)</td></tr>"
            }
            html += "</tbody></table></div>"
        }
        html += "</section>\n"
        if !page.revisions.isEmpty {
            html += "<section aria-labelledby=\"revisions-title\"><h2 id=\"revisions-title\">\(l.revisionsTitle)</h2><div class=\"table-wrap\"><table class=\"revisions\"><thead><tr>"
            html += [l.enteredAtColumn, l.periodColumn, l.valueColumn, l.figureStatusColumn, l.enteredByColumn, l.reasonColumn].map { "<th scope=\"col\">\($0)</th>" }.joined()
            html += "</tr></thead><tbody>"
            for r in page.revisions.reversed() {
                html += "<tr><td>\(Badge.time(millis: r.atMillis))</td><td>\(l.period(r.period))</td><td class=\"num\">\(l.figure(r.value))</td>"
                    + "<td>\(r.reason == "target" ? HTML(text: l.targetLine) : HTML(text: l.figureStatus(r.status)))</td><td>\(r.by)</td>"
                    + "<td>\(r.reason == "target" ? "" : (r.reason ?? ""))</td></tr>"
            }
            html += "</tbody></table></div></section>\n"
        }
        return PageLayout.render(title: l.indicatorName(d), body: html, context: context)
    }
}
