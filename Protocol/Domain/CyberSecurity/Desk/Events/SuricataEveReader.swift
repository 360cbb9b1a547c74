import Vietnam

/// Reads one Suricata EVE JSON record (one line of `eve.json`, or one object posted).
///
/// Only `event_type` `alert` is an event; other records (`flow`, `http`, `dns`, `stats`, …)
/// are refused as `notAnAlert` so a whole EVE stream can be sent and only alerts kept.
/// Required: `alert.signature_id`, `alert.signature` and `alert.severity`. The host is the
/// destination address (the server the rule protects), the attacker the source address;
/// techniques are `alert.metadata.mitre_technique_id` (Emerging Threats rules carry it).
public enum SuricataEveReader {
    // Field names as EVE spells them.
    static let paths = SensorJSON.Paths([
        "timestamp", "event_type", "src_ip", "dest_ip", "host", "alert.signature_id", "alert.signature", "alert.category",
        "alert.severity", "alert.metadata.mitre_technique_id",
    ])

    public static func event(_ bytes: some Collection<UInt8>, receivedAt: Int64) throws(SecurityEventProblem) -> SecurityEvent {
        let record = try SensorJSON(bytes, keeping: paths)
        let eventType = try record.requiredString("event_type")
        guard eventType == "alert" else { throw .notAnAlert(eventType: eventType) }
        let signatureID = try record.requiredInteger("alert.signature_id"), signature = try record.requiredString("alert.signature")
        let severity = try record.requiredInteger("alert.severity")
        let destination = try record.string("dest_ip"), sensor = try record.string("host")
        return SecurityEvent(
            time: try record.string("timestamp").flatMap { ISO8601Timestamp.millis($0) } ?? receivedAt,
            source: .suricata, host: destination ?? sensor ?? "suricata", rule: String(signatureID),
            title: signature, category: try record.string("alert.category") ?? "", techniques: try record.strings("alert.metadata.mitre_technique_id") ?? [],
            sensorSeverity: severity, band: SeverityBand(suricataSeverity: severity),
            sourceAddress: try record.string("src_ip"), raw: record.text)
    }
}
