import ArgumentParser
import Foundation
import Notifications
import WebAPI

/// The website checks' options, the same at the hub and at a node: how often due checks
/// are looked for, how often an unchanged report is written, how many run at once.
public struct SiteProbeOptions: ParsableArguments {
    @Flag(help: "Do not probe the monitored websites from here (the other vantage points still do).") public var noSiteProbes = false
    @Option(help: "Milliseconds between looks for due website checks (each site has its own interval).") public var probeTickMs: Int64 = 500
    @Option(help: "Milliseconds between writes of a website's report while nothing changes (the hub's sign that this vantage point is alive).")
    public var probeHeartbeatMs: Int64 = 60_000
    @Option(help: "Website checks at most at once.") public var probeConcurrency = 16
    @Option(help: "Reach a site's host:port through another address, \"host:port:connect-host:connect-port\" (repeatable; curl's --connect-to): a district's proxy or split-horizon name.")
    public var probeConnectTo: [String] = []

    public init() {}

    public func validate() throws {
        guard (10...60_000).contains(probeTickMs) else { throw ValidationError("--probe-tick-ms must be 10 to 60000") }
        guard (100...3_600_000).contains(probeHeartbeatMs) else { throw ValidationError("--probe-heartbeat-ms must be 100 to 3600000") }
        guard (1...256).contains(probeConcurrency) else { throw ValidationError("--probe-concurrency must be 1 to 256") }
        for entry in probeConnectTo where entry.split(separator: ":", omittingEmptySubsequences: false).count != 4 {
            throw ValidationError("--probe-connect-to \(entry): expected host:port:connect-host:connect-port, e.g. portal.daklak.gov.vn:443:127.0.0.1:8443")
        }
    }

    public func apply(to settings: inout SiteMonitoringSettings) {
        settings.enabled = !noSiteProbes
        settings.tickMillis = probeTickMs
        settings.heartbeatMillis = probeHeartbeatMs
        settings.maxConcurrent = probeConcurrency
        settings.connectTo = probeConnectTo
        settings.staleMillis = max(settings.staleMillis, 3 * probeHeartbeatMs)
    }
}

/// The hub's incident options: when a vantage point's silence stops its vote, and where
/// incidents are told (a webhook, e-mail through SMTP).
public struct IncidentNotificationOptions: ParsableArguments {
    @Option(help: "Milliseconds after which a vantage point's last report no longer votes (default: three heartbeats, at least 180000).")
    public var incidentStaleMs: Int64?
    @Option(help: "URL that receives each incident opened, changed or closed as JSON (POST).") public var notifyWebhook: String?
    @Option(help: "Header sent with the webhook, \"Name: value\" (repeatable), e.g. an Authorization token.") public var notifyWebhookHeader: [String] = []
    @Option(help: "SMTP server for incident e-mail, smtp://host:port or smtps://host:port.") public var smtpURL: String?
    @Option(help: "Sender address of incident e-mail.") public var smtpFrom = "ioc@daklak.gov.vn"
    @Option(help: "Recipient of incident e-mail (repeatable).") public var smtpTo: [String] = []
    @Option(help: "SMTP user name (password from $IOC_SMTP_PASSWORD).") public var smtpUser: String?
    @Flag(help: "Require STARTTLS with the SMTP server.") public var smtpStarttls = false
    @Option(help: "SOC alerts told by webhook and e-mail from this band up: high or critical (default high).") public var notifyAlertBand = "high"

    public init() {}

    public func validate() throws {
        if let notifyWebhook {
            guard let url = URL(string: notifyWebhook), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ValidationError("--notify-webhook must be an http:// or https:// URL")
            }
        }
        guard notifyWebhookHeader.allSatisfy({ $0.contains(":") }) else { throw ValidationError("--notify-webhook-header must look like \"Name: value\"") }
        if let smtpURL {
            guard let url = URL(string: smtpURL), ["smtp", "smtps"].contains(url.scheme ?? ""), url.host != nil else {
                throw ValidationError("--smtp-url must be smtp://host:port or smtps://host:port")
            }
            guard !smtpTo.isEmpty else { throw ValidationError("--smtp-url needs at least one --smtp-to") }
        }
        guard ["high", "critical"].contains(notifyAlertBand) else { throw ValidationError("--notify-alert-band must be high or critical") }
        if let incidentStaleMs, !(1_000...86_400_000).contains(incidentStaleMs) { throw ValidationError("--incident-stale-ms must be 1000 to 86400000") }
    }

    public func apply(to settings: inout SiteMonitoringSettings) {
        if let incidentStaleMs { settings.staleMillis = incidentStaleMs }
        settings.alertBand = notifyAlertBand == "critical" ? .critical : .high
        settings.webhook = notifyWebhook.map { WebhookPost(url: $0, headers: notifyWebhookHeader) }
        settings.mail = smtpURL.map {
            SMTPSender(
                url: $0, from: smtpFrom, to: smtpTo, username: smtpUser, password: ProcessInfo.processInfo.environment["IOC_SMTP_PASSWORD"],
                useTLS: smtpStarttls)
        }
    }
}
