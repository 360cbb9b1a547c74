import Access
import WebForms
import Vietnam

extension StaffPages {
    /// The audit log (`/ui/admin/audit`): a GET filter form (account, site, action, address,
    /// from and to dates in UTC+7, refused only), then the entries as a table — time,
    /// account with roles, address, site, action, request, outcome — with previous/next links
    /// that keep the filters.
    public static func audit(_ page: AuditPage, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<h1>\(l.auditTitle)</h1>\n<p>\(l.auditIntro)</p>\n"
        html += auditFilters(page, context)
        if let error = page.errorText { html += "<p class=\"error-text\" role=\"alert\">\(error)</p>\n" }
        html += auditTable(page.entries, context)
        html += auditPaging(page, l)
        return PageLayout.render(title: l.auditTitle, body: html, context: context)
    }

    private static func auditFilters(_ page: AuditPage, _ context: PageContext) -> HTML {
        let l = context.localizer
        func value(_ key: String) -> String { page.filters[key] ?? "" }
        func field(_ key: String, _ label: String, type: String = "text", hint: String? = nil) -> HTML {
            "<div class=\"field\"><label for=\"audit-\(key)\">\(label)</label>"
                + (hint.map { "<p class=\"hint\">\($0)</p>" as HTML } ?? "")
                + "<input type=\"\(type)\" id=\"audit-\(key)\" name=\"\(key)\" value=\"\(value(key))\" autocomplete=\"off\"></div>"
        }
        var html: HTML = "<form class=\"card filters\" method=\"get\" action=\"/ui/admin/audit\"><h2>\(l.filter)</h2>"
        html += field("account", l.auditAccount, hint: l.auditAccountHint)
        html += "<div class=\"field\"><label for=\"audit-site\">\(l.auditSite)</label><select id=\"audit-site\" name=\"site\">"
            + "<option value=\"\">\(l.allDistricts)</option>"
            + "<option value=\"hub\"\(HTML.selected(value("site") == "hub"))>\(l.auditHub)</option>"
        for district in context.districts {
            html += "<option value=\"\(district.code)\"\(HTML.selected(value("site") == district.code))>\(district.name)</option>"
        }
        html += "</select></div>"
        html += "<div class=\"field\"><label for=\"audit-action\">\(l.auditAction)</label><select id=\"audit-action\" name=\"action\">"
            + "<option value=\"\">\(l.auditAnyAction)</option>"
        for action in auditActions {
            html += "<option value=\"\(action.rawValue)\"\(HTML.selected(value("action") == action.rawValue))>\(l.auditAction(action))</option>"
        }
        html += "</select></div>"
        html += field("address", l.auditAddress)
        html += field("since", l.auditSince, type: "date")
        html += field("until", l.auditUntil, type: "date")
        html += "<div class=\"field\"><label><input type=\"checkbox\" name=\"refused\" value=\"1\"\(value("refused") == "1" ? " checked" : "" as HTML)> "
            + "\(l.auditRefusedOnly)</label></div>"
        return html + "<button type=\"submit\">\(l.filter)</button></form>\n"
    }

    /// The actions the filter offers: sign-ins, then every permission a person acts under.
    static let auditActions: [AuditEntry.Action] = [.signIn, .signInFailed, .signOut] + [
        Permission.fieldReportsAct, .fieldReportsRead, .fieldReportsContact, .trafficEvents, .trafficPlates, .referenceEdit, .accountsManage,
        .enrolmentManage, .auditRead, .syncRead,
    ].map(AuditEntry.Action.permission)

    private static func auditTable(_ entries: [AuditEntry], _ context: PageContext) -> HTML {
        let l = context.localizer
        guard !entries.isEmpty else { return "<p class=\"card muted\">\(l.auditEmpty)</p>\n" }
        let headers = [l.auditTime, l.auditAccount, l.auditAddress, l.auditSite, l.auditAction, l.auditRequest, l.auditOutcome]
        var html: HTML = "<div class=\"table-wrap\"><table class=\"audit\">\n<thead><tr>"
            + headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for entry in entries {
            let roles = entry.roles.compactMap(Role.init(rawValue:)).map(l.role).joined(separator: ", ")
            let site = entry.site == "hub" ? l.auditHub : context.districtName(entry.site)
            html += "<tr\(entry.refused ? " class=\"refused\"" : "" as HTML)><td>\(Badge.time(millis: entry.atMillis))</td>"
                + "<th scope=\"row\"><span class=\"code\">\(entry.account)</span>"
                + (roles.isEmpty ? "" : "<br><span class=\"muted\">\(roles)</span>" as HTML) + "</th>"
                + "<td class=\"code\">\(entry.address)</td><td>\(site)</td><td>\(l.auditAction(entry.action))</td>"
                + "<td class=\"code\">\(entry.request)</td>"
                + "<td>\(entry.refused ? l.auditRefused : l.auditDone) <span class=\"muted\">(\(String(entry.status)))</span></td></tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }

    private static func auditPaging(_ page: AuditPage, _ l: Localizer) -> HTML {
        func link(_ offset: Int) -> String {
            var pairs = page.filters.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            if offset > 0 { pairs.append(("offset", String(offset))) }
            return "/ui/admin/audit" + (pairs.isEmpty ? "" : "?" + pairs.map { "\($0.0)=\(URLEncodedForm.percentEncode($0.1))" }.joined(separator: "&"))
        }
        var items: [HTML] = []
        if page.offset > 0 { items.append("<a href=\"\(link(max(0, page.offset - page.limit)))\" rel=\"prev\">\(l.previousPage)</a>") }
        if page.more { items.append("<a href=\"\(link(page.offset + page.limit))\" rel=\"next\">\(l.nextPage)</a>") }
        guard !items.isEmpty else { return .empty }
        return "<nav class=\"pager\" aria-label=\"\(l.pagination)\">" + items.joined(separator: " ") + "</nav>\n"
    }
}
