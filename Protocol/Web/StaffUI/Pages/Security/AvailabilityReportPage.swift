import CyberSecurity
import Vietnam

/// What `/ui/security/availability` shows: one month's availability of every monitored
/// site, grouped by its owner, printable and exportable (CSV, XLSX).
public struct AvailabilityReportPage: Sendable {
    public struct Row: Sendable {
        public var site: MonitoredSite
        public var availability: SiteAvailability

        public init(site: MonitoredSite, availability: SiteAvailability) {
            self.site = site
            self.availability = availability
        }
    }

    /// `YYYY-MM`.
    public var month: String
    public var rows: [Row]

    public init(month: String, rows: [Row]) {
        self.month = month
        self.rows = rows
    }

    /// The rows by owner, owners in order.
    public var byOwner: [(owner: String, rows: [Row])] {
        Dictionary(grouping: rows, by: \.site.owner).sorted { $0.key < $1.key }.map { ($0.key, $0.value.sorted { $0.site.code < $1.site.code }) }
    }
}

extension StaffPages {
    public static func availabilityReport(_ page: AvailabilityReportPage, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<p class=\"breadcrumb no-print\"><a href=\"\(SecurityLinks.overview)\">\(l.securityTitle)</a></p>\n"
            + "<h1>\(l.availabilityReportTitle) — \(page.month)</h1>\n"
            + "<form class=\"filters card no-print\" method=\"get\" action=\"\(SecurityLinks.availability)\"><label>\(l.monthLabel) "
            + "<input type=\"month\" name=\"month\" value=\"\(page.month)\"></label><button type=\"submit\">\(l.show)</button> "
            + "<a href=\"\(SecurityLinks.availability(month: page.month, format: "csv"))\">\(l.downloadCSV)</a> · "
            + "<a href=\"\(SecurityLinks.availability(month: page.month, format: "xlsx"))\">\(l.downloadXLSX)</a></form>\n"
        html += "<div class=\"table-wrap\"><table class=\"availability\"><thead><tr><th scope=\"col\">\(l.ownerLabel)</th><th scope=\"col\">\(l.siteColumn)</th>"
            + "<th scope=\"col\">\(l.availabilityHeading)</th><th scope=\"col\">\(l.downtimeColumn)</th><th scope=\"col\">\(l.outagesColumn)</th>"
            + "<th scope=\"col\">\(l.maintenanceColumn)</th></tr></thead><tbody>"
        for (owner, rows) in page.byOwner {
            for (index, row) in rows.enumerated() {
                let a = row.availability
                html += "<tr\(a.share < 0.99 ? " class=\"row-alert\"" : "")>" + (index == 0 ? "<th scope=\"rowgroup\" rowspan=\"\(rows.count)\">\(owner)</th>" as HTML : "")
                    + "<td><a href=\"\(SecurityLinks.site(row.site.code))\">\(row.site.name)</a></td><td class=\"number\">\(l.availabilityShare(a.share))</td>"
                    + "<td class=\"number\">\(l.duration(seconds: a.downMillis / 1000))</td><td class=\"number\">\(l.number(a.outages))</td>"
                    + "<td class=\"number\">\(l.duration(seconds: a.maintenanceMillis / 1000))</td></tr>"
            }
        }
        html += "</tbody></table></div>\n"
        return PageLayout.render(title: "\(l.availabilityReportTitle) \(page.month)", body: html, context: context)
    }
}
