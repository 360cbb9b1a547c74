import Vietnam

/// What `/ui/ioc` shows, at the hub for the province and at a node for its own district:
/// the map coloured by a chosen measure, one tile per service mounted here, the
/// federation's health, and the alerts of every service, newest and most severe first.
/// Live: `wall.js` applies each `WallUpdate` the page's event stream sends.
public struct WallPage: Sendable {
    public var title: String
    /// True at a node: its own area, and its link to the hub instead of the nodes'.
    public var isDistrictCenter: Bool
    /// The districts the map frames (a node's own); nil: the province.
    public var focus: [String]?
    public var tiles: [WallTile]
    public var links: [WallLink]
    public var alerts: [WallAlert]
    public var measures: [WallMeasure]
    /// Which part of the wall, which service, and the measure the map is coloured by (the
    /// first when unknown).
    public var screen: WallScreen
    /// `?kiosk=1`: no navigation, type for a wall at 3–5 m.
    public var kiosk: Bool
    /// On a playlist: where the display goes next, and when.
    public var next: (href: String, seconds: Int)?
    public var now: Int64

    public init(
        title: String, isDistrictCenter: Bool, tiles: [WallTile], links: [WallLink], alerts: [WallAlert], measures: [WallMeasure], screen: WallScreen,
        kiosk: Bool, next: (href: String, seconds: Int)? = nil, focus: [String]? = nil, now: Int64
    ) {
        self.focus = focus
        self.title = title
        self.isDistrictCenter = isDistrictCenter
        self.tiles = tiles
        self.links = links
        self.alerts = WallAlert.ordered(alerts)
        self.measures = measures
        self.screen = screen
        self.kiosk = kiosk
        self.next = next
        self.now = now
    }

    public var today: CivilDate { VietnamTime.date(millis: now) }

    var chosenMeasure: WallMeasure? { measures.first { $0.code == screen.measure } ?? measures.first }

    /// The link to this screen with other parameters changed, kiosk kept.
    func href(_ screen: WallScreen) -> String {
        let query = [screen.query, kiosk ? "kiosk=1" : ""].filter { !$0.isEmpty }.joined(separator: "&")
        return "/ui/ioc" + (query.isEmpty ? "" : "?" + query)
    }

    /// How many alerts the list shows.
    static let alertLimit = 12
}

extension StaffPages {
    public static func wall(_ page: WallPage, context: PageContext) -> String {
        let l = context.localizer
        let update = WallUpdate(page, l)
        let kiosk = page.kiosk ? "1" : "0"
        let events = "/ui/ioc/events?kiosk=\(kiosk)&lang=\(context.language.htmlLang)" + (page.screen.query.isEmpty ? "" : "&" + page.screen.query)
        var html: HTML = "<div class=\"wall\" id=\"wall\" data-events=\"\(events)\">\n"
        html += "<div class=\"wall-head\"><h1>\(page.title)</h1><p class=\"wall-clock\">\(l.wallDataAsOf) <time id=\"wall-generated\">\(update.generated)</time></p>"
        html += "<p class=\"wall-stale\" id=\"wall-stale\" role=\"status\"\(update.stale.isEmpty ? " hidden" : "")>\(update.stale)</p></div>\n"
        let view = page.screen.view
        html += "<div class=\"wall-grid view-\(view.rawValue)\">\n"
        if view == .all || view == .map { html += mapSection(page, l) }
        if view == .all || view == .tiles { html += tilesSection(page, l) }
        if view == .all || view == .links { html += linksSection(page, update, l) }
        if view == .all || view == .alerts { html += alertsSection(update, l) }
        html += "</div></div>\n"
        return PageLayout.render(
            title: page.title, body: html, context: context, scripts: [StaticAsset.wall], refreshSeconds: page.next?.seconds, refreshTo: page.next?.href,
            kiosk: page.kiosk)
    }

