import FieldReports
import WebForms

extension StaffPages {
    /// The case page: details, reporter contact (staff only), photos, an SVG sketch map,
    /// the timeline oldest first, a box listing conflicting values with their authors, and one
    /// POST form per allowed action (see `actions` for the fields). Exactly the actions in
    /// `allowedActions` are shown, in `CaseAction` order; a read-only case shows its reason
    /// and no forms at all.
    public static func caseDetail(_ detail: CaseDetail, context: PageContext) -> String {
        let l = context.localizer
        let title = l.caseTitle(detail.trackingCode)
        var html: HTML = "<h1>\(title) \(Badge.status(detail.status, l))"
        if detail.due != .settled { html += " \(Badge.due(detail.due, l))" }
        html += "</h1>\n"
        if detail.isReadOnly {
            html += "<p class=\"readonly\" role=\"note\"><strong>\(l.readOnly):</strong> "
                + "\(detail.readOnlyReason ?? "")</p>\n"
        }
        if !detail.conflicts.isEmpty { html += conflicts(detail.conflicts, l) }
        html += "<div class=\"grid\">\n\(facts(detail, context))\(reporter(detail.reporter, l))</div>\n"
        html += "<div class=\"grid\">\n"
        html += "<section class=\"card\"><h2>\(l.reportDescription)</h2>"
            + "<p class=\"prewrap\">\(detail.description)</p></section>\n"
        html += location(detail, l)
        html += "</div>\n"
        html += photoSection(l.photos, detail.photos, l)
        html += photoSection(l.resultPhotos, detail.resultPhotos, l)
        html += timeline(detail.timeline, l)
        if !detail.isReadOnly { html += actions(detail, context) }
        return PageLayout.render(title: title, body: html, context: context)
    }

    private static func facts(_ d: CaseDetail, _ context: PageContext) -> HTML {
        let l = context.localizer
        var rows: [(label: String, value: HTML)] = [
            (l.trackingCode, "<span class=\"code\">\(d.trackingCode)</span>"),
            (l.caseID, "<span class=\"code\">\(d.caseID)</span>"),
            (l.reportID, "<span class=\"code\">\(d.reportID)</span>"),
            (l.district, HTML(text: d.district.name)),
            (l.category, HTML(text: d.category.name)),
            (l.unit, d.unit.map { HTML(text: $0.name) } ?? "<span class=\"muted\">\(l.notAssigned)</span>"),
            (l.priorityLabel, HTML(text: l.priority(d.priority))),
            (l.channelColumn, HTML(text: l.channel(d.channel))),
            (l.receivedAt, Badge.time(d.receivedAt)),
        ]
        if let at = d.acceptedAt { rows.append((l.acceptedAt, Badge.time(at))) }
        if let at = d.deadline {
            rows.append((l.deadline, Badge.time(at) + (d.due == .settled ? "" : " " + Badge.due(d.due, l))))
        }
        if let at = d.resolvedAt { rows.append((l.resolvedAt, Badge.time(at))) }
        if let text = d.resultText, !text.isEmpty { rows.append((l.result, "<span class=\"prewrap\">\(text)</span>")) }
        if let reason = d.ineligibleReason, !reason.isEmpty {
            rows.append((l.ineligibleReason, "<span class=\"prewrap\">\(reason)</span>"))
        }
        rows.append((l.citizenRating, rating(d.rating, l)))
        return "<section class=\"card\"><h2>\(l.caseDetails)</h2>\n\(DetailList(rows).render())</section>\n"
    }

    static func rating(_ rating: CitizenRating?, _ l: Localizer) -> HTML {
        guard let rating else { return "<span class=\"muted\">\(l.notRated)</span>" }
        let stars = min(5, max(1, rating.stars))
        var html: HTML = "<span aria-label=\"\(l.stars(stars))\">"
            + "\(String(repeating: "★", count: stars) + String(repeating: "☆", count: 5 - stars))</span> \(l.stars(stars))"
        if let comment = rating.comment, !comment.isEmpty {
            html += "<br><q class=\"prewrap\">\(comment)</q>"
        }
        return html
    }

