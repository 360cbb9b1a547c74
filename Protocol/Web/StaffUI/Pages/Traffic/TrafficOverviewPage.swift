/// The traffic overview (`/ui/traffic`): every camera this site shows (all of the province
/// on the hub), the latest events and the watch-list alerts.
public struct TrafficOverviewPage: Hashable, Sendable {
    /// In the order the table shows them.
    public var cameras: [TrafficCameraSummary]
    /// Newest first, as given.
    public var recentEvents: [TrafficEventRow]
    /// Newest first, as given; unacknowledged ones are highlighted.
    public var alerts: [PlateAlertRow]
    /// When the figures were read, Unix milliseconds.
    public var generatedAtMillis: Int64
    /// When set, the page reloads itself every so many seconds (`<meta http-equiv="refresh">`)
    /// and offers a link to `/ui/traffic?refresh=0`, after which the server should pass nil.
    public var autoRefreshSeconds: Int?

    public init(
        cameras: [TrafficCameraSummary], recentEvents: [TrafficEventRow] = [], alerts: [PlateAlertRow] = [],
        generatedAtMillis: Int64, autoRefreshSeconds: Int? = nil
    ) {
        self.cameras = cameras
        self.recentEvents = recentEvents
        self.alerts = alerts
        self.generatedAtMillis = generatedAtMillis
        self.autoRefreshSeconds = autoRefreshSeconds
    }
}
