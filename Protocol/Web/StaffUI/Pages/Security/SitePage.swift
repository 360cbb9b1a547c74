import CyberSecurity
import SiteProbes

/// What `/ui/security/sites/{code}` shows: every vantage point's last report with the
/// phases of its request, the availability over 24 h, 7 d, 30 d and 90 d, the hourly
/// response time, the page against its baseline with the lines added and removed, the
/// site's incidents; at the hub, the forms that approve a baseline and open an incident.
public struct SitePage: Sendable {
    public var status: SiteStatus
    public var availability: [(label: String, share: Double)]
    public var hours: [ProbeHour]
    public var baseline: ObservedPage?
    public var latestPage: ObservedPage?
    public var incidents: [SiteIncident]
    /// The last 24 hours of the site's access logs.
    public var traffic: [TrafficHour]
    public var canHandle: Bool
    public var now: Int64

    public init(
        status: SiteStatus, availability: [(label: String, share: Double)], hours: [ProbeHour], baseline: ObservedPage?, latestPage: ObservedPage?,
        incidents: [SiteIncident], traffic: [TrafficHour] = [], canHandle: Bool, now: Int64
    ) {
        self.status = status
        self.availability = availability
        self.hours = hours
        self.baseline = baseline
        self.latestPage = latestPage
        self.incidents = incidents
        self.traffic = traffic
        self.canHandle = canHandle
        self.now = now
    }
}

extension StaffPages {
    public static func site(_ page: SitePage, context: PageContext) -> String {
        let l = context.localizer
        let site = page.status.site
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(SecurityLinks.overview)\">\(l.securityTitle)</a></p>\n"
            + "<h1>\(site.name)</h1>\n<p class=\"lead\"><span class=\"badge site-\(page.status.colour)\">\(l.siteVerdictName(page.status.verdict, names: VantageNames(context).list))</span> "
            + "<a href=\"\(site.url)\" rel=\"noopener noreferrer\">\(site.url)</a> · \(l.ownerLabel): \(site.owner)</p>\n"
        html += "<ul class=\"tiles\">"
        for (label, share) in page.availability { html += tile("\(l.availabilityHeading) \(l.availabilityWindow(label))", l.share(share), detail: "") }
        html += "</ul>\n"
        html += vantageTable(page.status, l, names: VantageNames(context))
        html += ResponseChart.render(page.hours, l, now: page.now)
        html += pageSection(page, l, context: context)
        html += trafficSection(page.traffic, l)
        html += incidentTable(page.incidents, statuses: [page.status], l, names: VantageNames(context), now: page.now, id: "site-incidents", heading: l.incidentsHeading)
        return PageLayout.render(title: site.name, body: html, context: context, refreshSeconds: 60)
    }

    static func vantageTable(_ status: SiteStatus, _ l: Localizer, names: VantageNames) -> HTML {
        var html: HTML = "<section class=\"card\" aria-labelledby=\"vantages-heading\"><h2 id=\"vantages-heading\">\(l.vantagePointsLabel)</h2><div class=\"table-wrap\"><table>"
            + "<thead><tr><th scope=\"col\">\(l.vantagePointsLabel)</th><th scope=\"col\">\(l.statusColumn)</th><th scope=\"col\">\(l.startColumn)</th>"
            + "<th scope=\"col\">\(l.lastCheckLabel)</th><th scope=\"col\">HTTP</th><th scope=\"col\">\(l.responseTimeLabel)</th>"
            + "<th scope=\"col\">DNS · TCP · TLS · TTFB (ms)</th><th scope=\"col\">\(l.certificateLabel)</th><th scope=\"col\">\(l.pageLabel)</th></tr></thead><tbody>"
        for vantage in status.vantages {
            guard let r = vantage.report else {
                html += "<tr><th scope=\"row\">\(names(vantage.name))</th><td colspan=\"8\">\(l.vantageStateName(nil))</td></tr>"
                continue
            }
            var state: HTML = "<span class=\"badge vantage-\(r.state.rawValue)\">\(l.vantageStateName(r.state))</span>"
            if !vantage.fresh { state += " <span class=\"muted\">(\(l.staleText))</span>" }
            if r.maintenance { state += " <span class=\"muted\">(\(l.maintenanceText))</span>" }
            if !r.reasons.isEmpty { state += "<br><small>\(r.reasons.joined(separator: ", "))</small>" }
            if let address = r.address { state += "<br><small>\(l.addressLabel): <code>\(address)</code></small>" }
            let phases = [r.dnsMillis, r.connectMillis, r.tlsMillis, r.firstByteMillis].map { $0.map { l.number(Int($0.rounded())) } ?? "—" }.joined(separator: " · ")
            var certificate = r.certificateDays.map { l.certificateDaysText($0) } ?? "—"
            if r.certificateValid == false { certificate += ", \(l.certificateInvalidText)" }
            html += "<tr><th scope=\"row\">\(names(vantage.name))</th><td>\(state)</td><td>\(r.since.map { l.moment($0) } ?? "—")</td><td>\(l.moment(r.checkedAt))</td>"
                + "<td>\(r.status.map { String($0) } ?? r.failure ?? "—")</td><td class=\"number\">\(l.number(Int(r.totalMillis.rounded()))) ms</td>"
                + "<td>\(phases)</td><td>\(certificate)</td><td>\(l.pageVerdictName(r.page))</td></tr>"
        }
        return html + "</tbody></table></div></section>\n"
    }

