import SyncSession
import WebAPI

/// Where a district node keeps its data, which district it serves, how it reaches the hub
/// (`sync`) and how it serves its staff and its cameras.
public struct NodeConfiguration: Sendable {
    /// Who the node is and how its sync daemon reaches the hub.
    public var sync: SyncClientConfiguration
    public var httpHost = "127.0.0.1"
    /// 0 picks a free port; the chosen port is written to `ports.json` in the data directory.
    public var httpPort = 8610
    /// The certificate and key to serve HTTPS with; nil: plain HTTP.
    public var https: HTTPSFiles?
    /// Shared secret of the chat-channel webhooks; nil turns them off.
    public var webhookSecret: String?
    /// The `api_key` an Open311 POST must carry; nil: none.
    public var open311APIKey: String?
    /// nng PULL address for detection batches (e.g. `tcp://127.0.0.1:8620`); nil: HTTP only.
    public var detectionsURL: String?
    /// Let the detection socket listen on an address other than loopback (it has no
    /// authentication: only for a camera network the office controls).
    public var detectionsAllowRemote = false
    /// Feed the district's demo cameras with synthetic traffic (the local federation's demo).
    public var demoTraffic = false
    /// The syslog port for the district's devices (UDP and TCP) on `httpHost`; 0 picks a free one; nil: none.
    public var syslogPort: Int?
    /// How long, and how many, raw security events the node keeps (alerts and hourly counts replicate).
    public var securityRetentionDays = 30
    public var securityMaxEvents = 1_000_000
    /// The node's checks of the monitored websites it is a vantage point for.
    public var siteMonitoring = SiteMonitoringSettings()

    public init(dataDirectory: String, district: String, name: String) {
        sync = SyncClientConfiguration(dataDirectory: dataDirectory, district: district, name: name)
    }

    public var dataDirectory: String { sync.dataDirectory }
    /// GSO code of the district, the scope of everything the node creates.
    public var district: String { sync.district }
    public var name: String { sync.name }

    public var databasePath: String { dataDirectory + "/node.sqlite" }
    public var keyPath: String { dataDirectory + "/node.key" }
    public var portsPath: String { dataDirectory + "/ports.json" }
    public var attachmentsPath: String { dataDirectory + "/attachments" }
    /// The raw security events (not replicated).
    public var securityEventsPath: String { dataDirectory + "/security-events.sqlite" }
}
