import Vietnam
import WebForms
extension StaffPages {
    /// The events list (`/ui/traffic/events`): a GET filter form to the same path (`camera`,
    /// `kind`, `violations=1`, `from`, `to`), the events table and pagination links that keep
    /// the filters. Every violation row summarises its evidence; a new violation carries two
    /// POST forms with the CSRF field, "Mở vụ việc" to `/ui/traffic/events/{id}/case` and
    /// "Bỏ qua" to `/ui/traffic/events/{id}/dismiss`; one with an opened case links to
    /// `/ui/cases/{caseID}` by its tracking code instead.
    public static func trafficEvents(_ page: TrafficEventsPage, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(TrafficLinks.overview)\">\(l.backToTraffic)</a></p>\n"
        html += "<h1>\(l.trafficEventsTitle)</h1>\n"
        html += trafficEventFilters(page, l)
        html += trafficEventTable(page.rows, context: context, caption: nil, showCamera: true, showActions: true)
        html += trafficEventPagination(page, l)
        return PageLayout.render(title: l.trafficEventsTitle, body: html, context: context)
    }

    /// `/ui/traffic/events?…` with the page's filters and the offset when positive.
    static func trafficEventsLink(_ filters: TrafficEventFilters, offset: Int = 0) -> String {
        var fields: [URLEncodedForm.Field] = []
        if !filters.camera.isEmpty { fields.append(.init("camera", filters.camera)) }
        if !filters.kind.isEmpty { fields.append(.init("kind", filters.kind)) }
        if filters.onlyViolations { fields.append(.init("violations", "1")) }
        if !filters.from.isEmpty { fields.append(.init("from", filters.from)) }
        if !filters.to.isEmpty { fields.append(.init("to", filters.to)) }
        if offset > 0 { fields.append(.init("offset", String(offset))) }
        let query = URLEncodedForm(fields: fields).encoded
        return query.isEmpty ? TrafficLinks.events : TrafficLinks.events + "?" + query
    }

    private static func trafficEventFilters(_ page: TrafficEventsPage, _ l: Localizer) -> HTML {
        let f = page.filters
        var html: HTML = "<form class=\"filters card\" method=\"get\" action=\"\(TrafficLinks.events)\">"
        html += FormControls.select(
            id: "events-camera", name: "camera", label: l.camera, choices: page.cameraChoices, selected: f.camera,
            placeholder: l.allCameras)
        html += FormControls.select(
            id: "events-kind", name: "kind", label: l.eventKind, choices: page.kindChoices, selected: f.kind,
            placeholder: l.allEventKinds)
        html += "<div class=\"field check\"><input type=\"checkbox\" id=\"events-violations\" name=\"violations\" value=\"1\""
            + "\(f.onlyViolations ? " checked" : "")><label for=\"events-violations\">\(l.onlyViolations)</label></div>"
        html += "<div class=\"field\"><label for=\"events-from\">\(l.fromDate)</label>"
            + "<input type=\"date\" id=\"events-from\" name=\"from\" value=\"\(f.from)\"></div>"
        html += "<div class=\"field\"><label for=\"events-to\">\(l.toDate)</label>"
            + "<input type=\"date\" id=\"events-to\" name=\"to\" value=\"\(f.to)\"></div>"
        return html + "<button type=\"submit\">\(l.filter)</button></form>\n"
    }

    private static func trafficEventPagination(_ page: TrafficEventsPage, _ l: Localizer) -> HTML {
        guard page.limit > 0, page.total > 0, page.offset >= 0, !page.rows.isEmpty else { return "" }
        let pageCount = max(1, page.total / page.limit + (page.total % page.limit == 0 ? 0 : 1))
        var html: HTML = "<nav class=\"pagination\" aria-label=\"\(l.pagination)\">"
        let shown = l.showing(from: page.offset &+ 1, to: page.offset &+ page.rows.count, total: page.total)
        html += "<span>\(shown)</span>"
        if pageCount > 1 { html += "<span>\(l.page(page.offset / page.limit + 1, of: pageCount))</span>" }
        if page.offset > 0 {
            let previous = trafficEventsLink(page.filters, offset: max(0, page.offset - page.limit))
            html += "<a href=\"\(previous)\" rel=\"prev\">\(l.previousPage)</a>"
        }
        if page.total - page.offset > page.limit {
            let next = trafficEventsLink(page.filters, offset: page.offset + page.limit)
            html += "<a href=\"\(next)\" rel=\"next\">\(l.nextPage)</a>"
        }
        return html + "</nav>\n"
    }

