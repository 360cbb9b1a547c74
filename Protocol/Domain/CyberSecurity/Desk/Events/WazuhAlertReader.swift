import Foundation
import Vietnam

/// Reads a Wazuh manager's alert as its integrator posts it to a custom webhook
/// (`<integration><name>custom-…</name><alert_format>json</alert_format>`) or as
/// `alerts.json` holds it, one object per line.
///
/// Required: `rule.id`, `rule.level` (0–16) and `rule.description`. The host is `agent.name`
/// (the manager's own name for agent `000`), then `predecoder.hostname`, then `agent.ip`;
/// techniques are `rule.mitre.id`; the category is `rule.groups` joined by commas; the
/// attacker is `data.srcip`. A missing or unreadable `timestamp` is the receipt time.
public enum WazuhAlertReader {
    public static func event(_ bytes: some Collection<UInt8>, receivedAt: Int64) throws(SecurityEventProblem) -> SecurityEvent {
        let data = Data(bytes)
        let alert = try SensorJSON.decode(Alert.self, from: data)
        guard (0...16).contains(alert.rule.level) else { throw .missingField("rule.level") }
        let host = alert.agent?.name ?? alert.predecoder?.hostname ?? alert.agent?.ip ?? "wazuh"
        return SecurityEvent(
            time: alert.timestamp.flatMap { ISO8601Timestamp.millis($0) } ?? receivedAt,
            source: .wazuh, host: host, rule: alert.rule.id, title: alert.rule.description,
            category: (alert.rule.groups ?? []).joined(separator: ","), techniques: alert.rule.mitre?.id ?? [],
            sensorSeverity: alert.rule.level, band: SeverityBand(wazuhLevel: alert.rule.level),
            sourceAddress: alert.data?.srcip, raw: String(decoding: data, as: UTF8.self))
    }

    private struct Alert: Decodable {
        struct Rule: Decodable {
            struct Mitre: Decodable { var id: [String]? }
            var id: String
            var level: Int
            var description: String
            var groups: [String]?
            var mitre: Mitre?
        }
        struct Agent: Decodable {
            var name: String?
            var ip: String?
        }
        struct Predecoder: Decodable { var hostname: String? }
        struct Payload: Decodable { var srcip: String? }
        var timestamp: String?
        var rule: Rule
        var agent: Agent?
        var predecoder: Predecoder?
        var data: Payload?
    }
}
