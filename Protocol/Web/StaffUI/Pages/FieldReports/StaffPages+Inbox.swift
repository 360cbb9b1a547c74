import FieldReports
import WebForms

extension StaffPages {
    /// The inbox: status tabs with counts, the district filter (hub), the table of cases in
    /// the order given, due badges (`due-on-time`, `due-soon`, `due-overdue`), a ⚠ marker on
    /// conflicted cases, and pagination. Every row links to `/ui/cases/{caseID}`; every link
    /// keeps the status, district and search filters in force.
    public static func inbox(_ page: InboxPage, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<h1>\(l.inboxTitle)</h1>\n"
        if !page.query.isEmpty {
            html += "<p class=\"muted\">\(l.searchResults(for: page.query))</p>\n"
        }
        html += statusTabs(page, l)
        if context.seesEveryDistrict { html += districtFilter(page, context) }
        html += inboxTable(page, context)
        html += pagination(page, l)
        return PageLayout.render(title: l.inboxTitle, body: html, context: context)
    }

    /// `/ui/inbox?…` with the page's filters, `status` replaced and the offset dropped unless given.
    static func inboxLink(_ page: InboxPage, status: CaseStatus?, offset: Int? = nil) -> String {
        var fields: [URLEncodedForm.Field] = []
        if let status { fields.append(.init("status", status.rawValue)) }
        if let district = page.selectedDistrict, !district.isEmpty { fields.append(.init("district", district)) }
        if !page.query.isEmpty { fields.append(.init("q", page.query)) }
        if let offset, offset > 0 { fields.append(.init("offset", String(offset))) }
        let query = URLEncodedForm(fields: fields).encoded
        return query.isEmpty ? "/ui/inbox" : "/ui/inbox?" + query
    }

    /// `/ui/cases/{caseID}` with the ID percent-encoded as a path segment.
    static func caseLink(_ caseID: String) -> String {
        "/ui/cases/" + URLEncodedForm.percentEncode(caseID, spaceAsPlus: false)
    }

    private static func statusTabs(_ page: InboxPage, _ l: Localizer) -> HTML {
        let total = page.statusCounts.values.reduce(0, +)
        var tabs: [(status: CaseStatus?, label: String, count: Int)] = [(nil, l.allStatuses, total)]
        for status in CaseStatus.allCases { tabs.append((status, l.status(status), page.statusCounts[status] ?? 0)) }
        let items: [HTML] = tabs.map { tab in
            let current: HTML = tab.status == page.selectedStatus ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(inboxLink(page, status: tab.status))\"\(current)>"
                + "\(tab.label)<span class=\"count\">\(l.number(tab.count))</span></a></li>"
        }
        return "<nav aria-label=\"\(l.statusFilter)\"><ul class=\"tabs\">\(items.joined())</ul></nav>\n"
    }

    private static func districtFilter(_ page: InboxPage, _ context: PageContext) -> HTML {
        let l = context.localizer
        var html: HTML = "<form class=\"filters\" method=\"get\" action=\"/ui/inbox\">"
        if let status = page.selectedStatus {
            html += "<input type=\"hidden\" name=\"status\" value=\"\(status.rawValue)\">"
        }
        if !page.query.isEmpty { html += "<input type=\"hidden\" name=\"q\" value=\"\(page.query)\">" }
        html += FormControls.select(
            id: "filter-district", name: "district", label: l.district, choices: context.districts,
            selected: page.selectedDistrict, placeholder: l.allDistricts)
        html += "<button type=\"submit\">\(l.filter)</button></form>\n"
        return html
    }

    private static func inboxTable(_ page: InboxPage, _ context: PageContext) -> HTML {
        let l = context.localizer
        guard !page.rows.isEmpty else { return "<p class=\"card\">\(l.noCases)</p>\n" }
        var headers = [l.trackingCode, l.category]
        if context.seesEveryDistrict { headers.append(l.district) }
        headers += [l.addressAndSummary, l.receivedAt, l.deadline, l.dueColumn, l.statusColumn, l.unit, l.channelColumn]
        var html: HTML = "<div class=\"table-wrap\"><table class=\"inbox\">\n<thead><tr>"
        html += headers.map { "<th scope=\"col\">\($0)</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for row in page.rows {
            html += row.due == .overdue ? "<tr class=\"row-overdue\">" : "<tr>"
            html += "<td><a class=\"code\" href=\"\(caseLink(row.caseID))\">\(row.trackingCode)</a>"
            if row.hasConflict {
                html += " <span class=\"conflict\" title=\"\(l.conflictMarker)\" role=\"img\" "
                    + "aria-label=\"\(l.conflictMarker)\">⚠</span>"
            }
            html += "</td><td>\(row.categoryName)</td>"
            if context.seesEveryDistrict { html += "<td>\(row.district.name)</td>" }
            html += "<td>\(row.address)"
            if !row.summary.isEmpty {
                html += "<br><span class=\"muted small\">\(shortened(row.summary, to: 120))</span>"
            }
            html += "</td><td>\(Badge.time(row.receivedAt))</td>"
            html += "<td>\(row.deadline.map(Badge.time) ?? Badge.dash)</td>"
            html += "<td>\(row.due == .settled ? Badge.dash : Badge.due(row.due, l))</td>"
            html += "<td>\(Badge.status(row.status, l))</td>"
            html += "<td>\(row.unitName.map(HTML.init(text:)) ?? "<span class=\"muted\">\(l.notAssigned)</span>")</td>"
            html += "<td>\(l.channel(row.channel))</td></tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }

    private static func pagination(_ page: InboxPage, _ l: Localizer) -> HTML {
        guard page.limit > 0, page.total > 0, !page.rows.isEmpty else { return "" }
        let first = page.offset + 1
        let last = page.offset + page.rows.count
        var html: HTML = "<nav class=\"pagination\" aria-label=\"\(l.pagination)\">"
        html += "<span>\(l.showing(from: first, to: last, total: page.total))</span>"
        if page.pageCount > 1 { html += "<span>\(l.page(page.pageNumber, of: page.pageCount))</span>" }
        if page.offset > 0 {
            let previous = max(0, page.offset - page.limit)
            html += "<a href=\"\(inboxLink(page, status: page.selectedStatus, offset: previous))\" "
                + "rel=\"prev\">\(l.previousPage)</a>"
        }
        if page.offset + page.limit < page.total {
            html += "<a href=\"\(inboxLink(page, status: page.selectedStatus, offset: page.offset + page.limit))\" "
                + "rel=\"next\">\(l.nextPage)</a>"
        }
        return html + "</nav>\n"
    }

    /// At most `limit` characters, ending in "…" when cut.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = text.prefix(limit - 1)
        while cut.last?.isWhitespace == true { cut.removeLast() }
        return cut + "…"
    }
}
