import Vietnam

/// What the wall's event stream sends: every text the page shows that changes, written in
/// the reader's language on the server, so `wall.js` only sets text and classes (it never
/// builds markup from data).
public struct WallUpdate: Sendable, Hashable, Codable {
    public struct Link: Sendable, Hashable, Codable {
        public var name: String
        public var label: String
        /// `up` or `down`.
        public var state: String
        public var stateText: String
        public var ageText: String
        public var waitingText: String
    }

    public struct Alert: Sendable, Hashable, Codable {
        public var severity: Int
        public var severityText: String
        public var title: String
        public var href: String
        public var service: String
        public var timeText: String
    }

    public var generated: String
    /// Which sources' data is old and since when; empty when every source is live.
    public var stale: String
    public var links: [Link]
    /// `service.key` → the figure's text.
    public var figures: [String: String]
    public var trends: [String: String]
    public var alerts: [Alert]

    public init(_ page: WallPage, _ l: Localizer) {
        generated = l.moment(page.now)
        links = page.links.map { link in
            let label = link.name == "hub" ? l.hubVantageName : (AdministrativeUnit.named(link.district)?.name ?? link.name)
            return Link(
                name: link.name, label: label, state: link.connected ? "up" : "down", stateText: l.linkStateName(link.connected),
                ageText: link.lastSuccess.map { l.wallAge(since: $0, now: page.now) } ?? l.wallNeverSynced,
                waitingText: link.waiting.map { l.number($0) } ?? "—")
        }
        let lost = zip(page.links, links).filter { !$0.0.connected }
        stale = lost.isEmpty ? "" : l.wallStaleSources(lost.map { ($0.1.label, $0.0.lastSuccess.map { l.moment($0) }) }, isDistrictCenter: page.isDistrictCenter)
        var figures: [String: String] = [:], trends: [String: String] = [:]
        for tile in page.tiles {
            for figure in tile.figures {
                figures[tile.service + "." + figure.key] = figure.text
                trends[tile.service + "." + figure.key] = figure.trend ?? ""
            }
        }
        self.figures = figures
        self.trends = trends
        alerts = page.alerts.prefix(WallPage.alertLimit).map { alert in
            Alert(
                severity: alert.severity, severityText: l.wallSeverityName(alert.severity), title: alert.title, href: alert.href,
                service: alert.service, timeText: l.moment(alert.at))
        }
    }
}