    static func mapSection(_ page: WallPage, _ l: Localizer) -> HTML {
        let measure = page.chosenMeasure
        var html: HTML = "<section class=\"card wall-map\" aria-labelledby=\"wall-map-heading\"><h2 id=\"wall-map-heading\">\(page.focus == nil ? l.wallMapHeading : l.wallDistrictMapHeading)</h2>"
        if !page.measures.isEmpty {
            html += "<nav class=\"measure-picker\" aria-label=\"\(l.wallMeasureLabel)\"><ul>"
            for option in page.measures {
                let current: HTML = option.code == measure?.code ? " aria-current=\"true\"" : ""
                var screen = page.screen
                screen.measure = option.code
                html += "<li><a href=\"\(page.href(screen))\"\(current)>\(option.label)</a></li>"
            }
            html += "</ul></nav>"
            if let measure { html += "<p class=\"map-caption\">\(measure.label) (\(measure.unit)) · \(measure.period)</p>" }
        }
        return html + WallMap.svg(page, measure: measure, l) + WallMap.legend(measure: measure, l) + "</section>\n"
    }

    static func tilesSection(_ page: WallPage, _ l: Localizer) -> HTML {
        var html: HTML = "<section class=\"wall-tiles\" aria-label=\"\(l.wallServicesLabel)\"><ul class=\"tiles\">"
        for tile in page.tiles {
            html += "<li class=\"tile wall-tile\" data-service=\"\(tile.service)\"><h2><a href=\"\(tile.href)\">\(tile.title)</a></h2><dl>"
            for figure in tile.figures {
                html += "<div class=\"figure tone-\(figure.tone.rawValue)\"><dt>\(figure.label)</dt><dd><span class=\"figure-value\" data-figure=\"\(tile.service).\(figure.key)\">\(figure.text)</span>"
                html += "<span class=\"figure-trend\" data-trend=\"\(tile.service).\(figure.key)\">\(figure.trend ?? "")</span></dd></div>"
            }
            html += "</dl></li>"
        }
        return html + "</ul></section>\n"
    }

    static func linksSection(_ page: WallPage, _ update: WallUpdate, _ l: Localizer) -> HTML {
        var html: HTML = "<section class=\"card wall-links\" aria-labelledby=\"wall-links-heading\"><h2 id=\"wall-links-heading\">\(page.isDistrictCenter ? l.wallHubLinkHeading : l.wallFederationHeading)</h2>"
        guard !update.links.isEmpty else { return html + "<p>\(l.wallNoNodes)</p></section>\n" }
        html += "<table><thead><tr><th scope=\"col\">\(l.wallNodeColumn)</th><th scope=\"col\">\(l.wallLinkColumn)</th><th scope=\"col\">\(l.wallLastSyncColumn)</th>"
            + "<th scope=\"col\">\(l.wallWaitingColumn)</th></tr></thead><tbody>"
        for link in update.links {
            html += "<tr class=\"link-\(link.state)\" data-node=\"\(link.name)\"><th scope=\"row\">\(link.label)</th><td class=\"link-state\">\(link.stateText)</td>"
                + "<td class=\"link-age\">\(link.ageText)</td><td class=\"link-waiting number\">\(link.waitingText)</td></tr>"
        }
        return html + "</tbody></table></section>\n"
    }

    static func alertsSection(_ update: WallUpdate, _ l: Localizer) -> HTML {
        var html: HTML = "<section class=\"card wall-alerts\" aria-labelledby=\"wall-alerts-heading\"><h2 id=\"wall-alerts-heading\">\(l.wallAlertsHeading)</h2>"
        html += "<p id=\"wall-no-alerts\"\(update.alerts.isEmpty ? "" : " hidden")>\(l.wallNoAlerts)</p><ol class=\"wall-alert-list\" id=\"wall-alert-list\">"
        for alert in update.alerts {
            html += "<li class=\"severity-\(alert.severity)\"><span class=\"alert-badge\">\(alert.severityText)</span> <a href=\"\(alert.href)\">\(alert.title)</a> <span class=\"muted\">\(alert.service) · \(alert.timeText)</span></li>"
        }
        return html + "</ol></section>\n"
    }
}
