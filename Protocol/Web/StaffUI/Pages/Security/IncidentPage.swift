import CyberSecurity

/// What `/ui/security/incidents/{id}` shows: the incident with its site, the vantage points
/// that saw it, the SOC alerts on the site's hosts near it (one story), its history; at the
/// hub, the forms that add a note and resolve it.
public struct IncidentPage: Sendable {
    public var incident: SiteIncident
    public var site: MonitoredSite?
    public var alerts: [SecurityAlert]
    public var canHandle: Bool
    public var now: Int64

    public init(incident: SiteIncident, site: MonitoredSite?, alerts: [SecurityAlert], canHandle: Bool, now: Int64) {
        self.incident = incident
        self.site = site
        self.alerts = alerts
        self.canHandle = canHandle
        self.now = now
    }
}

extension StaffPages {
    public static func incident(_ page: IncidentPage, context: PageContext) -> String {
        let l = context.localizer
        let i = page.incident
        let name = page.site?.name ?? i.site
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(SecurityLinks.overview)\">\(l.securityTitle)</a> › <a href=\"\(SecurityLinks.site(i.site))\">\(name)</a></p>\n"
            + "<h1>\(l.incidentKindName(i.kind)) — \(name)</h1>\n"
        html += DetailList([
            (l.statusColumn, "\(l.incidentStatusName(i.status))"), (l.startColumn, "\(l.moment(i.start))"), (l.endColumn, "\(i.end.map { l.moment($0) } ?? "—")"),
            (l.durationColumn, "\(l.duration(seconds: i.duration(at: page.now) / 1000))"), (l.vantagePointsLabel, "\(VantageNames(context).list(i.vantages))"),
            (l.detailColumn, "\(i.detail.isEmpty ? "—" : i.detail)"), (l.ownerLabel, "\(page.site?.owner ?? "—")"),
        ]).render()
        html += "<section class=\"card\" aria-labelledby=\"joined-heading\"><h2 id=\"joined-heading\">\(l.joinedAlertsHeading)</h2>"
        if page.alerts.isEmpty {
            html += "<p>\(l.noJoinedAlerts)</p>"
        } else {
            html += "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">\(l.ruleColumn)</th><th scope=\"col\">\(l.hostColumn)</th><th scope=\"col\">\(l.bandColumn)</th>"
                + "<th scope=\"col\">\(l.eventsColumn)</th><th scope=\"col\">\(l.startColumn)</th><th scope=\"col\">\(l.statusColumn)</th></tr></thead><tbody>"
            for a in page.alerts {
                html += "<tr><th scope=\"row\">\(a.source.rawValue) \(a.rule) — \(a.title)</th><td>\(a.host)</td><td><span class=\"badge band-\(a.band.code)\">\(l.bandName(a.band))</span></td>"
                    + "<td class=\"number\">\(l.number(a.count))</td><td>\(l.moment(a.firstSeen))</td><td>\(l.alertStatusName(a.status))</td></tr>"
            }
            html += "</tbody></table></div>"
        }
        html += "</section>\n<section class=\"card\" aria-labelledby=\"history-heading\"><h2 id=\"history-heading\">\(l.historyHeading)</h2><ol class=\"history\">"
            + "<li>\(l.moment(i.start)) — \(i.openedBy)</li>" + i.notes.map { "<li>\(l.moment($0.at)) — \($0.by): \($0.text)</li>" as HTML }.joined() + "</ol>"
        if page.canHandle {
            html += "<form class=\"inline-form no-print\" method=\"post\" action=\"\(SecurityLinks.incident(i.id))\">\(FormControls.csrfField(context))"
                + "<label>\(l.noteLabel) <input type=\"text\" name=\"note\" maxlength=\"2000\"></label>"
                + "<button type=\"submit\" name=\"action\" value=\"note\">\(l.addNoteButton)</button>"
            if i.isOpen { html += "<button type=\"submit\" name=\"action\" value=\"resolve\">\(l.resolveIncidentButton)</button>" }
            html += "</form>"
        }
        return PageLayout.render(title: l.incidentKindName(i.kind), body: html + "</section>\n", context: context)
    }
}