    private static func reporter(_ reporter: ReporterContact, _ l: Localizer) -> HTML {
        var html: HTML = "<section class=\"card\"><h2>\(l.reporter)</h2>"
            + "<p class=\"hint\">\(l.staffOnly)</p>\n"
        if reporter.isAnonymous { return html + "<p class=\"muted\">\(l.anonymous)</p></section>\n" }
        html += "<dl class=\"details\">"
        if let name = reporter.name, !name.isEmpty { html += "<dt>\(l.name)</dt><dd>\(name)</dd>" }
        if let phone = reporter.phone, !phone.isEmpty {
            let dial = String(phone.filter { $0.isNumber || $0 == "+" })
            html += "<dt>\(l.phone)</dt><dd><a href=\"tel:\(dial)\">\(phone)</a></dd>"
        }
        if let email = reporter.email, !email.isEmpty {
            html += "<dt>\(l.email)</dt><dd><a href=\"mailto:\(email)\">\(email)</a></dd>"
        }
        return html + "</dl></section>\n"
    }

    private static func location(_ d: CaseDetail, _ l: Localizer) -> HTML {
        var html: HTML = "<section class=\"card map\"><h2>\(l.location)</h2>"
        if !d.address.isEmpty { html += "<p>\(d.address)</p>" }
        guard let latitude = d.latitude, let longitude = d.longitude else {
            return html + "<p class=\"muted\">\(l.noCoordinates)</p></section>\n"
        }
        html += "<p>\(l.coordinates): <span class=\"code\">\(coordinate(latitude)), \(coordinate(longitude))</span></p>"
        if !ProvinceMap.contains(latitude: latitude, longitude: longitude) {
            html += "<p class=\"error-text\">\(l.outsideProvince)</p>"
        }
        html += ProvinceMap.svg(title: l.mapTitle, titleID: "case-map-title", point: (latitude, longitude))
        return html + "<p class=\"map-note\">\(l.mapScaleNote)</p></section>\n"
    }

    /// Five decimals, about a metre: "12.66700".
    static func coordinate(_ value: Double) -> String {
        let scaled = Int((value * 100_000).rounded())
        let whole = scaled / 100_000
        let fraction = String(abs(scaled % 100_000))
        let sign = scaled < 0 && whole == 0 ? "-" : ""
        return sign + String(whole) + "." + String(repeating: "0", count: 5 - fraction.count) + fraction
    }

    /// Thumbnails linking to the full image at `/attachments/{sha}`.
    static func photoSection(_ title: String, _ digests: [String], _ l: Localizer) -> HTML {
        guard !digests.isEmpty else { return "" }
        var html: HTML = "<section class=\"card\"><h2>\(title)</h2><ul class=\"photos\">"
        for (index, digest) in digests.enumerated() {
            let source = HTML(text: "/attachments/" + URLEncodedForm.percentEncode(digest, spaceAsPlus: false))
            html += "<li><a href=\"\(source)\"><img src=\"\(source)\" alt=\"\(l.photo(index + 1))\" "
                + "loading=\"lazy\" width=\"144\" height=\"144\"></a></li>"
        }
        return html + "</ul></section>\n"
    }

