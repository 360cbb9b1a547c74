import Indicators

extension StaffPages {
    /// What districts owe (`/ui/indicators/missing`): at the hub every district, at a node its
    /// own. Counts of overdue and due-soon figures per district, then a table — due date,
    /// district, indicator linked to the entry of that period, period, overdue or due-soon
    /// badge — oldest deadline first.
    public static func indicatorOwed(_ owed: [OwedReport], definitions: [IndicatorDefinition], context: PageContext) -> String {
        let l = context.localizer
        let names = Dictionary(definitions.map { ($0.code, l.indicatorName($0)) }, uniquingKeysWith: { a, _ in a })
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(IndicatorLinks.overview)\">\(l.backToIndicators)</a></p>\n<h1>\(l.owedTitle)</h1>\n"
        guard !owed.isEmpty else { return PageLayout.render(title: l.owedTitle, body: html + "<p class=\"card\">\(l.nothingOwed)</p>", context: context) }
        let byArea = Dictionary(grouping: owed, by: \.area)
        html += "<ul class=\"owed-summary card\">"
        for area in byArea.keys.sorted() {
            let items = byArea[area] ?? []
            html += "<li><strong>\(l.areaName(area, districtName: context.districtName))</strong>: \(l.owedCount(items.filter(\.overdue).count, items.filter { !$0.overdue }.count))</li>"
        }
        html += "</ul>\n<div class=\"table-wrap\"><table class=\"owed\"><thead><tr>"
        html += [l.dueColumn, l.district, l.indicatorColumn, l.periodColumn, l.statusColumn].map { "<th scope=\"col\">\($0)</th>" }.joined()
        html += "</tr></thead><tbody>"
        for item in owed {
            html += "<tr\(item.overdue ? " class=\"row-alert\"" : "")><td>\(item.due)</td><td>\(l.areaName(item.area, districtName: context.districtName))</td>"
                + "<th scope=\"row\"><a href=\"\(IndicatorLinks.entry(area: item.area, period: item.period))\">\(names[item.indicator] ?? item.indicator)</a></th>"
                + "<td>\(l.period(item.period))</td><td>"
                + (item.overdue ? "<span class=\"badge due-overdue\">\(l.overdue)</span>" as HTML : "<span class=\"badge due-soon\">\(l.dueSoon)</span>") + "</td></tr>"
        }
        html += "</tbody></table></div>\n"
        return PageLayout.render(title: l.owedTitle, body: html, context: context)
    }
}
