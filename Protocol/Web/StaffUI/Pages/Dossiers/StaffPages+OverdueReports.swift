import PublicServices
import Vietnam

extension StaffPages {
    /// The weekly reports of the units visible (`/ui/dossiers/reports`), newest first, with
    /// their counts and who read them; at the hub a button issues this week's reports now.
    public static func overdueReports(_ records: [DossierDesk.ReportRecord], canIssue: Bool, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(DossierLinks.overview)\">\(l.backToDossiers)</a></p>\n<h1>\(l.overdueReportsTitle)</h1>\n"
        if canIssue {
            html += "<form method=\"post\" action=\"\(DossierLinks.reports)/issue\">\(FormControls.csrfField(context))<button type=\"submit\">\(l.issueNow)</button></form>\n"
        }
        guard !records.isEmpty else { return PageLayout.render(title: l.overdueReportsTitle, body: html + "<p class=\"card\">\(l.noReports)</p>", context: context) }
        html += "<div class=\"table-wrap\"><table class=\"reports\"><thead><tr>"
            + [l.reportNumber, l.reportWeek, l.reportRecipient, l.overdueColumn, l.timeliness(.dueSoon), l.readColumn].map { "<th scope=\"col\">\($0)</th>" as HTML }.joined()
            + "</tr></thead><tbody>"
        for record in records {
            let r = record.report
            html += "<tr\(record.reading == nil ? " class=\"row-unread\"" : "")><th scope=\"row\"><a href=\"\(DossierLinks.report(r.id))\">\(r.number)</a></th>"
                + "<td>\(r.week.first) – \(r.week.last)</td><td>\(r.recipient)</td><td class=\"number\">\(l.number(r.overdue))</td><td class=\"number\">\(l.number(r.dueSoon))</td>"
                + "<td>\(record.reading.map { l.readBy($0.by, at: l.moment($0.at)) } ?? l.unread)</td></tr>"
        }
        html += "</tbody></table></div>\n"
        return PageLayout.render(title: l.overdueReportsTitle, body: html, context: context)
    }

    /// One weekly report as the document it is: number, date, sender, recipient, subject, the
    /// summary by field and office, the dossiers; printable, downloadable, and marked read by
    /// the reader's unit.
    public static func overdueReport(_ record: DossierDesk.ReportRecord, canAcknowledge: Bool, context: PageContext) -> String {
        let l = context.localizer
        let r = record.report
        var html: HTML = "<p class=\"breadcrumb no-print\"><a href=\"\(DossierLinks.reports)\">‹ \(l.overdueReportsTitle)</a></p>\n"
        html += "<article class=\"official-document card\"><header><p class=\"sender\">\(r.sender)</p>"
            + "<p class=\"number\">\(l.reportNumber): \(r.number)</p><p class=\"date\">\(l.reportIssued): \(l.moment(r.issuedAt))</p>"
            + "<h1>\(l.overdueReportsTitle)</h1><p class=\"subject\">\(l.reportSubject)</p>"
            + "<p class=\"recipient\">\(l.reportRecipient): \(r.recipient)</p><p>\(l.reportWeek): \(r.week.first) – \(r.week.last)</p></header>\n"
        html += "<p class=\"summary\">\(l.reportSummary(overdue: r.overdue, dueSoon: r.dueSoon, window: r.dueSoonDays))</p>\n"
        if !r.entries.isEmpty {
            html += "<h2>\(l.reportLinesTitle)</h2><div class=\"table-wrap\"><table><thead><tr>"
                + [l.fieldColumn, l.officeColumn, l.overdueColumn, l.timeliness(.dueSoon), l.daysOverdueColumn].map { "<th scope=\"col\">\($0)</th>" as HTML }.joined()
                + "</tr></thead><tbody>"
            for line in r.lines {
                html += "<tr><th scope=\"row\">\(l.fieldName(line.field))</th><td>\(line.office)</td><td class=\"number\">\(l.number(line.overdue))</td>"
                    + "<td class=\"number\">\(l.number(line.dueSoon))</td><td class=\"number\">\(l.number(line.mostDaysOverdue))</td></tr>"
            }
            html += "</tbody></table></div>\n<h2>\(l.reportEntriesTitle)</h2><div class=\"table-wrap\"><table><thead><tr>"
                + [l.dossierCodeColumn, l.procedureColumn, l.fieldColumn, l.officeColumn, l.receivedAtColumn, l.promisedColumn, l.stateColumn, l.daysOverdueColumn]
                .map { "<th scope=\"col\">\($0)</th>" as HTML }.joined() + "</tr></thead><tbody>"
            for e in r.entries {
                html += "<tr><th scope=\"row\"><a href=\"\(DossierLinks.dossier(e.code))\">\(e.code)</a></th><td>\(e.procedure)</td><td>\(l.fieldName(e.field))</td>"
                    + "<td>\(e.office)</td><td>\(l.day(VietnamTime.date(millis: e.receivedAt)))</td><td>\(CivilDate(iso: e.promisedDay).map(l.day) ?? e.promisedDay)</td>"
                    + "<td>\(timelinessBadge(e.timeliness, l))</td><td class=\"number\">\(e.daysOverdue > 0 ? l.number(e.daysOverdue) : "")</td></tr>"
            }
            html += "</tbody></table></div>\n"
        }
        html += "</article>\n<p class=\"no-print downloads\"><a href=\"\(DossierLinks.report(r.id))?format=csv\">CSV</a> · <a href=\"\(DossierLinks.report(r.id))?format=xlsx\">XLSX</a></p>\n"
        if let reading = record.reading {
            html += "<p class=\"card read-mark\">\(l.readBy(reading.by, at: l.moment(reading.at)))</p>\n"
        } else {
            html += "<p class=\"card unread-mark\">\(l.unread)</p>\n"
            if canAcknowledge {
                html += "<form class=\"no-print\" method=\"post\" action=\"\(DossierLinks.reportRead(r.id))\">\(FormControls.csrfField(context))"
                    + "<button type=\"submit\">\(l.readAction)</button></form>\n"
            }
        }
        return PageLayout.render(title: "\(l.overdueReportsTitle) \(r.number)", body: html, context: context)
    }

    /// The import form of the hub (`/ui/dossiers/import`).
    public static func dossierImport(result: String?, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(DossierLinks.overview)\">\(l.backToDossiers)</a></p>\n<h1>\(l.dossierImportTitle)</h1>\n"
            + "<p class=\"lead\">\(l.dossierImportIntro)</p>\n"
        if let result { html += "<p class=\"card\" role=\"status\">\(result)</p>\n" }
        html += "<form class=\"card\" method=\"post\" action=\"\(DossierLinks.importing)\" enctype=\"multipart/form-data\">\(FormControls.csrfField(context))"
            + "<label>\(l.dossierImportTitle) <input type=\"file\" name=\"file\" accept=\".json,.csv,.xlsx\" required></label>"
            + "<button type=\"submit\">\(l.show)</button></form>\n"
        return PageLayout.render(title: l.dossierImportTitle, body: html, context: context)
    }
}