    private static func conflicts(_ conflicts: [ConflictView], _ l: Localizer) -> HTML {
        var html: HTML = "<section class=\"card conflicts\" role=\"alert\"><h2>⚠ \(l.conflictsTitle)</h2>"
            + "<p>\(l.conflictsExplanation)</p>\n"
        for conflict in conflicts {
            html += "<h3>\(conflict.fieldLabel)</h3><ul>"
            for value in conflict.values {
                html += "<li><strong>\(value.text)</strong> — \(value.author) "
                    + "(\(value.site)), \(Badge.time(value.at))</li>"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }

    private static func timeline(_ entries: [TimelineEntry], _ l: Localizer) -> HTML {
        var html: HTML = "<section class=\"card\"><h2>\(l.timeline)</h2>\n"
        guard !entries.isEmpty else { return html + "<p class=\"muted\">\(l.noTimeline)</p></section>\n" }
        // Oldest first, newest last; entries at the same instant keep the order given.
        let ordered = entries.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        html += "<ol class=\"timeline\">\n"
        for entry in ordered {
            html += "<li class=\"kind-\(entry.kind.rawValue)\"><div class=\"meta\">\(Badge.time(entry.at)) · "
                + "\(entry.author) · \(l.timelineKind(entry.kind))</div>"
            if entry.kind == .transition, entry.fromStatus != nil || entry.toStatus != nil {
                html += "<div>"
                if let from = entry.fromStatus { html += Badge.status(from, l) + " → " }
                if let to = entry.toStatus { html += Badge.status(to, l) }
                html += "</div>"
            }
            if !entry.text.isEmpty { html += "<div class=\"prewrap\">\(entry.text)</div>" }
            html += "</li>\n"
        }
        return html + "</ol></section>\n"
    }

    /// One form per allowed action, in `CaseAction` order. Each renders as its own
    /// `<form method="post" action="/ui/cases/{caseID}/actions/{rawValue}">`, posting these fields:
    ///
    /// | action     | fields                                                            |
    /// |------------|-------------------------------------------------------------------|
    /// | `accept`   | `category`, `unit` (may be empty), `priority`                     |
    /// | `reject`   | `reason` (required) — the case becomes ineligible                 |
    /// | `assign`   | `unit` (required)                                                 |
    /// | `start`    | none                                                              |
    /// | `resolve`  | `result` (required), `photos` (files); `multipart/form-data`      |
    /// | `close`    | none                                                              |
    /// | `reopen`   | `reason` (required)                                               |
    /// | `transfer` | `district` (required), `reason` (required)                        |
    /// | `comment`  | `text` (required)                                                 |
    ///
    /// Every form also carries `csrf_token` when the page context has one.
    private static func actions(_ d: CaseDetail, _ context: PageContext) -> HTML {
        let l = context.localizer
        let allowed = Set(d.allowedActions)
        let shown = CaseAction.allCases.filter(allowed.contains)
        var html: HTML = "<section aria-labelledby=\"actions-title\"><h2 id=\"actions-title\">\(l.actions)</h2>\n"
        guard !shown.isEmpty else { return html + "<p class=\"muted\">\(l.noActions)</p></section>\n" }
        html += "<div class=\"actions\">\n"
        for action in shown { html += actionForm(action, d, context) }
        return html + "</div></section>\n"
    }

    /// One action's form: `POST /ui/cases/{id}/actions/{action}` with that action's fields.
    private static func actionForm(_ action: CaseAction, _ d: CaseDetail, _ context: PageContext) -> HTML {
        let l = context.localizer
        let id = "action-\(action.rawValue)"
        let target = HTML(text: caseLink(d.caseID) + "/actions/" + action.rawValue)
        let multipart: HTML = action == .resolve ? " enctype=\"multipart/form-data\"" : ""
        var html: HTML = "<form class=\"card action\" id=\"\(id)\" method=\"post\" action=\"\(target)\"\(multipart)>"
            + "<h3>\(l.actionTitle(action))</h3>" + FormControls.csrfField(context)
        switch action {
        case .accept:
            html += FormControls.select(
                id: "\(id)-category", name: "category", label: l.category, choices: d.categoryOptions,
                selected: d.category.code, required: true)
            html += FormControls.select(
                id: "\(id)-unit", name: "unit", label: l.unit, choices: d.unitOptions, selected: d.unit?.code,
                placeholder: l.notAssigned)
            let priorities = CasePriority.allCases.map { CodeName(code: $0.rawValue, name: l.priority($0)) }
            html += FormControls.select(
                id: "\(id)-priority", name: "priority", label: l.priorityLabel, choices: priorities,
                selected: d.priority.rawValue, required: true)
        case .reject:
            html += FormControls.textarea(id: "\(id)-reason", name: "reason", label: l.reason, required: true)
        case .assign:
            html += FormControls.select(
                id: "\(id)-unit", name: "unit", label: l.unit, choices: d.unitOptions, selected: d.unit?.code,
                placeholder: l.chooseOne, required: true)
        case .resolve:
            html += FormControls.textarea(id: "\(id)-result", name: "result", label: l.resultText, required: true, rows: 4)
            html += "<div class=\"field\"><label for=\"\(id)-photos\">\(l.resultPhotosUpload)</label>"
                + "<input type=\"file\" id=\"\(id)-photos\" name=\"photos\" multiple accept=\"image/jpeg,image/png,image/webp\"></div>"
        case .reopen:
            html += FormControls.textarea(id: "\(id)-reason", name: "reason", label: l.reason, required: true)
        case .transfer:
            html += FormControls.select(
                id: "\(id)-district", name: "district", label: l.transferTo,
                choices: d.districtOptions.filter { $0.code != d.district.code }, selected: nil, placeholder: l.chooseOne,
                required: true)
            html += FormControls.textarea(id: "\(id)-reason", name: "reason", label: l.reason, required: true)
        case .comment:
            html += FormControls.textarea(id: "\(id)-text", name: "text", label: l.commentText, required: true)
        case .start, .close:
            break
        }
        let style: HTML = action == .reject ? " class=\"danger\"" : ""
        return html + "<button type=\"submit\"\(style)>\(l.actionButton(action))</button></form>\n"
    }
}
