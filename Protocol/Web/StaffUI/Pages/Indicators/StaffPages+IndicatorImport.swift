import Indicators

extension StaffPages {
    /// Import of a statistics office's sheet (`/ui/indicators/import`). Without a preview: a
    /// multipart POST form (`csrf_token`, `area`, `status`, `source`, `file`) to the same path.
    /// With one: how many figures and targets were read and how many cells, a table of every
    /// cell that will not be written as it stands (reference, text, indicator, period, why —
    /// both readings of an ambiguous one), and a POST form to `/ui/indicators/import/confirm`
    /// (`csrf_token`, `pending`, `ambiguous`: vietnamese, english or skip). Nothing is written
    /// before that confirmation.
    public static func indicatorImport(_ page: IndicatorImportPage, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(IndicatorLinks.overview)\">\(l.backToIndicators)</a></p>\n<h1>\(l.importTitle)</h1>\n"
        if let error = page.error { html += "<p class=\"error-text card\" role=\"alert\">\(error)</p>" }
        guard let preview = page.preview else {
            html += "<form class=\"card\" method=\"post\" action=\"\(IndicatorLinks.importSheet)\" enctype=\"multipart/form-data\">" + FormControls.csrfField(context)
            html += "<p class=\"hint\">\(l.importIntro)</p>"
            html += areaField(page.areas, selected: page.area, context)
            html += "<div class=\"field\"><label for=\"status\">\(l.figureStatusColumn)</label><select id=\"status\" name=\"status\">"
            for status in FigureStatus.allCases { html += "<option value=\"\(status.rawValue)\">\(l.figureStatus(status))</option>" }
            html += "</select></div><div class=\"field\"><label for=\"source\">\(l.sourceColumn)</label><input type=\"text\" id=\"source\" name=\"source\"></div>"
            html += "<div class=\"field\"><label for=\"file\">\(l.importFile)</label><input type=\"file\" id=\"file\" name=\"file\" required "
                + "accept=\".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"></div>"
            html += "<button type=\"submit\">\(l.importPreviewButton)</button></form>\n"
            return PageLayout.render(title: l.importTitle, body: html, context: context)
        }
        html += "<div class=\"card\"><p><strong>\(preview.fileName)</strong> – \(l.areaName(page.area, districtName: context.districtName))</p>"
        html += "<p>\(l.importRead(figures: preview.figures, targets: preview.targets, cells: preview.cellsRead))</p>"
        html += preview.problems.isEmpty ? "<p>\(l.importNoProblems)</p>" : "<p class=\"error-text\">\(l.importProblemsCount(preview.problems.count))</p>"
        html += "</div>\n"
        if !preview.problems.isEmpty {
            html += "<div class=\"table-wrap\"><table class=\"import-problems\"><caption>\(l.importProblemsCaption)</caption><thead><tr>"
            html += [l.cellColumn, l.contentColumn, l.indicatorColumn, l.periodColumn, l.reasonColumn].map { "<th scope=\"col\">\($0)</th>" }.joined()
            html += "</tr></thead><tbody>"
            for p in preview.problems {
                html += "<tr><th scope=\"row\" class=\"code\">\(p.cell)</th><td>\(p.text)</td><td>\(p.indicator ?? "")</td><td>\(p.period ?? "")</td>"
                    + "<td>\(l.importProblem(p))</td></tr>"
            }
            html += "</tbody></table></div>\n"
        }
        html += "<form class=\"card\" method=\"post\" action=\"\(IndicatorLinks.importConfirm)\">" + FormControls.csrfField(context)
        html += "<input type=\"hidden\" name=\"pending\" value=\"\(preview.pendingID)\">"
        if preview.ambiguous > 0 {
            html += "<fieldset><legend>\(l.ambiguousChoice(preview.ambiguous))</legend>"
            for (choice, label) in [("vietnamese", l.ambiguousVietnamese), ("english", l.ambiguousEnglish), ("skip", l.ambiguousSkip)] {
                html += "<label><input type=\"radio\" name=\"ambiguous\" value=\"\(choice)\"\(choice == "vietnamese" ? " checked" : "")> \(label)</label>"
            }
            html += "</fieldset>"
        }
        html += "<button type=\"submit\">\(l.importConfirmButton)</button> <a href=\"\(IndicatorLinks.importSheet)\">\(l.importCancel)</a></form>\n"
        return PageLayout.render(title: l.importTitle, body: html, context: context)
    }
}
