import PublicServices

/// What `/ui/dossiers` shows: the period's reporting table for the units visible (by unit,
/// or by field once a unit is chosen), today's overdue and due-soon counts, the twelve
/// months' trend and, at the hub, the map of overdue dossiers by district.
public struct DossiersOverviewPage: Sendable {
    public var unit: String?
    public var units: [String]
    public var table: DossierStatistics
    public var overdueNow: Int
    public var dueSoonNow: Int
    public var overdueByUnit: [String: Int]
    public var trend: [(DossierPeriod, DossierCounts)]
    public var canImport: Bool

    public init(
        unit: String?, units: [String], table: DossierStatistics, overdueNow: Int, dueSoonNow: Int, overdueByUnit: [String: Int],
        trend: [(DossierPeriod, DossierCounts)], canImport: Bool
    ) {
        self.unit = unit
        self.units = units
        self.table = table
        self.overdueNow = overdueNow
        self.dueSoonNow = dueSoonNow
        self.overdueByUnit = overdueByUnit
        self.trend = trend
        self.canImport = canImport
    }
}

extension StaffPages {
    /// The public-service overview: the province → unit → field drill-down.
    public static func dossiersOverview(_ page: DossiersOverviewPage, context: PageContext) -> String {
        let l = context.localizer
        let t = page.table.total
        let from = page.table.period.first.description, to = page.table.period.last.description
        var html: HTML = ""
        if let unit = page.unit, page.units.count > 1 {
            html += "<p class=\"breadcrumb\"><a href=\"\(DossierLinks.overview(unit: nil, from: from, to: to))\">\(l.backToDossiers)</a></p>\n"
            html += "<h1>\(l.dossiersTitle): \(l.unitName(unit, districtName: context.districtName))</h1>\n"
        } else {
            html += "<h1>\(l.dossiersTitle)</h1>\n<p class=\"lead\">\(l.dossiersIntro)</p>\n"
        }
        html += dossierTools(l, canImport: page.canImport, unit: page.unit)
        html += periodForm(l, action: DossierLinks.overview, unit: page.unit, from: from, to: to, grouping: nil)
        html += "<ul class=\"tiles dossier-tiles\">"
            + tile(l.receivedColumn, l.number(t.received), detail: "\(l.newOnlineColumn): \(l.number(t.newOnline))")
            + tile(l.inTimeShareColumn, l.share(t.inTimeShare), detail: "\(l.lateColumn): \(l.number(t.settledLate))")
            + tile(l.overdueColumn, l.number(page.overdueNow), detail: l.overdueTodayDetail, link: DossierLinks.list(unit: page.unit, state: Timeliness.overdue.rawValue), alert: page.overdueNow > 0)
            + tile(l.timeliness(.dueSoon), l.number(page.dueSoonNow), detail: l.dossierRiskTitle, link: DossierLinks.risk + DossierLinks.query(["unit": page.unit]))
            + tile(l.onlineShareColumn, l.share(t.onlineShare), detail: "\(l.onlinePaymentColumn): \(l.share(t.onlinePaymentShare))")
            + tile(l.satisfactionColumn, l.share(t.satisfactionShare), detail: "\(l.ratingLabel): \(l.number(t.ratings))")
            + "</ul>\n"
        html += countsTable(page.table, l, context: context, caption: "\(l.dossierStatisticsTitle) — \(l.grouping(page.table.grouping)), \(l.day(page.table.period.first)) – \(l.day(page.table.period.last))") { row in
            switch page.table.grouping {
            case .unit: DossierLinks.overview(unit: row.key, from: from, to: to)
            case .field: DossierLinks.list(unit: page.unit, field: row.key)
            default: nil
            }
        }
        html += DossierChart.render(page.trend, l)
        if page.unit == nil, page.units.count > 2 {
            let values = page.units.filter { $0 != "province" }.map { ($0, Double(page.overdueByUnit[$0] ?? 0) as Double?, l.number(page.overdueByUnit[$0] ?? 0)) }
            html += "<section class=\"card map\" aria-labelledby=\"dossier-map-heading\"><h2 id=\"dossier-map-heading\">\(l.overdueMapTitle)</h2>"
                + ProvinceMap.bubbles(title: l.overdueMapTitle, titleID: "dossier-map-title", values: values) + "</section>\n"
        }
        return PageLayout.render(title: l.dossiersTitle, body: html, context: context)
    }

    static func dossierTools(_ l: Localizer, canImport: Bool, unit: String?) -> HTML {
        var links: [(String, String)] = [
            (DossierLinks.risk + DossierLinks.query(["unit": unit]), l.dossierRiskTitle), (DossierLinks.statistics + DossierLinks.query(["unit": unit]), l.dossierStatisticsTitle),
            (DossierLinks.scores + DossierLinks.query(["unit": unit]), l.dossierScoresTitle), (DossierLinks.reports, l.overdueReportsTitle),
        ]
        if canImport { links.append((DossierLinks.importing, l.dossierImportTitle)) }
        return "<nav class=\"tools\" aria-label=\"\(l.dossiersTitle)\"><ul>" + links.map { "<li><a href=\"\($0.0)\">\($0.1)</a></li>" as HTML }.joined() + "</ul></nav>\n"
    }

