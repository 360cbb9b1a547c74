/// The frame every page shares: document head with the stylesheet, the header
/// (site title, navigation, search box, language switch), the flash message and the footer.
enum PageLayout {
    /// A complete HTML5 document, rendered: the one place where a page's `HTML` becomes the
    /// text that is sent. `title` is plain text; `scripts` are this site's own files, loaded
    /// after the page (no inline script, so the Content-Security-Policy forbids all). With `refreshSeconds` (at least 5) the head
    /// carries `<meta http-equiv="refresh">`; without it the head is unchanged.
    static func render(
        title: String, body: HTML, context: PageContext, scripts: [StaticAsset] = [], refreshSeconds: Int? = nil, refreshTo: String? = nil, kiosk: Bool = false
    ) -> String {
        let l = context.localizer
        var html: HTML = """
            <!DOCTYPE html>
            <html lang="\(context.language.htmlLang)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">\(refresh(refreshSeconds, to: refreshTo))
            <title>\(title) · \(context.siteTitle)</title>
            <link rel="stylesheet" href="\(StaticAsset.stylesheet.href)">
            </head>
            <body\(kiosk ? HTML(trusted: " class=\"kiosk\"") : "")>

            """
        // A wall's screen shows the page alone: no navigation to wander off with.
        if !kiosk {
            html += """
                <a class="skip" href="#main">\(l.skipToContent)</a>
                <header class="site-header">
                <div class="bar">
                \(brand(context))
                \(navigation(context))
                \(search(context))
                \(languageSwitch(context))
                </div>
                </header>

                """
        }
        html += """
            <main id="main" tabindex="-1">

            """
        if let flash = context.flash {
            let role = flash.kind == .error ? "alert" : "status"
            html += "<p class=\"flash flash-\(flash.kind.rawValue)\" role=\"\(role)\">\(flash.text)</p>\n"
        }
        html += body
        html += "\n</main>\n"
        if !kiosk {
            html += """
                <footer class="site-footer">
                <p>\(l.footerOrganisation) · \(l.footerService)<br>\
                \(context.siteTitle) — \(context.seesEveryDistrict ? l.hubSite : l.districtSite)</p>
                </footer>

                """
        }
        for script in scripts { html += "<script src=\"\(script.href)\" defer></script>\n" }
        html += "</body>\n</html>\n"
        return html.rendered
    }

    /// Reloads the page, or goes to `target` (a path on this site), after `seconds`.
    private static func refresh(_ seconds: Int?, to target: String?) -> HTML {
        guard let seconds else { return "" }
        return "\n<meta http-equiv=\"refresh\" content=\"\(max(5, seconds))\(target.map { ";url=" + $0 } ?? "")\">"
    }

    private static func brand(_ context: PageContext) -> HTML {
        let home = context.audience == .staff ? "/ui/inbox" : "/report"
        let scope: HTML = context.seesEveryDistrict ? " <span class=\"scope\">\(context.localizer.provincialScope)</span>" : ""
        return "<a class=\"brand\" href=\"\(home)\">\(context.siteTitle)</a>\(scope)"
    }

    /// The navigation links for the audience, the current one marked `aria-current="page"`.
    private static func navigation(_ context: PageContext) -> HTML {
        let l = context.localizer
        var links: [(path: String, label: String)] =
            context.audience == .staff
            ? [("/ui/ioc", l.navWall), ("/ui/inbox", l.navInbox), ("/ui/reports/new", l.navNewReport), ("/ui/stats", l.navStatistics),
                ("/ui/traffic", l.navTraffic), ("/ui/indicators", l.navIndicators), ("/ui/dossiers", l.navDossiers), ("/ui/security", l.navSecurity),
                ("/track", l.navTrack)]
            : [("/report", l.navSubmitReport), ("/track", l.navTrack)]
        if context.audience == .staff, context.showsAdministration { links.append(("/ui/admin", l.navAdministration)) }
        let path = String(context.currentPath.prefix { $0 != "?" })
        let items: [HTML] = links.map { link in
            let current: HTML = path == link.path || path.hasPrefix(link.path + "/") ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(link.path)\"\(current)>\(link.label)</a></li>"
        }
        return "<nav class=\"site-nav\" aria-label=\"\(l.mainNavigation)\"><ul>\(items.joined())</ul></nav>"
    }

    /// The staff search box: GET `/ui/inbox?q=`. Citizens get none.
    private static func search(_ context: PageContext) -> HTML {
        guard context.audience == .staff else { return "" }
        let l = context.localizer
        return """
            <form class="search" role="search" method="get" action="/ui/inbox">\
            <label class="visually-hidden" for="site-search">\(l.search)</label>\
            <input type="search" id="site-search" name="q" value="\(context.searchText)" \
            placeholder="\(l.searchPlaceholder)">\
            <button type="submit">\(l.searchButton)</button></form>
            """
    }

    /// "Tiếng Việt | English": the current language as text, the other as a link.
    private static func languageSwitch(_ context: PageContext) -> HTML {
        let items: [HTML] = Language.allCases.map { language in
            language == context.language
                ? "<strong lang=\"\(language.htmlLang)\">\(language.nativeName)</strong>"
                : "<a href=\"\(context.languageSwitchLink(to: language))\" hreflang=\"\(language.htmlLang)\" "
                    + "lang=\"\(language.htmlLang)\">\(language.nativeName)</a>"
        }
        return "<p class=\"lang-switch\"><span class=\"visually-hidden\">\(context.localizer.languageLabel): </span>"
            + items.joined(separator: " | ") + "</p>"
    }
}