    /// Requests, client and server errors per hour and the most requested paths, from the access logs.
    static func trafficSection(_ hours: [TrafficHour], _ l: Localizer) -> HTML {
        var html: HTML = "<section class=\"card\" aria-labelledby=\"traffic-heading\"><h2 id=\"traffic-heading\">\(l.webTrafficHeading)</h2>"
        guard !hours.isEmpty else { return html + "<p>\(l.noAccessLogs)</p></section>\n" }
        html += "<div class=\"top-lists\"><div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">\(l.hourColumn)</th><th scope=\"col\">\(l.requestsColumn)</th>"
            + "<th scope=\"col\">4xx</th><th scope=\"col\">5xx</th></tr></thead><tbody>"
        for hour in hours.suffix(24).reversed() {
            html += "<tr\(hour.serverErrors > 0 ? " class=\"row-alert\"" : "")><th scope=\"row\">\(l.moment(hour.hour))</th><td class=\"number\">\(l.number(hour.requests))</td>"
                + "<td class=\"number\">\(l.number(hour.clientErrors))</td><td class=\"number\">\(l.number(hour.serverErrors))</td></tr>"
        }
        html += "</tbody></table></div><div class=\"top-list\"><h3>\(l.topPathsHeading)</h3><table><thead><tr><th scope=\"col\">\(l.pathColumn)</th>"
            + "<th scope=\"col\">\(l.requestsColumn)</th></tr></thead><tbody>"
        for (path, requests) in TrafficHour.topPaths(hours, count: 10) {
            html += "<tr><th scope=\"row\"><code>\(path)</code></th><td class=\"number\">\(l.number(requests))</td></tr>"
        }
        return html + "</tbody></table></div></div></section>\n"
    }

    static func pageSection(_ page: SitePage, _ l: Localizer, context: PageContext) -> HTML {
        let code = page.status.site.code
        var html: HTML = "<section class=\"card\" aria-labelledby=\"page-heading\"><h2 id=\"page-heading\">\(l.baselineHeading)</h2>"
        if let baseline = page.baseline {
            html += "<p>\(l.baselineApproved(by: baseline.by ?? "—", at: l.moment(baseline.at))) <code>\(String(baseline.fingerprint.domHash.prefix(16)))</code></p>"
        } else {
            html += "<p>\(l.noBaselineYet)</p>"
        }
        let changed = page.status.vantages.compactMap(\.report).first { $0.page == .changed || $0.page == .likelyDefaced }
        if let changed {
            html += "<h3>\(l.pageChangesHeading): \(l.pageVerdictName(changed.page)) (\(l.share(changed.pageRatio)))</h3><div class=\"page-diff\">"
                + "<div><h4>\(l.linesRemovedLabel)</h4><ul class=\"diff-removed\">" + changed.pageRemoved.map { "<li>\($0)</li>" as HTML }.joined() + "</ul></div>"
                + "<div><h4>\(l.linesAddedLabel)</h4><ul class=\"diff-added\">" + changed.pageAdded.map { "<li>\($0)</li>" as HTML }.joined() + "</ul></div></div>"
        }
        if page.canHandle, let latest = page.latestPage, latest.fingerprint.domHash != page.baseline?.fingerprint.domHash {
            html += "<form class=\"inline-form no-print\" method=\"post\" action=\"\(SecurityLinks.baseline(code))\">\(FormControls.csrfField(context))"
                + "<input type=\"hidden\" name=\"domHash\" value=\"\(latest.fingerprint.domHash)\"><button type=\"submit\">\(l.approveBaselineButton)</button></form>"
        }
        if page.canHandle, changed != nil {
            html += "<form class=\"inline-form no-print\" method=\"post\" action=\"\(SecurityLinks.openIncident(code))\">\(FormControls.csrfField(context))"
                + "<label>\(l.noteLabel) <input type=\"text\" name=\"note\" maxlength=\"2000\"></label><button type=\"submit\">\(l.openIncidentButton)</button></form>"
        }
        return html + "</section>\n"
    }
}
