import NNG
import Replica

/// Why the sync daemon's last attempt (or a resync) failed: a code with its values.
///
/// The web layer words it in the reader's language (`Localizer.message(_:)`); the
/// `description` is the English text for logs.
public enum SyncProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The hub did not answer in time: the link is down or the hub is stopped.
    case hubTimedOut
    /// The hub dropped the connection (a message too large for it, or it restarted).
    case connectionReset
    /// The hub answered with a refusal; its detail is the hub's own (English) text.
    case refused(SyncRefusal)
    /// The sync address or the node's TLS credentials were refused before anything was sent.
    case transport(SyncTransportError)
    /// The replica could not be read or written.
    case storage(String)
    /// Anything else, as the underlying error describes itself.
    case other(String)

    public init(_ error: any Error) {
        switch error {
        case let problem as SyncProblem: self = problem
        case NNGError.timedOut: self = .hubTimedOut
        case NNGError.connectionReset: self = .connectionReset
        case let refusal as SyncRefusal: self = .refused(refusal)
        case let transport as SyncTransportError: self = .transport(transport)
        case let replica as ReplicaError: self = .storage(replica.description)
        default: self = .other(String(describing: error))
        }
    }

    public var description: String {
        switch self {
        case .hubTimedOut: "the hub did not answer in time (link down or hub stopped)"
        case .connectionReset: "the hub dropped the connection (message too large for it, or the hub restarted)"
        case let .refused(refusal): refusal.description
        case let .transport(error): error.description
        case let .storage(reason): "the node's database failed: \(reason)"
        case let .other(reason): reason
        }
    }
}
