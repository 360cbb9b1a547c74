import Foundation
import Vietnam

/// Reads one Suricata EVE JSON record (one line of `eve.json`, or one object posted).
///
/// Only `event_type` `alert` is an event; other records (`flow`, `http`, `dns`, `stats`, …)
/// are refused as `notAnAlert` so a whole EVE stream can be sent and only alerts kept.
/// Required: `alert.signature_id`, `alert.signature` and `alert.severity`. The host is the
/// destination address (the server the rule protects), the attacker the source address;
/// techniques are `alert.metadata.mitre_technique_id` (Emerging Threats rules carry it).
public enum SuricataEveReader {
    public static func event(_ bytes: some Collection<UInt8>, receivedAt: Int64) throws(SecurityEventProblem) -> SecurityEvent {
        let data = Data(bytes)
        let record = try SensorJSON.decode(Record.self, from: data)
        guard record.event_type == "alert" else { throw .notAnAlert(eventType: record.event_type) }
        guard let alert = record.alert else { throw .missingField("alert") }
        return SecurityEvent(
            time: record.timestamp.flatMap { ISO8601Timestamp.millis($0) } ?? receivedAt,
            source: .suricata, host: record.dest_ip ?? record.host ?? "suricata", rule: String(alert.signature_id),
            title: alert.signature, category: alert.category ?? "", techniques: alert.metadata?.mitre_technique_id ?? [],
            sensorSeverity: alert.severity, band: SeverityBand(suricataSeverity: alert.severity),
            sourceAddress: record.src_ip, raw: String(decoding: data, as: UTF8.self))
    }

    // Field names as EVE spells them.
    private struct Record: Decodable {
        struct Alert: Decodable {
            struct Metadata: Decodable { var mitre_technique_id: [String]? }
            var signature_id: Int
            var signature: String
            var category: String?
            var severity: Int
            var metadata: Metadata?
        }
        var timestamp: String?
        var event_type: String
        var src_ip: String?
        var dest_ip: String?
        var host: String?
        var alert: Alert?
    }
}