    /// The events table shared by the overview, camera and events pages: time, camera (when
    /// `showCamera`), title linked to the event page with a "Vi phạm" badge, vehicle and plate
    /// (linked to the plate search), speed against the limit and dwell, evidence summary, and
    /// the handling cell (with the action forms when `showActions`).
    static func trafficEventTable(
        _ rows: [TrafficEventRow], context: PageContext, caption: String?, showCamera: Bool, showActions: Bool
    ) -> HTML {
        let l = context.localizer
        guard !rows.isEmpty else { return "<p class=\"card muted\">\(l.noTrafficEvents)</p>\n" }
        var headers = [l.time]
        if showCamera { headers.append(l.camera) }
        headers += [l.event, l.vehicle, l.speedColumn, l.evidence, l.handling]
        var html: HTML = "<div class=\"table-wrap\"><table class=\"traffic-events\">"
        if let caption { html += "<caption>\(caption)</caption>" }
        html += "\n<thead><tr>" + headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += row.isViolation && row.status == .new ? "<tr class=\"row-violation\">" : "<tr>"
            html += "<td>\(Badge.time(millis: row.timeMillis))</td>"
            if showCamera {
                html += "<td><a href=\"\(TrafficLinks.camera(row.cameraID))\">\(row.cameraName)</a>"
                    + "<br><span class=\"muted small\">\(row.districtName)</span></td>"
            }
            html += "<th scope=\"row\"><a href=\"\(TrafficLinks.event(row.id))\">"
                + "\(row.title)</a>"
            if row.isViolation { html += " <span class=\"badge violation\">\(l.violation)</span>" }
            html += "</th><td>\(trafficVehicle(row, l))</td><td>\(trafficSpeed(row, l))</td>"
            html += "<td>\(trafficEvidenceSummary(row.evidence, l))</td>"
            html += "<td>\(trafficHandling(row, context: context, showActions: showActions))</td></tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }

    /// Vehicle class and plate (linked to the plate search), or "—".
    static func trafficVehicle(_ row: TrafficEventRow, _ l: Localizer) -> HTML {
        var parts: [HTML] = []
        if let code = row.vehicleClassCode, !code.isEmpty { parts.append(HTML(text: l.vehicleClass(code))) }
        if let plate = row.plate, !plate.isEmpty {
            parts.append("<a class=\"code\" href=\"\(TrafficLinks.plate(plate))\">\(plate)</a>")
        }
        return parts.isEmpty ? Badge.dash : parts.joined(separator: "<br>")
    }

    /// "52,3 km/h (giới hạn 40 km/h)", marked when over the limit, then the dwell; or "—".
    static func trafficSpeed(_ row: TrafficEventRow, _ l: Localizer) -> HTML {
        var parts: [HTML] = []
        if let speed = row.speedKmh {
            if let limit = row.speedLimitKmh {
                let text = HTML(text: l.speedWithLimit(l.speed(speed), limit: l.speed(limit)))
                parts.append(speed > limit ? "<strong class=\"over-limit\">\(text)</strong>" : text)
            } else {
                parts.append(HTML(text: l.speed(speed)))
            }
        }
        if let dwell = row.dwellSeconds { parts.append(HTML(text: "\(l.dwell): \(l.seconds(dwell))")) }
        return parts.isEmpty ? Badge.dash : parts.joined(separator: "<br>")
    }

    /// Track ids, the number of plate reads and links to the images, or "—".
    static func trafficEvidenceSummary(_ evidence: TrafficEvidenceView?, _ l: Localizer) -> HTML {
        guard let evidence else { return Badge.dash }
        var parts: [HTML] = []
        if !evidence.trackIDs.isEmpty {
            parts.append("\(l.trackIDs): " + evidence.trackIDs.map { "#\($0)" }.joined(separator: ", "))
        }
        if !evidence.plateReads.isEmpty { parts.append(HTML(text: l.plateReadCount(evidence.plateReads.count))) }
        var images: [HTML] = []
        if let ref = evidence.bestFrameRef, !ref.isEmpty {
            images.append("<a href=\"\(TrafficLinks.attachment(ref))\">\(l.bestFrame)</a>")
        }
        if let ref = evidence.plateCropRef, !ref.isEmpty {
            images.append("<a href=\"\(TrafficLinks.attachment(ref))\">\(l.plateCrop)</a>")
        }
        if !images.isEmpty { parts.append(images.joined(separator: " · ")) }
        return parts.isEmpty ? Badge.dash : "<span class=\"small\">\(parts.joined(separator: "<br>"))</span>"
    }

    /// The handling cell: a new violation's status and, with `showActions`, its two forms;
    /// an opened case as a link; a dismissed event as a badge; "—" for a new non-violation.
    static func trafficHandling(_ row: TrafficEventRow, context: PageContext, showActions: Bool) -> HTML {
        let l = context.localizer
        switch row.status {
        case .caseOpened(let caseID, let trackingCode):
            return "<a class=\"code\" href=\"\(caseLink(caseID))\">\(l.caseLinkLabel(trackingCode))</a>"
        case .dismissed:
            return "<span class=\"badge dismissed\">\(l.dismissed)</span>"
        case .new:
            guard row.isViolation else { return Badge.dash }
            var html: HTML = "<span class=\"badge not-handled\">\(l.notHandled)</span>"
            if showActions { html += "<div class=\"event-actions\">\(trafficActionForms(row, context: context))</div>" }
            return html
        }
    }

    /// The two POST forms of a new violation, each with the CSRF field; the buttons name the
    /// event for screen readers.
    static func trafficActionForms(_ row: TrafficEventRow, context: PageContext) -> HTML {
        let l = context.localizer
        let which = HTML(text: " – \(row.title), \(row.cameraName), "
            + VietnamTime.format(VietnamTime.instant(millis: row.timeMillis)))
        return "<form class=\"inline-action\" method=\"post\" action=\"\(TrafficLinks.openCase(row.id))\">"
            + FormControls.csrfField(context)
            + "<button type=\"submit\">\(l.openCaseButton)<span class=\"visually-hidden\">\(which)</span>"
            + "</button></form>"
            + "<form class=\"inline-action\" method=\"post\" action=\"\(TrafficLinks.dismiss(row.id))\">"
            + FormControls.csrfField(context)
            + "<button type=\"submit\" class=\"secondary\">\(l.dismissButton)"
            + "<span class=\"visually-hidden\">\(which)</span></button></form>"
    }
}
