/// One security event as the service keeps it, whatever sensor sent it: when, from which
/// host, which rule or signature fired, its category and MITRE ATT&CK techniques where the
/// sensor gave them, the severity both on the sensor's scale and in the four bands, and the
/// raw payload exactly as received.
///
/// Guarantees: `raw` is the bytes received (as UTF-8, invalid sequences repaired), so an event
/// can always be parsed again; `time` is the sensor's time when it gave a readable one and
/// the receipt time otherwise.
public struct SecurityEvent: Sendable, Hashable, Codable {
    /// Milliseconds since 1970 (UTC).
    public var time: Int64
    public var source: SecurityEventSource
    /// The host the event is about: Wazuh's agent, Suricata's destination address, syslog's
    /// HOSTNAME (or the sender's address when the message has none).
    public var host: String
    /// The rule or signature identifier (`rule.id`, `alert.signature_id`, syslog APP-NAME or TAG).
    public var rule: String
    /// What fired, readable: `rule.description`, `alert.signature`, the syslog message.
    public var title: String
    /// `rule.groups` joined, `alert.category`, or the syslog facility's name.
    public var category: String
    /// MITRE ATT&CK technique identifiers such as `T1110` (empty when the sensor gave none).
    public var techniques: [String]
    /// The severity on the sensor's own scale (Wazuh 0–15, Suricata 1–3, syslog 0–7).
    public var sensorSeverity: Int
    public var band: SeverityBand
    /// The source address of an attack when the sensor names one.
    public var sourceAddress: String?
    public var raw: String

    public init(
        time: Int64, source: SecurityEventSource, host: String, rule: String, title: String, category: String,
        techniques: [String] = [], sensorSeverity: Int, band: SeverityBand, sourceAddress: String? = nil, raw: String
    ) {
        self.time = time
        self.source = source
        self.host = host
        self.rule = rule
        self.title = title
        self.category = category
        self.techniques = techniques
        self.sensorSeverity = sensorSeverity
        self.band = band
        self.sourceAddress = sourceAddress
        self.raw = raw
    }

    /// Repeated events fall into one alert by this key: the same rule from the same sensor
    /// kind on the same host.
    public var groupKey: String { "\(source.rawValue)|\(host)|\(rule)" }
}
