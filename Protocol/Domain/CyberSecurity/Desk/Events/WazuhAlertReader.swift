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
    private static let timestamp: SensorJSON.Field = "timestamp", ruleID: SensorJSON.Field = "rule.id"
    private static let level: SensorJSON.Field = "rule.level", ruleDescription: SensorJSON.Field = "rule.description"
    private static let groups: SensorJSON.Field = "rule.groups", mitre: SensorJSON.Field = "rule.mitre.id"
    private static let agentName: SensorJSON.Field = "agent.name", agentIP: SensorJSON.Field = "agent.ip"
    private static let hostname: SensorJSON.Field = "predecoder.hostname", sourceIP: SensorJSON.Field = "data.srcip"
    static let paths = SensorJSON.Paths([timestamp, ruleID, level, ruleDescription, groups, mitre, agentName, agentIP, hostname, sourceIP])

    public static func event(_ bytes: some Collection<UInt8>, receivedAt: Int64) throws(SecurityEventProblem) -> SecurityEvent {
        let alert = try SensorJSON(bytes, keeping: paths)
        let rule = try alert.requiredString(ruleID), level = try alert.requiredInteger(Self.level)
        let description = try alert.requiredString(ruleDescription)
        guard (0...16).contains(level) else { throw .missingField(Self.level.path) }
        let name = try alert.string(agentName), predecoded = try alert.string(hostname), address = try alert.string(agentIP)
        return SecurityEvent(
            time: try alert.string(timestamp).flatMap { ISO8601Timestamp.millis($0) } ?? receivedAt,
            source: .wazuh, host: name ?? predecoded ?? address ?? "wazuh", rule: rule, title: description,
            category: (try alert.strings(groups) ?? []).joined(separator: ","), techniques: try alert.strings(mitre) ?? [],
            sensorSeverity: level, band: SeverityBand(wazuhLevel: level),
            sourceAddress: try alert.string(sourceIP), raw: alert.text)
    }
}
