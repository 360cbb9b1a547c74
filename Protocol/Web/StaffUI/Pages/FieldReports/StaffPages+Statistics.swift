extension StaffPages {
    /// The statistics page: a GET filter form to `/ui/stats` (`from`, `to`, `district` on the
    /// hub, `unit`, `category`, `group`), the province's one-line summary of the total row, the
    /// table in the published shape — received = processed (on time, overdue) + in progress
    /// (within deadline, overdue) + ineligible, then median resolution time and rating — and a
    /// horizontal stacked bar chart with one five-segment bar per row and a legend. Rows whose
    /// parts do not add up to `received` are marked.
    public static func statistics(_ page: StatisticsPage, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<h1>\(l.statisticsTitle)</h1>\n"
        html += statisticsFilters(page, context)
        if page.rows.isEmpty && page.total.received == 0 {
            html += "<p class=\"card\">\(l.noStatistics)</p>\n"
            return PageLayout.render(title: l.statisticsTitle, body: html, context: context)
        }
        html += "<p class=\"sentence\">\(l.statisticsSentence(page.total))</p>\n"
        html += statisticsTable(page, l)
        html += StatisticsChart.render(rows: page.rows, l)
        return PageLayout.render(title: l.statisticsTitle, body: html, context: context)
    }

    private static func statisticsFilters(_ page: StatisticsPage, _ context: PageContext) -> HTML {
        let l = context.localizer
        let f = page.filters
        var html: HTML = "<form class=\"filters card\" method=\"get\" action=\"/ui/stats\">"
        html += "<div class=\"field\"><label for=\"stats-from\">\(l.fromDate)</label>"
            + "<input type=\"date\" id=\"stats-from\" name=\"from\" value=\"\(f.from)\"></div>"
        html += "<div class=\"field\"><label for=\"stats-to\">\(l.toDate)</label>"
            + "<input type=\"date\" id=\"stats-to\" name=\"to\" value=\"\(f.to)\"></div>"
        if context.seesEveryDistrict {
            html += FormControls.select(
                id: "stats-district", name: "district", label: l.district, choices: context.districts,
                selected: f.district, placeholder: l.allDistricts)
        }
        html += FormControls.select(
            id: "stats-unit", name: "unit", label: l.unit, choices: page.unitOptions, selected: f.unit,
            placeholder: l.allUnits)
        html += FormControls.select(
            id: "stats-category", name: "category", label: l.category, choices: page.categoryOptions,
            selected: f.category, placeholder: l.allCategories)
        let groupings = StatisticsGrouping.allCases.filter { context.seesEveryDistrict || $0 != .district }
            .map { CodeName(code: $0.rawValue, name: l.grouping($0)) }
        html += FormControls.select(
            id: "stats-group", name: "group", label: l.groupBy, choices: groupings, selected: f.groupBy.rawValue)
        return html + "<button type=\"submit\">\(l.show)</button></form>\n"
    }

    private static func statisticsTable(_ page: StatisticsPage, _ l: Localizer) -> HTML {
        func th(_ text: String, _ attributes: HTML = "") -> HTML {
            "<th scope=\"col\"\(attributes)>\(text)</th>"
        }
        var html: HTML = "<div class=\"table-wrap\"><table class=\"statistics\">"
        html += "<caption>\(l.statisticsFormula)</caption>\n<thead><tr>"
        html += th(l.grouping(page.filters.groupBy), " rowspan=\"2\"")
        html += th(l.received, " rowspan=\"2\" class=\"num\"")
        html += "<th scope=\"colgroup\" colspan=\"3\">\(l.processed)</th>"
        html += "<th scope=\"colgroup\" colspan=\"3\">\(l.processing)</th>"
        html += th(l.ineligible, " rowspan=\"2\" class=\"num\"")
        html += th(l.medianResolveTime, " rowspan=\"2\" class=\"num\"")
        html += th(l.citizenRating, " rowspan=\"2\" class=\"num\"")
        html += "</tr>\n<tr>"
        for label in [l.subtotal, l.onTime, l.overdue, l.subtotal, l.withinDeadline, l.overdue] {
            html += th(label, " class=\"num\"")
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in page.rows { html += statisticsRow(row, label: row.label, l) }
        html += "</tbody>\n<tfoot>\n\(statisticsRow(page.total, label: l.totalRow, l))</tfoot></table></div>\n"
        return html
    }

    private static func statisticsRow(_ row: StatisticsRow, label: String, _ l: Localizer) -> HTML {
        let numbers = [
            row.received, row.processed, row.processedOnTime, row.processedOverdue, row.processing,
            row.processingOnTime, row.processingOverdue, row.ineligible,
        ]
        var html: HTML = row.isBalanced ? "<tr>" : "<tr class=\"row-unbalanced\">"
        html += "<th scope=\"row\">\(label)"
        if !row.isBalanced {
            html += " <span class=\"conflict\" title=\"\(l.unbalancedRow)\" role=\"img\" "
                + "aria-label=\"\(l.unbalancedRow)\">⚠</span>"
        }
        html += "</th>" + numbers.map { "<td class=\"num\">\(l.number($0))</td>" }.joined()
        html += "<td class=\"num\">\(row.medianResolveHours.map { HTML(text: l.duration(hours: $0)) } ?? "—")</td>"
        let rating = row.ratingAverage.map { HTML(text: l.ratingSummary(average: $0, count: row.ratingCount)) } ?? "—"
        return html + "<td class=\"num\">\(rating)</td></tr>\n"
    }
}
