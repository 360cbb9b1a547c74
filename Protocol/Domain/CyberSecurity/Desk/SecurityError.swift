/// Why the cyber-security service refused a request. Each case carries what the web layer
/// needs to say so in the reader's language.
public enum SecurityError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Messages of a batch that are not events; the others of the batch were stored.
    case badEvents([SecurityEventProblem])
    case alertNotFound(String)
    /// The lifecycle does not go from `from` to `to` (a resolved alert is not acknowledged).
    case invalidTransition(from: AlertStatus, to: AlertStatus)
    case otherUnit(String)
    case tooMany(limit: Int)
    case bodyTooLarge(limit: Int)
    case invalidQuery(field: String, value: String)
    /// A site's settings are wrong: the first field that is, with its value.
    case invalidSite(field: String, value: String)
    case siteNotFound(String)
    /// No page of the site has been seen yet to approve as its baseline.
    case noPageYet(String)
    /// The page changed since the operator looked at it: approve what is there now after looking again.
    case pageChanged(String)
    case incidentNotFound(String)
    case storage(String)

    public var description: String {
        switch self {
        case .badEvents(let problems): "\(problems.count) messages are not events: " + problems.prefix(3).map(\.description).joined(separator: "; ")
        case .alertNotFound(let id): "no alert \(id)"
        case .invalidTransition(let from, let to): "an alert cannot go from \(from.rawValue) to \(to.rawValue)"
        case .otherUnit(let unit): "not allowed for unit \(unit)"
        case .tooMany(let limit): "more than \(limit) events in one request"
        case .bodyTooLarge(let limit): "body larger than \(limit) bytes"
        case .invalidQuery(let field, let value): "invalid \(field): \(value)"
        case .invalidSite(let field, let value): "invalid site \(field): \(value)"
        case .siteNotFound(let code): "no monitored site \(code)"
        case .noPageYet(let code): "no page of \(code) seen yet"
        case .pageChanged(let code): "the page of \(code) changed since it was shown"
        case .incidentNotFound(let id): "no incident \(id)"
        case .storage(let why): "storage: \(why)"
        }
    }
}
