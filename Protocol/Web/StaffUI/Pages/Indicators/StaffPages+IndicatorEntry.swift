import Indicators

extension StaffPages {
    /// The entry of one area's figures for one period (`/ui/indicators/entry?area=&period=`):
    /// a GET form choosing area and period; the report's status with the workflow steps the
    /// reader may take (POST forms to `/ui/indicators/reports/{area}/{period}/{action}`); then a
    /// POST form to `/ui/indicators/entry` (`csrf_token`, `area`, `period`, per indicator
    /// `v.{code}`, and `status`, `source`, `note`, `reason`) listing every indicator reported for
    /// the period with its unit and current figure. A refused save keeps what was typed and
    /// shows each row's error beside its box.
    public static func indicatorEntry(_ page: IndicatorEntryPage, context: PageContext) -> String {
        let l = context.localizer
        let areaName = l.areaName(page.area, districtName: context.districtName)
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(IndicatorLinks.overview(area: page.area, year: nil))\">\(l.backToIndicators)</a></p>\n"
        html += "<h1>\(l.indicatorEntryTitle) – \(areaName) – \(l.period(page.period))</h1>\n"
        html += "<form class=\"filters card\" method=\"get\" action=\"\(IndicatorLinks.entry)\">"
        html += areaField(page.areas, selected: page.area, context)
        html += "<div class=\"field\"><label for=\"period\">\(l.periodLabel)</label><select id=\"period\" name=\"period\">"
        for period in page.periods {
            html += "<option value=\"\(period.description)\"\(period == page.period ? " selected" : "")>\(l.period(period))</option>"
        }
        html += "</select></div><button type=\"submit\">\(l.showButton)</button></form>\n"
        html += "<div class=\"card report-status\"><p>\(l.reportStatusLabel): <span class=\"badge report-\(page.status.rawValue)\">\(l.reportStatus(page.status))</span></p>"
        for action in ReportAction.allCases where action.next(from: page.status) != nil && (action.needsApprover ? page.canApprove : page.canEnter) {
            html += "<form class=\"inline-action\" method=\"post\" action=\"\(IndicatorLinks.report(area: page.area, period: page.period, action: action))\">"
                + FormControls.csrfField(context)
            if action == .return {
                html += "<label class=\"visually-hidden\" for=\"return-reason\">\(l.reasonColumn)</label><input type=\"text\" id=\"return-reason\" name=\"reason\" placeholder=\"\(l.reasonColumn)\">"
            }
            html += "<button type=\"submit\"\(action == .return ? " class=\"secondary\"" : "")>\(l.reportAction(action))</button></form> "
        }
        html += "</div>\n"
        guard page.canEnter else {
            return PageLayout.render(title: l.indicatorEntryTitle, body: html + "<p class=\"readonly\" role=\"note\">\(l.entryReadOnly)</p>", context: context)
        }
        guard !page.rows.isEmpty else {
            return PageLayout.render(title: l.indicatorEntryTitle, body: html + "<p class=\"card muted\">\(l.noIndicatorsForPeriod)</p>", context: context)
        }
        html += "<form class=\"card indicator-entry\" method=\"post\" action=\"\(IndicatorLinks.entry)\">" + FormControls.csrfField(context)
        html += "<input type=\"hidden\" name=\"area\" value=\"\(page.area)\"><input type=\"hidden\" name=\"period\" value=\"\(page.period.description)\">"
        html += "<p class=\"hint\">\(l.entryIntro)</p>"
        if let error = page.formError { html += "<p class=\"error-text\" role=\"alert\">\(error)</p>" }
        html += "<div class=\"table-wrap\"><table class=\"entry\"><thead><tr>"
        html += [l.indicatorColumn, l.unitColumn, l.currentValue, l.newValue].map { "<th scope=\"col\">\($0)</th>" }.joined()
        html += "</tr></thead><tbody>"
        for row in page.rows {
            let d = row.definition
            let id = "v-\(d.code)"
            html += "<tr><th scope=\"row\"><label for=\"\(id)\">\(l.indicatorName(d))</label></th><td>\(d.unit)</td>"
            html += "<td class=\"num\">\(row.current.map { HTML(text: l.figure($0.value)) + " " + figureBadges($0, l) } ?? Badge.dash)</td>"
            html += "<td><input type=\"text\" inputmode=\"decimal\" id=\"\(id)\" name=\"v.\(d.code)\" value=\"\(row.typed)\" autocomplete=\"off\""
            if let error = row.error {
                html += " aria-invalid=\"true\" aria-describedby=\"\(id)-error\"><p class=\"error-text\" id=\"\(id)-error\">\(error)</p></td></tr>"
            } else {
                html += "></td></tr>"
            }
        }
        html += "</tbody></table></div>"
        html += "<div class=\"field\"><label for=\"status\">\(l.figureStatusColumn)</label><select id=\"status\" name=\"status\">"
        for status in FigureStatus.allCases { html += "<option value=\"\(status.rawValue)\">\(l.figureStatus(status))</option>" }
        html += "</select></div>"
        html += "<div class=\"field\"><label for=\"source\">\(l.sourceColumn)</label><input type=\"text\" id=\"source\" name=\"source\"></div>"
        html += "<div class=\"field\"><label for=\"note\">\(l.noteLabel)</label><input type=\"text\" id=\"note\" name=\"note\"></div>"
        if page.status != .draft {
            html += "<div class=\"field\"><label for=\"reason\">\(l.reasonLabel)</label><input type=\"text\" id=\"reason\" name=\"reason\"\(page.status == .locked ? " required" : "")></div>"
        }
        html += "<button type=\"submit\">\(l.saveFigures)</button></form>\n"
        return PageLayout.render(title: l.indicatorEntryTitle, body: html, context: context)
    }
}