    static func tile(_ label: String, _ value: String, detail: String, link: String? = nil, alert: Bool = false) -> HTML {
        let number: HTML = link.map { "<a href=\"\($0)\">\(value)</a>" } ?? "\(value)"
        return "<li class=\"tile\(alert ? " tile-alert" : "")\"><span class=\"tile-label\">\(label)</span><span class=\"tile-value\">\(number)</span><span class=\"tile-detail\">\(detail)</span></li>"
    }

    /// The period chooser of the overview and the table (GET form).
    static func periodForm(_ l: Localizer, action: String, unit: String?, from: String, to: String, grouping: DossierStatistics.Grouping?) -> HTML {
        var html: HTML = "<form class=\"filters card\" method=\"get\" action=\"\(action)\">"
        if let unit { html += "<input type=\"hidden\" name=\"unit\" value=\"\(unit)\">" }
        html += "<label>\(l.periodFrom) <input type=\"date\" name=\"from\" value=\"\(from)\"></label>"
            + "<label>\(l.periodTo) <input type=\"date\" name=\"to\" value=\"\(to)\"></label>"
        if let grouping {
            html += "<label>\(l.groupBy) <select name=\"group\">"
                + DossierStatistics.Grouping.allCases.map { "<option value=\"\($0.rawValue)\"\(HTML.selected($0 == grouping))>\(l.grouping($0))</option>" as HTML }.joined()
                + "</select></label>"
        }
        return html + "<button type=\"submit\">\(l.show)</button></form>\n"
    }

    /// The reporting table (form 06a's columns and the monitoring's), one row per group and
    /// the total; `link` makes a row's name a link.
    static func countsTable(_ table: DossierStatistics, _ l: Localizer, context: PageContext, caption: String, link: (DossierStatistics.Row) -> String?) -> HTML {
        var html: HTML = "<div class=\"table-wrap\"><table class=\"dossier-counts\"><caption>\(caption)</caption><thead><tr>"
            + "<th scope=\"col\" rowspan=\"2\">\(l.grouping(table.grouping))</th><th scope=\"colgroup\" colspan=\"4\">\(l.receivedColumn)</th>"
            + "<th scope=\"colgroup\" colspan=\"4\">\(l.settledColumn)</th><th scope=\"colgroup\" colspan=\"3\">\(l.processingColumn)</th>"
            + "<th scope=\"col\" rowspan=\"2\">\(l.pausedColumn)</th><th scope=\"col\" rowspan=\"2\">\(l.refusedWithdrawnColumn)</th>"
            + "<th scope=\"col\" rowspan=\"2\">\(l.supplementColumn)</th><th scope=\"col\" rowspan=\"2\">\(l.onlineShareColumn)</th>"
            + "<th scope=\"col\" rowspan=\"2\">\(l.onlinePaymentColumn)</th></tr><tr>"
        for label in [l.totalRow, l.carriedOverColumn, l.newOnlineColumn, l.newInPersonColumn, l.totalRow, l.earlyColumn, l.onTimeColumn, l.lateColumn,
            l.totalRow, l.withinDeadlineColumn, l.overdueColumn]
        {
            html += "<th scope=\"col\">\(label)</th>"
        }
        html += "</tr></thead><tbody>"
        func cells(_ c: DossierCounts) -> HTML {
            let values = [c.received, c.carriedOver, c.newOnline, c.newInPerson + c.newPostal, c.settled, c.settledEarly, c.settledOnTime, c.settledLate,
                c.processing, c.processingWithinDeadline, c.processingOverdue, c.paused, c.refusedOrWithdrawn, c.supplementRequests]
            return values.map { "<td class=\"number\">\(l.number($0))</td>" as HTML }.joined()
                + "<td class=\"number\">\(l.share(c.onlineShare))</td><td class=\"number\">\(l.share(c.onlinePaymentShare))</td>"
        }
        for row in table.rows {
            let name = table.grouping == .unit ? l.unitName(row.key, districtName: context.districtName) : row.name
            let head: HTML = link(row).map { "<a href=\"\($0)\">\(name)</a>" } ?? "\(name)"
            html += "<tr\(row.counts.processingOverdue > 0 ? " class=\"row-alert\"" : "")><th scope=\"row\">\(head)</th>" + cells(row.counts) + "</tr>"
        }
        html += "</tbody><tfoot><tr><th scope=\"row\">\(l.totalRow)</th>" + cells(table.total) + "</tr></tfoot></table></div>\n"
        return html
    }
}
