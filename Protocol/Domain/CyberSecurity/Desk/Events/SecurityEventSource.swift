/// Which kind of sensor an event came from, so its raw payload can be read again and its
/// severity understood on its own scale.
public enum SecurityEventSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// A Wazuh manager's alert, as its integrator posts it (`alert_format` json).
    case wazuh
    /// A Suricata EVE JSON record of `event_type` `alert`.
    case suricata
    /// A syslog message (RFC 5424 or RFC 3164) received over UDP or TCP.
    case syslog
}
