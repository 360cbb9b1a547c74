import CyberSecurity
import SiteProbes

/// What `/ui/security` shows: the wall grid of monitored sites (green, amber, red, with
/// each vantage point inside its tile), the open incidents, and the SOC summary (alerts by
/// band over the last 24 hours, top rules, hosts and MITRE techniques).
public struct SecurityOverviewPage: Sendable {
    public var statuses: [SiteStatus]
    public var incidents: [SiteIncident]
    public var alerts: [SecurityAlert]
    /// Events per hour by band, oldest first, for the last 24 hours.
    public var hourly: [(hour: Int64, counts: [SeverityBand: Int])]
    public var now: Int64
    /// At a node: what it measures itself, not the province's verdict.
    public var isDistrictCenter: Bool

    public init(
        statuses: [SiteStatus], incidents: [SiteIncident], alerts: [SecurityAlert], hourly: [(hour: Int64, counts: [SeverityBand: Int])], now: Int64,
        isDistrictCenter: Bool
    ) {
        self.statuses = statuses
        self.incidents = incidents
        self.alerts = alerts
        self.hourly = hourly
        self.now = now
        self.isDistrictCenter = isDistrictCenter
    }
}

extension StaffPages {
    public static func securityOverview(_ page: SecurityOverviewPage, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<h1>\(l.securityTitle)</h1>\n<p class=\"lead\">\(l.securityIntro)</p>\n"
        if page.isDistrictCenter { html += "<p class=\"note\">\(l.districtCenterNote)</p>\n" }
        html += "<nav class=\"tools\" aria-label=\"\(l.securityTitle)\"><ul><li><a href=\"#incidents\">\(l.openIncidentsHeading)</a></li>"
            + "<li><a href=\"#soc\">\(l.socSummaryHeading)</a></li><li><a href=\"\(SecurityLinks.availability)\">\(l.availabilityReportTitle)</a></li></ul></nav>\n"
        html += siteGrid(page.statuses, l, names: VantageNames(context), now: page.now)
        html += incidentTable(page.incidents, statuses: page.statuses, l, names: VantageNames(context), now: page.now, id: "incidents", heading: l.openIncidentsHeading)
        html += socSummary(page, l)
        return PageLayout.render(title: l.securityTitle, body: html, context: context, refreshSeconds: 30)
    }

    /// One tile per site: its colour and verdict in words, its owner, the hub's response
    /// time, the certificate, the page, and a chip per vantage point.
    static func siteGrid(_ statuses: [SiteStatus], _ l: Localizer, names: VantageNames, now: Int64) -> HTML {
        var html: HTML = "<section class=\"card\" aria-labelledby=\"sites-heading\"><h2 id=\"sites-heading\">\(l.sitesHeading)</h2>"
        guard !statuses.isEmpty else { return html + "<p>\(l.noSitesYet)</p></section>\n" }
        html += "<ul class=\"site-grid\">"
        for status in statuses {
            let hub = status.vantages.first { $0.name == SiteVantages.hubName }?.report ?? status.vantages.first(where: \.fresh)?.report
            html += "<li class=\"site-tile site-\(status.colour)\" data-site=\"\(status.site.code)\"><a class=\"site-name\" href=\"\(SecurityLinks.site(status.site.code))\">\(status.site.name)</a>"
                + "<span class=\"site-verdict\">\(l.siteVerdictName(status.verdict, names: names.list))</span>"
            if let page = status.page, page != .unchanged { html += "<span class=\"site-page\">\(l.pageLabel): \(l.pageVerdictName(page))</span>" }
            html += "<span class=\"site-meta\">\(status.site.owner)"
            if let hub, hub.health != .failed { html += " · \(l.number(Int(hub.totalMillis.rounded()))) ms" }
            if let days = hub?.certificateDays { html += " · \(l.certificateLabel) \(l.certificateDaysText(days))" }
            html += "</span><ul class=\"vantage-chips\" aria-label=\"\(l.vantagePointsLabel)\">"
            for vantage in status.vantages {
                let state = vantage.fresh ? vantage.report?.state.rawValue ?? "none" : "stale"
                let title = vantage.fresh ? l.vantageStateName(vantage.report?.state) : l.staleText
                html += "<li class=\"vantage vantage-\(state)\" title=\"\(title)\">\(names(vantage.name)) <span class=\"visually-hidden\">\(title)</span></li>"
            }
            html += "</ul></li>"
        }
        return html + "</ul></section>\n"
    }

