import PublicServices
import Vietnam

/// What `/ui/dossiers/d/{code}` shows of one dossier.
public struct DossierPage: Sendable {
    public var line: DossierLine
    /// The applicant is masked for the reader (outside the owning unit).
    public var applicantMasked: Bool
    public var applicantErased: Bool

    public init(line: DossierLine, applicantMasked: Bool, applicantErased: Bool) {
        self.line = line
        self.applicantMasked = applicantMasked
        self.applicantErased = applicantErased
    }
}

extension StaffPages {
    /// One dossier: its facts, its deadline and state, its waits and the timeline of its
    /// processing steps.
    public static func dossier(_ page: DossierPage, context: PageContext) -> String {
        let l = context.localizer
        let d = page.line.dossier
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(DossierLinks.list(unit: d.unit))\">\(l.backToDossiers)</a></p>\n"
        html += "<h1>\(d.code) \(timelinessBadge(page.line.timeliness, l))</h1>\n<p class=\"lead\">\(d.procedure.name) (\(d.procedure.code))</p>\n"
        var facts: [(String, HTML)] = [
            (l.fieldColumn, "\(l.fieldName(d.field))"), (l.unitColumn2, "\(l.unitName(d.unit, districtName: context.districtName))"),
            (l.officeColumn, "\(d.handlingOffices.joined(separator: ", "))"), (l.channelColumn, "\(l.channel(d.channel))\(d.level.map { " – " + l.onlineLevel($0) } ?? "")"),
            (l.stateColumn, "\(l.dossierStatus(d.status))"), (l.receivedAtColumn, "\(l.moment(d.receivedAt))"),
        ]
        if let limit = d.timeLimitDays { facts.append((l.timeLimitLabel, "\(l.workingDays(limit))")) }
        facts.append((l.promisedColumn, "\(page.line.promisedDay.map(l.day) ?? "—")"))
        if page.line.daysOverdue > 0 { facts.append((l.daysOverdueColumn, "\(l.number(page.line.daysOverdue))")) }
        if let finished = d.finishedAt { facts.append((l.settledColumn, "\(l.moment(finished))")) }
        if let reason = d.refusalReason { facts.append((l.refusalLabel, "\(reason)")) }
        if let fee = d.feeAmount { facts.append((l.feeLabel, "\(l.number(Int(fee))) đ\(d.paidOnline == true ? " – " + l.paidOnlineLabel : "")")) }
        if let rating = d.rating { facts.append((l.ratingLabel, "\(l.dossierRating(rating))")) }
        let applicant: HTML =
            if page.applicantErased { "<span class=\"muted\">\(l.applicantErased)</span>" } else if let a = d.applicant {
                "\(a.name)\(a.idNumber.map { " · " + $0 } ?? "")\(a.phone.map { " · " + $0 } ?? "")\(a.address.map { " · " + $0 } ?? "")"
                    + (page.applicantMasked ? " <span class=\"muted\">\(l.applicantMasked)</span>" as HTML : "")
            } else { "—" }
        facts.append((l.applicantLabel, applicant))
        html += "<dl class=\"card details\">" + facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" as HTML }.joined() + "</dl>\n"
        if !d.waits.isEmpty {
            html += "<section class=\"card\"><h2>\(l.waitsTitle)</h2><ul>"
            for wait in d.waits {
                html += "<li>\(wait.kind == .supplement ? l.supplementColumn : l.timeliness(.waiting)): \(l.moment(wait.from)) – \(wait.until.map(l.moment) ?? "…")"
                    + "\(wait.reason.map { " (" + $0 + ")" } ?? "")</li>"
            }
            html += "</ul></section>\n"
        }
        html += "<section class=\"card\"><h2>\(l.timelineTitle)</h2><ol class=\"timeline\">"
        for step in d.steps {
            html += "<li><time datetime=\"\(VietnamTime.iso8601(VietnamTime.instant(millis: step.at)))\">\(l.moment(step.at))</time> "
                + "<strong>\(step.action)</strong> — \(step.office)\(step.officer.isEmpty ? "" : ", " + step.officer)</li>"
        }
        html += "</ol></section>\n"
        return PageLayout.render(title: d.code, body: html, context: context)
    }
}
