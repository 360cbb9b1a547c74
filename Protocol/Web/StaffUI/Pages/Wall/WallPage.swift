import Vietnam

/// What `/ui/ioc` shows, at the hub for the province and at a node for its own district:
/// the map coloured by a chosen measure, one tile per service mounted here, the
/// federation's health, and the alerts of every service, newest and most severe first.
/// Live: `wall.js` applies each `WallUpdate` the page's event stream sends.
public struct WallPage: Sendable {
    public var title: String
    /// True at a node: its own area, and its link to the hub instead of the nodes'.
    public var isDistrictCenter: Bool
    public var tiles: [WallTile]
    public var links: [WallLink]
    public var alerts: [WallAlert]
    public var measures: [WallMeasure]
    /// The measure the map is coloured by (`?measure=`); the first when unknown.
    public var measure: String?
    /// `?kiosk=1`: no navigation, type for a wall at 3–5 m.
    public var kiosk: Bool
    public var now: Int64

    public init(
        title: String, isDistrictCenter: Bool, tiles: [WallTile], links: [WallLink], alerts: [WallAlert], measures: [WallMeasure], measure: String?,
        kiosk: Bool, now: Int64
    ) {
        self.title = title
        self.isDistrictCenter = isDistrictCenter
        self.tiles = tiles
        self.links = links
        self.alerts = WallAlert.ordered(alerts)
        self.measures = measures
        self.measure = measure
        self.kiosk = kiosk
        self.now = now
    }

    public var today: CivilDate { VietnamTime.date(millis: now) }

    var chosenMeasure: WallMeasure? { measures.first { $0.code == measure } ?? measures.first }

    /// How many alerts the list shows.
    static let alertLimit = 12
}

extension StaffPages {
    public static func wall(_ page: WallPage, context: PageContext) -> String {
        let l = context.localizer
        let update = WallUpdate(page, l)
        let kiosk = page.kiosk ? "1" : "0"
        var html: HTML = "<div class=\"wall\" id=\"wall\" data-events=\"/ui/ioc/events?kiosk=\(kiosk)&amp;lang=\(context.language.htmlLang)\">\n"
        html += "<div class=\"wall-head\"><h1>\(page.title)</h1><p class=\"wall-clock\">\(l.wallDataAsOf) <time id=\"wall-generated\">\(update.generated)</time></p>"
        html += "<p class=\"wall-stale\" id=\"wall-stale\" role=\"status\"\(update.stale.isEmpty ? " hidden" : "")>\(update.stale)</p></div>\n"
        html += "<div class=\"wall-grid\">\n"
        html += mapSection(page, l)
        html += tilesSection(page, l)
        html += linksSection(page, update, l)
        html += alertsSection(update, l)
        html += "</div></div>\n"
        return PageLayout.render(title: page.title, body: html, context: context, scripts: [StaticAsset.wall], kiosk: page.kiosk)
    }

    static func mapSection(_ page: WallPage, _ l: Localizer) -> HTML {
        let measure = page.chosenMeasure
        var html: HTML = "<section class=\"card wall-map\" aria-labelledby=\"wall-map-heading\"><h2 id=\"wall-map-heading\">\(l.wallMapHeading)</h2>"
        if !page.measures.isEmpty {
            html += "<nav class=\"measure-picker\" aria-label=\"\(l.wallMeasureLabel)\"><ul>"
            for option in page.measures {
                let current: HTML = option.code == measure?.code ? " aria-current=\"true\"" : ""
                html += "<li><a href=\"/ui/ioc?measure=\(option.code)\(page.kiosk ? HTML(trusted: "&amp;kiosk=1") : "")\"\(current)>\(option.label)</a></li>"
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
