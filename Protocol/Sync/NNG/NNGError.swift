import CNNG

/// An error reported by nng, or by this wrapper before it reached nng.
///
/// `closed`, `timedOut` and `connectionReset` carry no context so callers can
/// match them directly (`catch NNGError.timedOut`); every other case names the
/// operation, the URL where there is one, and nng's own error text.
public enum NNGError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The socket (or the context serving it) was closed before or during the call.
    case closed
    /// The operation did not complete within the socket's send or receive timeout.
    case timedOut
    /// The connection carrying a request broke before its reply arrived: the peer
    /// closed or restarted, or dropped the connection because the request exceeded
    /// its maximum receive size. Request sockets do not resend; retry if that is safe.
    case connectionReset
    /// `listen` failed because another socket or process already holds the address.
    case addressInUse(url: String)
    /// The URL could not be parsed, names an unknown transport, or names an unusable address.
    case invalidAddress(url: String, code: Int32)
    /// A caller-supplied argument was rejected before any nng call was made.
    case invalidArgument(operation: String, reason: String)
    /// Any other nng failure, with the nng error code (`NNG_E…`).
    case failed(operation: String, url: String?, code: Int32)

    /// The nng error code behind this error, or `nil` when the wrapper rejected the call itself.
    public var code: Int32? {
        switch self {
        case .closed: Self.raw(NNG_ECLOSED)
        case .timedOut: Self.raw(NNG_ETIMEDOUT)
        case .connectionReset: Self.raw(NNG_ECONNRESET)
        case .addressInUse: Self.raw(NNG_EADDRINUSE)
        case .invalidAddress(_, let code), .failed(_, _, let code): code
        case .invalidArgument: nil
        }
    }

    public var description: String {
        switch self {
        case .closed:
            "nng socket is closed; open a new socket (closed sockets cannot be reused)"
        case .timedOut:
            "nng operation timed out: nothing could be sent or received within the socket's timeout; check that the peer is running and reachable, or raise the timeout"
        case .connectionReset:
            "nng connection to the peer broke before the reply arrived (peer closed or restarted, or it rejected a message larger than its maximum receive size); the request was not retried"
        case .addressInUse(let url):
            "nng listen \(url): \(Self.text(Self.raw(NNG_EADDRINUSE))); another socket or process holds this address — stop it or choose another port"
        case .invalidAddress(let url, let code):
            "nng address \(url) rejected: \(Self.text(code)); expected e.g. tcp://host:port, tls+tcp://host:port or inproc://name"
        case .invalidArgument(let operation, let reason):
            "nng \(operation): \(reason)"
        case .failed(let operation, let url, let code):
            "nng \(operation)\(url.map { " \($0)" } ?? ""): \(Self.text(code)) (nng error \(code))"
        }
    }

    /// Maps an nng return code to the matching case; `url` is included where the case carries one.
    static func from(_ code: Int32, operation: String, url: String? = nil) -> NNGError {
        switch code {
        case raw(NNG_ECLOSED):
            return .closed
        case raw(NNG_ETIMEDOUT):
            return .timedOut
        case raw(NNG_ECONNRESET):
            return .connectionReset
        case raw(NNG_EADDRINUSE) where url != nil:
            return .addressInUse(url: url ?? "")
        case raw(NNG_EADDRINVAL) where url != nil, raw(NNG_ENOTSUP) where url != nil, raw(NNG_EINVAL) where url != nil:
            return .invalidAddress(url: url ?? "", code: code)
        default:
            return .failed(operation: operation, url: url, code: code)
        }
    }

    /// nng's message for `code`, as returned by `nng_strerror`.
    static func text(_ code: Int32) -> String {
        String(cString: nng_strerror(code))
    }

    static func raw(_ value: nng_errno_enum) -> Int32 {
        Int32(bitPattern: value.rawValue)
    }
}