    static func incidentTable(_ incidents: [SiteIncident], statuses: [SiteStatus], _ l: Localizer, names: VantageNames, now: Int64, id: String, heading: String) -> HTML {
        var html: HTML = "<section class=\"card\" id=\"\(id)\" aria-labelledby=\"\(id)-heading\"><h2 id=\"\(id)-heading\">\(heading)</h2>"
        guard !incidents.isEmpty else { return html + "<p>\(l.noOpenIncidents)</p></section>\n" }
        let siteNames = Dictionary(statuses.map { ($0.site.code, $0.site.name) }, uniquingKeysWith: { a, _ in a })
        html += "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">\(l.siteColumn)</th><th scope=\"col\">\(l.incidentKindColumn)</th>"
            + "<th scope=\"col\">\(l.startColumn)</th><th scope=\"col\">\(l.durationColumn)</th><th scope=\"col\">\(l.vantagePointsLabel)</th>"
            + "<th scope=\"col\">\(l.statusColumn)</th></tr></thead><tbody>"
        for incident in incidents {
            html += "<tr class=\"incident-\(incident.kind.rawValue)\"><th scope=\"row\"><a href=\"\(SecurityLinks.incident(incident.id))\">\(siteNames[incident.site] ?? incident.site)</a></th>"
                + "<td>\(l.incidentKindName(incident.kind))</td><td>\(l.moment(incident.start))</td><td>\(l.duration(seconds: incident.duration(at: now) / 1000))</td>"
                + "<td>\(names.list(incident.vantages))</td><td>\(l.incidentStatusName(incident.status))</td></tr>"
        }
        return html + "</tbody></table></div></section>\n"
    }

    static func socSummary(_ page: SecurityOverviewPage, _ l: Localizer) -> HTML {
        var html: HTML = "<section class=\"card\" id=\"soc\" aria-labelledby=\"soc-heading\"><h2 id=\"soc-heading\">\(l.socSummaryHeading)</h2>"
        let open = page.alerts.filter { $0.status.isOpen }
        html += "<ul class=\"tiles\">"
        for band in SeverityBand.allCases.reversed() {
            let count = open.filter { $0.band == band }.count
            html += tile(l.bandName(band), l.number(count), detail: l.openAlertsLabel, alert: band >= .high && count > 0)
        }
        html += tile(l.openAlertsLabel, l.number(open.count), detail: "\(l.number(open.filter { $0.isLate(at: page.now) }.count)) \(l.lateAlertsLabel)")
        html += "</ul>" + SecurityBandChart.render(page.hourly, l, now: page.now)
        func top(_ heading: String, _ column: String, _ rows: [(String, Int)]) -> HTML {
            var out: HTML = "<div class=\"top-list\"><h3>\(heading)</h3><table><thead><tr><th scope=\"col\">\(column)</th><th scope=\"col\">\(l.eventsColumn)</th></tr></thead><tbody>"
            for (name, count) in rows.prefix(8) { out += "<tr><th scope=\"row\">\(name)</th><td class=\"number\">\(l.number(count))</td></tr>" }
            return out + "</tbody></table></div>"
        }
        func ranked(_ key: (SecurityAlert) -> [String]) -> [(String, Int)] {
            var counts: [String: Int] = [:]
            for alert in page.alerts { for k in key(alert) where !k.isEmpty { counts[k, default: 0] += alert.count } }
            return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        }
        let titles = Dictionary(page.alerts.map { ("\($0.source.rawValue) \($0.rule)", $0.title) }, uniquingKeysWith: { a, _ in a })
        html += "<div class=\"top-lists\">"
            + top(l.topRulesHeading, l.ruleColumn, ranked { ["\($0.source.rawValue) \($0.rule)"] }.map { ("\($0.0) — \(titles[$0.0] ?? "")", $0.1) })
            + top(l.topHostsHeading, l.hostColumn, ranked { [$0.host] })
            + top(l.techniquesHeading, l.techniqueColumn, ranked { $0.techniques })
            + "</div></section>\n"
        return html
    }
}
