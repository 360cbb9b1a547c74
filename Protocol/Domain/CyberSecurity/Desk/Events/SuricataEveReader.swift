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
    private static let timestamp: SensorJSON.Field = "timestamp", eventType: SensorJSON.Field = "event_type"
    private static let sourceIP: SensorJSON.Field = "src_ip", destinationIP: SensorJSON.Field = "dest_ip", sensorHost: SensorJSON.Field = "host"
    private static let signatureID: SensorJSON.Field = "alert.signature_id", signature: SensorJSON.Field = "alert.signature"
    private static let category: SensorJSON.Field = "alert.category", severity: SensorJSON.Field = "alert.severity"
    private static let techniques: SensorJSON.Field = "alert.metadata.mitre_technique_id"
    static let paths = SensorJSON.Paths([timestamp, eventType, sourceIP, destinationIP, sensorHost, signatureID, signature, category, severity, techniques])

    public static func event(_ bytes: some Collection<UInt8>, receivedAt: Int64) throws(SecurityEventProblem) -> SecurityEvent {
        let record = try SensorJSON(bytes, keeping: paths)
        let type = try record.requiredString(eventType)
        guard type == "alert" else { throw .notAnAlert(eventType: type) }
        let rule = try record.requiredInteger(signatureID), title = try record.requiredString(signature)
        let level = try record.requiredInteger(severity)
        let destination = try record.string(destinationIP), sensor = try record.string(sensorHost)
        return SecurityEvent(
            time: try record.string(timestamp).flatMap { ISO8601Timestamp.millis($0) } ?? receivedAt,
            source: .suricata, host: destination ?? sensor ?? "suricata", rule: String(rule),
            title: title, category: try record.string(category) ?? "", techniques: try record.strings(techniques) ?? [],
            sensorSeverity: level, band: SeverityBand(suricataSeverity: level),
            sourceAddress: try record.string(sourceIP), raw: record.text)
    }
}
