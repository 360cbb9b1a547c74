/// Why a node's or the hub's web server could not start.
public enum ServerProcessError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The HTTPS certificate or key file is missing, unreadable or not PEM.
    case httpsFileUnreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .httpsFileUnreadable(path, reason): "cannot read the HTTPS file \(path): \(reason)"
        }
    }
}
