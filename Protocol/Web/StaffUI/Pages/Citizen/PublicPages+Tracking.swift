import WebForms

extension PublicPages {
    /// The public lookup: the code form; "not found" when a code matched nothing; or the
    /// case's public status — category, status, dates, due badge, public timeline, result and
    /// result photos — with a 1–5 star rating form (radio buttons and a comment, posted to
    /// `/track/{code}/rating`) once resolved or closed and not yet rated, else the rating given.
    /// It shows nothing personal: `TrackingResult` has no field that could hold it.
    public static func tracking(_ page: TrackingPage, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<h1>\(l.trackTitle)</h1>\n"
        let code = page.result?.trackingCode ?? page.code ?? ""
        html += "<form class=\"filters card\" method=\"get\" action=\"/track\">"
            + "<div class=\"field\"><label for=\"track-code\">\(l.trackingCode)</label>"
            + "<p class=\"hint\">\(l.trackIntro)</p>"
            + "<input type=\"text\" id=\"track-code\" name=\"code\" required autocapitalize=\"characters\" "
            + "value=\"\(code)\"></div><button type=\"submit\">\(l.lookUp)</button></form>\n"
        if let result = page.result {
            html += trackingResult(result, context)
        } else if let typed = page.code, !typed.isEmpty {
            html += "<p class=\"flash flash-error\" role=\"alert\">\(l.notFound(code: typed))</p>\n"
        }
        return PageLayout.render(title: l.trackTitle, body: html, context: context)
    }

    private static func trackingResult(_ r: TrackingResult, _ context: PageContext) -> HTML {
        let l = context.localizer
        var html: HTML = "<section class=\"card\"><h2>\(l.caseTitle(r.trackingCode)) \(Badge.status(r.status, l))</h2>"
        var facts: [(label: String, value: HTML)] = [
            (l.category, HTML(text: r.categoryName)),
            (l.statusColumn, Badge.status(r.status, l)),
            (l.receivedAt, Badge.time(r.receivedAt)),
        ]
        if let deadline = r.deadline {
            facts.append((l.deadline, Badge.time(deadline) + (r.due == .settled ? "" : " " + Badge.due(r.due, l))))
        }
        if let result = r.resultText, !result.isEmpty {
            facts.append((l.result, "<span class=\"prewrap\">\(result)</span>"))
        }
        html += DetailList(facts).render()
        html += "</section>\n"
        html += StaffPages.photoSection(l.resultPhotos, r.resultPhotos, l)

        html += "<section class=\"card\"><h2>\(l.timeline)</h2>"
        let ordered = r.timeline.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
        if ordered.isEmpty {
            html += "<p class=\"muted\">\(l.noTimeline)</p>"
        } else {
            html += "<ol class=\"timeline\">"
            for entry in ordered.map(\.element) {
                html += "<li><div class=\"meta\">\(Badge.time(entry.at))</div>"
                if let status = entry.status { html += "<div>\(Badge.status(status, l))</div>" }
                if !entry.text.isEmpty { html += "<div class=\"prewrap\">\(entry.text)</div>" }
                html += "</li>"
            }
            html += "</ol>"
        }
        html += "</section>\n"

        if let rating = r.rating {
            html += "<section class=\"card\"><h2>\(l.yourRating)</h2><p>\(StaffPages.rating(rating, l))</p></section>\n"
        } else if r.canBeRated {
            html += ratingForm(r.trackingCode, context)
        }
        return html
    }

    private static func ratingForm(_ code: String, _ context: PageContext) -> HTML {
        let l = context.localizer
        let action = "/track/" + URLEncodedForm.percentEncode(code, spaceAsPlus: false) + "/rating"
        var html: HTML = "<form class=\"card\" method=\"post\" action=\"\(action)\">"
            + "<h2>\(l.rateTitle)</h2>" + FormControls.csrfField(context)
            + "<fieldset class=\"stars\"><legend>\(l.satisfaction)</legend>"
        for stars in (1...5).reversed() {
            html += "<label><input type=\"radio\" name=\"stars\" value=\"\(stars)\" required> "
                + "\(String(repeating: "★", count: stars)) \(l.starLabel(stars))</label>"
        }
        html += "</fieldset>"
        html += FormControls.textarea(id: "rating-comment", name: "comment", label: l.ratingComment)
        return html + "<button type=\"submit\">\(l.sendRating)</button></form>\n"
    }
}
