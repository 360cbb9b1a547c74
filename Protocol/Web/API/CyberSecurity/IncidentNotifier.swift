import CyberSecurity
import Foundation
import Logging
import Notifications
import StaffUI
import Synchronization
import Vietnam

/// Tells an incident's opening, change and end, and each high or critical SOC alert, through
/// the configured webhook and e-mail, in Vietnamese then English, and keeps the latest
/// deliveries for the UI.
///
/// Guarantees: every notice is offered to each channel once, in the order notices come;
/// a channel that fails is logged and counted and does not hold up the other or the
/// monitor (the keeper awaits delivery, which libcurl bounds by its time limit).
public final class IncidentNotifier: Sendable {
    public struct Delivery: Sendable, Hashable {
        public var at: Int64
        public var channel: String
        public var incident: String
        public var event: IncidentNotice.Event
        public var result: DeliveryResult
    }

    let webhook: WebhookPost?
    let mail: SMTPSender?
    let logger: Logger
    private let log = Mutex<[Delivery]>([])

    public init(webhook: WebhookPost?, mail: SMTPSender?, logger: Logger) {
        self.webhook = webhook
        self.mail = mail
        self.logger = logger
    }

    /// The latest deliveries, newest first (at most 200 kept).
    public var deliveries: [Delivery] { log.withLock { $0.reversed() } }

    public func notify(_ notice: IncidentNotice) async {
        let (subject, body) = Self.text(notice)
        if let webhook {
            let json = Self.json(notice, subject: subject, body: body)
            record(notice, channel: "webhook", await webhook.send(json))
        }
        if let mail { record(notice, channel: "mail", await mail.send(subject: subject, body: body)) }
    }

    /// Tells one SOC alert; true when a channel took it, or when none is configured (the UI
    /// shows it), so the alert is not offered again.
    public func notify(alert: SecurityAlert) async -> Bool {
        let subject = "[IOC Đắk Lắk] " + Localizer.bilingual { $0.alertHeadline(alert) }
        let body = [Localizer(.vi), Localizer(.en)].map { $0.alertText(alert) }.joined(separator: "\n\n") + "\n\n/ui/security#soc"
        var results: [DeliveryResult] = []
        if let webhook {
            let result = await webhook.send(Self.json(alert, subject: subject, body: body))
            record(id: alert.id, event: .opened, channel: "webhook", result)
            results.append(result)
        }
        if let mail {
            let result = await mail.send(subject: subject, body: body)
            record(id: alert.id, event: .opened, channel: "mail", result)
            results.append(result)
        }
        return results.isEmpty || results.contains(where: \.isDelivered)
    }

    private func record(_ notice: IncidentNotice, channel: String, _ result: DeliveryResult) {
        record(id: notice.incident.id, event: notice.event, channel: channel, result)
    }

    private func record(id: String, event: IncidentNotice.Event, channel: String, _ result: DeliveryResult) {
        if case .failed(let code, let detail) = result {
            logger.warning("notice not delivered", metadata: ["channel": "\(channel)", "code": "\(code)", "detail": "\(detail)", "about": "\(id)"])
        }
        let delivery = Delivery(at: Int64(Date().timeIntervalSince1970 * 1000), channel: channel, incident: id, event: event, result: result)
        log.withLock { log in
            log.append(delivery)
            if log.count > 200 { log.removeFirst(log.count - 200) }
        }
    }

    /// The subject and plain text of a notice, Vietnamese then English.
    static func text(_ notice: IncidentNotice) -> (String, String) {
        let subject = "[IOC Đắk Lắk] " + Localizer.bilingual { $0.incidentHeadline(notice) }
        let body = [Localizer(.vi), Localizer(.en)].map { $0.incidentText(notice) }.joined(separator: "\n\n") + "\n\n/ui/security/incidents/\(notice.incident.id)"
        return (subject, body)
    }

    static func json(_ notice: IncidentNotice, subject: String, body: String) -> [UInt8] {
        let incident = notice.incident
        let object: [String: Any] = [
            "event": notice.event.rawValue, "text": subject, "body": body,
            "incident": [
                "id": incident.id, "site": incident.site, "url": notice.site.url, "owner": notice.site.owner, "kind": incident.kind.rawValue,
                "start": VietnamTime.iso8601(millis: incident.start), "end": incident.end.map { VietnamTime.iso8601(millis: $0) } ?? NSNull(),
                "vantages": incident.vantages, "detail": incident.detail,
            ] as [String: Any],
        ]
        return (try? Array(JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))) ?? []
    }

    static func json(_ alert: SecurityAlert, subject: String, body: String) -> [UInt8] {
        let object: [String: Any] = [
            "event": "alert", "text": subject, "body": body,
            "alert": [
                "id": alert.id, "unit": alert.unit, "source": alert.source.rawValue, "host": alert.host, "rule": alert.rule, "title": alert.title,
                "category": alert.category, "techniques": alert.techniques, "band": alert.band.code, "count": alert.count,
                "first_seen": VietnamTime.iso8601(millis: alert.firstSeen), "last_seen": VietnamTime.iso8601(millis: alert.lastSeen),
                "due": VietnamTime.iso8601(millis: alert.due),
            ] as [String: Any],
        ]
        return (try? Array(JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))) ?? []
    }
}
