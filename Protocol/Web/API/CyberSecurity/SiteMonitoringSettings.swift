import CyberSecurity
import Notifications

/// How a site checks the monitored websites and, at the hub, how incidents are concluded
/// and told: the part of a node's and the hub's configuration the cyber-security service reads.
public struct SiteMonitoringSettings: Sendable {
    /// Whether this site probes at all (a hub or node behind a proxy may not).
    public var enabled = true
    /// How often due checks are looked for and results written.
    public var tickMillis: Int64 = 500
    /// A vantage point's record is written at least this often while nothing changes.
    public var heartbeatMillis: Int64 = 60_000
    /// Reports older than this do not vote in the hub's verdict (at least three heartbeats).
    public var staleMillis: Int64 = 180_000
    public var maxConcurrent = 16
    /// curl's `--connect-to` entries for this site's probes (`host:port:connect-host:connect-port`).
    public var connectTo: [String] = []
    /// Where incidents are told besides the UI.
    public var webhook: WebhookPost?
    public var mail: SMTPSender?
    /// SOC alerts at or above this band are told through them too.
    public var alertBand = SeverityBand.high

    public init() {}
}
