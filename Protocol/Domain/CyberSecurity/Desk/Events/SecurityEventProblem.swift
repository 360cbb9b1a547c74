/// Why one received message is not a security event. The listener and the ingest routes
/// count these by reason and keep the latest few to show; none of them stops the service.
public enum SecurityEventProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes are not a JSON object.
    case notJSON
    /// A field the format requires is absent or of the wrong type.
    case missingField(String)
    /// The record is well formed but not an alert (a Suricata `flow`, `http`, `stats` … record).
    case notAnAlert(eventType: String)
    /// The message does not follow RFC 5424 or RFC 3164; `at` says where reading stopped.
    case notSyslog(at: String)
    /// The message is longer than the listener accepts.
    case oversized(bytes: Int, limit: Int)
    /// A TCP stream's framing is broken (an octet count that is not a number).
    case badFraming(String)

    /// A short stable code for counters and the API.
    public var code: String {
        switch self {
        case .notJSON: "not_json"
        case .missingField: "missing_field"
        case .notAnAlert: "not_an_alert"
        case .notSyslog: "not_syslog"
        case .oversized: "oversized"
        case .badFraming: "bad_framing"
        }
    }

    public var description: String {
        switch self {
        case .notJSON: "not a JSON object"
        case .missingField(let field): "missing or invalid field \(field)"
        case .notAnAlert(let type): "event_type \(type) is not an alert"
        case .notSyslog(let at): "not a syslog message (at \(at))"
        case .oversized(let bytes, let limit): "message of \(bytes) bytes, more than \(limit)"
        case .badFraming(let why): "broken framing: \(why)"
        }
    }
}
