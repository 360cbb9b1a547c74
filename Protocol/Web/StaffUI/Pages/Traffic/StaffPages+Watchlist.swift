extension StaffPages {
    /// The watch-list (`/ui/traffic/watchlist`): the plates under watch — plate linked to the
    /// plate search, reason, who added it, expiry in UTC+7 or "Không thời hạn". On the hub,
    /// a POST form to `/ui/traffic/watchlist` (`csrf_token`, `plate`, `reason`; after a refused
    /// add it shows `errorText` tied to the plate field and keeps what was typed) and per row a
    /// POST remove form to `/ui/traffic/watchlist/{plateKey}/remove` (`csrf_token`). District
    /// nodes get a read-only note and no forms.
    public static func watchlist(_ page: WatchlistPage, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(TrafficLinks.overview)\">\(l.backToTraffic)</a></p>\n"
        html += "<h1>\(l.watchlistTitle)</h1>\n<p>\(l.watchlistIntro)</p>\n"
        if context.seesEveryDistrict {
            html += watchlistAddForm(page, context)
        } else {
            html += "<p class=\"readonly\" role=\"note\"><strong>\(l.readOnly):</strong> "
                + "\(l.watchlistReadOnly)</p>\n"
        }
        html += watchlistTable(page.entries, context)
        return PageLayout.render(title: l.watchlistTitle, body: html, context: context)
    }

    private static func watchlistAddForm(_ page: WatchlistPage, _ context: PageContext) -> HTML {
        let l = context.localizer
        let error = page.errorText.flatMap { $0.isEmpty ? nil : $0 }
        var html: HTML = "<form class=\"card\" method=\"post\" action=\"\(TrafficLinks.watchlist)\"><h2>\(l.addToWatchlist)</h2>"
            + FormControls.csrfField(context)
        html += "<div class=\"field\"><label for=\"watch-plate\">\(l.plateQuery) <span class=\"required\">*</span></label>"
            + "<p class=\"hint\" id=\"watch-plate-hint\">\(l.plateHint)</p>"
        var describedBy = "watch-plate-hint"
        if let error {
            html += "<p class=\"error-text\" id=\"watch-plate-error\">\(error)</p>"
            describedBy += " watch-plate-error"
        }
        html += "<input type=\"text\" id=\"watch-plate\" name=\"plate\" value=\"\(page.formPlate)\" required "
            + "autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"\(describedBy)\"\(error == nil ? "" : " aria-invalid=\"true\"" as HTML)></div>"
        html += "<div class=\"field\"><label for=\"watch-reason\">\(l.reason) <span class=\"required\">*</span></label>"
            + "<textarea id=\"watch-reason\" name=\"reason\" rows=\"2\" required>\(page.formReason)</textarea></div>"
        return html + "<button type=\"submit\">\(l.addButton)</button></form>\n"
    }

    private static func watchlistTable(_ entries: [WatchlistRow], _ context: PageContext) -> HTML {
        let l = context.localizer
        guard !entries.isEmpty else { return "<p class=\"card muted\">\(l.emptyWatchlist)</p>\n" }
        var headers = [l.plateQuery, l.reason, l.addedBy, l.expires]
        if context.seesEveryDistrict { headers.append(l.handling) }
        var html: HTML = "<div class=\"table-wrap\"><table class=\"watchlist\">\n<thead><tr>"
            + headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for entry in entries {
            html += "<tr><th scope=\"row\"><a class=\"code\" href=\"\(TrafficLinks.plate(entry.plate))\">"
                + "\(entry.plate)</a></th><td class=\"prewrap\">\(entry.reason)</td>"
                + "<td>\(entry.addedBy)</td>"
            html += "<td>\(entry.expiresMillis.map { Badge.time(millis: $0) } ?? HTML(text: l.noExpiry))</td>"
            if context.seesEveryDistrict {
                html += "<td><form class=\"inline-action\" method=\"post\" "
                    + "action=\"\(TrafficLinks.removeFromWatchlist(entry.plateKey))\">"
                    + FormControls.csrfField(context)
                    + "<button type=\"submit\" class=\"danger\">\(l.removeButton)"
                    + "<span class=\"visually-hidden\"> \(entry.plate)</span></button></form></td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }
}
