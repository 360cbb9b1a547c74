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
    static let paths = SensorJSON.Paths([
        "timestamp", "rule.id", "rule.level", "rule.description", "rule.groups", "rule.mitre.id",
        "agent.name", "agent.ip", "predecoder.hostname", "data.srcip",
    ])

    public static func event(_ bytes: some Collection<UInt8>, receivedAt: Int64) throws(SecurityEventProblem) -> SecurityEvent {
        let alert = try SensorJSON(bytes, keeping: paths)
        let rule = try alert.requiredString("rule.id"), level = try alert.requiredInteger("rule.level")
        let description = try alert.requiredString("rule.description")
        guard (0...16).contains(level) else { throw .missingField("rule.level") }
        let agentName = try alert.string("agent.name"), hostname = try alert.string("predecoder.hostname"), agentIP = try alert.string("agent.ip")
        let host = agentName ?? hostname ?? agentIP ?? "wazuh"
        return SecurityEvent(
            time: try alert.string("timestamp").flatMap { ISO8601Timestamp.millis($0) } ?? receivedAt,
            source: .wazuh, host: host, rule: rule, title: description,
            category: (try alert.strings("rule.groups") ?? []).joined(separator: ","), techniques: try alert.strings("rule.mitre.id") ?? [],
            sensorSeverity: level, band: SeverityBand(wazuhLevel: level),
            sourceAddress: try alert.string("data.srcip"), raw: alert.text)
    }
}
