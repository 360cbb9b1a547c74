import Foundation
import PublicServices
import WebAPI

/// Where the hub keeps its data and where it listens.
public struct HubConfiguration: Sendable {
    public var dataDirectory: String
    public var httpHost = "127.0.0.1"
    /// 0 picks a free port; the chosen ports are written to `ports.json` in the data directory.
    public var httpPort = 8600
    /// The certificate and key to serve HTTPS with; nil: plain HTTP.
    public var https: HTTPSFiles?
    public var syncURL = "tls+tcp://127.0.0.1:8601"
    public var announceURL = "tls+tcp://127.0.0.1:8602"
    /// The DNS names the hub's TLS certificate carries; nodes check one of them.
    public var tlsServerNames = [HubCertificates.defaultServerName]
    /// Allow plain `tcp://` listeners on loopback (development only); TLS otherwise.
    public var allowPlainLoopback = false
    public var syncWorkers = 4
    /// Shared secret of the chat-channel webhooks; nil turns them off.
    public var webhookSecret: String?
    /// The `api_key` an Open311 POST must carry; nil: none.
    public var open311APIKey: String?
    /// Register the demo cameras and watch-list (the local federation's demo).
    public var demoTraffic = false
    /// Add the demo figures, targets and rankings of the indicators (the local federation's demo).
    public var demoIndicators = false
    /// Add a year of demo dossiers of every unit (the local federation's demo).
    public var demoDossiers = false
    /// When the weekly overdue-dossier report goes out (default Monday 08:00, Vietnam time);
    /// nil: only when an operator issues it.
    public var weeklyReport: WeeklySchedule? = WeeklySchedule()
    /// Working days before the promised day that count as "due soon".
    public var dueSoonDays = 2
    /// Days a closed dossier keeps its applicant's personal data before the hub erases it.
    public var applicantRetentionDays = 730
    /// The one-stop system's dossier endpoint the hub polls (nil: no polling), its token,
    /// and the seconds between polls.
    public var oneStopURL: URL?
    public var oneStopToken: String?
    public var oneStopIntervalSeconds = 300

    /// The "not synced" alert: a node the hub has had no successful sync from for longer
    /// than this many minutes (fractions allowed) is shown `stale` in `GET /api/v1/sync`
    /// and `/metrics`, and logged once when it turns stale and once when it clears.
    public var staleAfterMinutes: Double = 30
    /// A node heard from within this many milliseconds counts as connected.
    public var linkWindowMillis: Int64 = 30_000
    /// Days a closed case keeps its reporter's name, phone and e-mail before the hub erases
    /// them everywhere (Decree 13/2023 on personal data protection).
    public var reporterRetentionDays = 365

    /// The SOC's syslog port (UDP and TCP) on `httpHost`; 0 picks a free one; nil: none.
    public var syslogPort: Int?
    /// How long, and how many, raw security events the hub keeps (alerts and hourly counts stay).
    public var securityRetentionDays = 30
    public var securityMaxEvents = 5_000_000
    /// The hub's checks of the monitored websites, the incidents it concludes and where it tells them.
    public var siteMonitoring = SiteMonitoringSettings()
    /// A JSON file of monitored sites (`MonitoredSite`s) registered at start: the registry kept as configuration.
    public var securitySitesPath: String?
    /// The wall's playlists (`WallPlaylist.load`); nil: the default one.
    public var wallPlaylistsPath: String?

    public init(dataDirectory: String) { self.dataDirectory = dataDirectory }

    public var databasePath: String { dataDirectory + "/hub.sqlite" }
    public var keyPath: String { dataDirectory + "/hub.key" }
    public var portsPath: String { dataDirectory + "/ports.json" }
    public var attachmentsPath: String { dataDirectory + "/attachments" }
    /// The raw security events (not replicated).
    public var securityEventsPath: String { dataDirectory + "/security-events.sqlite" }
    /// Where the one-stop connector keeps its cursor.
    public var oneStopCursorPath: String { dataDirectory + "/one-stop-cursor.json" }
    /// The hub's certificate authority, its own certificate and the revocation list.
    public var tlsPath: String { dataDirectory + "/tls" }
}
