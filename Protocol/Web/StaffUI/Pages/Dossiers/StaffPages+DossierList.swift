import PublicServices
import Vietnam

/// One dossier as a list shows it, with its deadline read now.
public struct DossierLine: Sendable {
    public var dossier: Dossier
    public var timeliness: Timeliness
    public var promisedDay: CivilDate?
    public var daysOverdue: Int

    public init(dossier: Dossier, timeliness: Timeliness, promisedDay: CivilDate?, daysOverdue: Int) {
        self.dossier = dossier
        self.timeliness = timeliness
        self.promisedDay = promisedDay
        self.daysOverdue = daysOverdue
    }
}

extension StaffPages {
    /// A list of dossiers (`/ui/dossiers/list` and the risk queue): code linked to its page,
    /// procedure, field, unit, received, promised day, state badge and working days overdue.
    public static func dossierList(
        title: String, intro: String?, lines: [DossierLine], total: Int, context: PageContext, emptyText: String, backLink: String = DossierLinks.overview
    ) -> String {
        let l = context.localizer
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(backLink)\">\(l.backToDossiers)</a></p>\n<h1>\(title)</h1>\n"
        if let intro { html += "<p class=\"lead\">\(intro)</p>\n" }
        guard !lines.isEmpty else { return PageLayout.render(title: title, body: html + "<p class=\"card\">\(emptyText)</p>", context: context) }
        if total > lines.count { html += "<p class=\"muted\">\(l.number(lines.count)) / \(l.number(total))</p>" }
        html += "<div class=\"table-wrap\"><table class=\"dossiers\"><thead><tr>"
        html += [l.dossierCodeColumn, l.procedureColumn, l.fieldColumn, l.unitColumn2, l.receivedAtColumn, l.promisedColumn, l.stateColumn, l.daysOverdueColumn]
            .map { "<th scope=\"col\">\($0)</th>" as HTML }.joined()
        html += "</tr></thead><tbody>"
        for line in lines {
            let d = line.dossier
            html += "<tr\(line.timeliness == .overdue ? " class=\"row-alert\"" : "")><th scope=\"row\"><a href=\"\(DossierLinks.dossier(d.code))\">\(d.code)</a></th>"
                + "<td>\(d.procedure.name)</td><td>\(l.fieldName(d.field))</td><td>\(l.unitName(d.unit, districtName: context.districtName))</td>"
                + "<td>\(l.day(VietnamTime.date(millis: d.receivedAt)))</td><td>\(line.promisedDay.map(l.day) ?? "—")</td>"
                + "<td>\(timelinessBadge(line.timeliness, l))</td><td class=\"number\">\(line.daysOverdue > 0 ? l.number(line.daysOverdue) : "")</td></tr>"
        }
        html += "</tbody></table></div>\n"
        return PageLayout.render(title: title, body: html, context: context)
    }

    static func timelinessBadge(_ t: Timeliness, _ l: Localizer) -> HTML {
        let cls =
            switch t {
            case .overdue, .late: "due-overdue"
            case .dueSoon: "due-soon"
            case .waiting: "due-paused"
            default: "due-ok"
            }
        return "<span class=\"badge \(cls)\">\(l.timeliness(t))</span>"
    }
}
