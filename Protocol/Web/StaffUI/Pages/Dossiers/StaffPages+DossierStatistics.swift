import PublicServices

extension StaffPages {
    /// The reporting table of a period (`/ui/dossiers/statistics`), grouped as asked, with
    /// its CSV and XLSX downloads.
    public static func dossierStatistics(_ table: DossierStatistics, unit: String?, context: PageContext) -> String {
        let l = context.localizer
        let from = table.period.first.description, to = table.period.last.description
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(DossierLinks.overview(unit: unit))\">\(l.backToDossiers)</a></p>\n<h1>\(l.dossierStatisticsTitle)</h1>\n"
        html += "<p class=\"muted\">Biểu mẫu 06a/VPCP/KSTT, Thông tư 01/2020/TT-VPCP</p>\n"
        html += periodForm(l, action: DossierLinks.statistics, unit: unit, from: from, to: to, grouping: table.grouping)
        let query = ["unit": unit, "from": from, "to": to, "group": table.grouping.rawValue]
        html += "<p class=\"downloads\"><a href=\"\(DossierLinks.statistics + DossierLinks.query(query.merging(["format": "csv"]) { a, _ in a }))\">CSV</a> · "
            + "<a href=\"\(DossierLinks.statistics + DossierLinks.query(query.merging(["format": "xlsx"]) { a, _ in a }))\">XLSX</a></p>\n"
        html += countsTable(table, l, context: context, caption: "\(l.day(table.period.first)) – \(l.day(table.period.last))") { row in
            switch table.grouping {
            case .unit: DossierLinks.statistics + DossierLinks.query(["unit": row.key, "from": from, "to": to, "group": "field"])
            case .field: DossierLinks.list(unit: unit, field: row.key)
            default: nil
            }
        }
        return PageLayout.render(title: l.dossierStatisticsTitle, body: html, context: context)
    }
}
