/// Which transports the sync may use (issue 10): mutual TLS (`tls+tcp://`) everywhere;
/// plain `tcp://` only on loopback, and only when the operator says so for development.
public enum SyncTransport {
    /// Whether `url` names a TLS transport.
    public static func isTLS(_ url: String) -> Bool { url.hasPrefix("tls+tcp://") || url.hasPrefix("tls+tcp4://") || url.hasPrefix("tls+tcp6://") }

    /// Whether `url`'s host is a loopback address (127.0.0.0/8, ::1, localhost).
    public static func isLoopback(_ url: String) -> Bool {
        guard let schemeEnd = url.range(of: "://") else { return false }
        var host = String(url[schemeEnd.upperBound...])
        if host.hasPrefix("[") {
            host = String(host.dropFirst().prefix { $0 != "]" })
            return host == "::1"
        }
        host = String(host.prefix { $0 != ":" && $0 != "/" })
        return host == "localhost" || host.hasPrefix("127.")
    }

    /// Refuses a plain transport unless `allowPlainLoopback` and the address is loopback.
    /// - Parameter option: the command-line option that set `url`, for the message.
    public static func check(_ url: String, allowPlainLoopback: Bool, option: String) throws(SyncTransportError) {
        if isTLS(url) { return }
        guard url.hasPrefix("tcp://") || url.hasPrefix("ipc://") || url.hasPrefix("inproc://") else {
            throw .unsupported(url: url, option: option)
        }
        guard allowPlainLoopback, isLoopback(url) || !url.hasPrefix("tcp://") else {
            throw .plainRefused(url: url, option: option)
        }
    }
}

/// Why a sync address or the node's TLS credentials were refused before anything was opened.
public enum SyncTransportError: Error, Sendable, Equatable, CustomStringConvertible {
    case plainRefused(url: String, option: String)
    case unsupported(url: String, option: String)
    /// The node has no certificate or no hub CA yet (`missing` files) in `dataDirectory`.
    case notEnrolled(missing: [String], dataDirectory: String)
    /// The certificate, key or CA could not be used (the detail is technical).
    case credentials(String)

    public var description: String {
        switch self {
        case let .plainRefused(url, option):
            "sync must be encrypted: \(option) \(url) is plain TCP; use tls+tcp:// "
                + "(plain tcp:// is allowed only on 127.0.0.1 with --insecure-loopback, for development)"
        case let .unsupported(url, option):
            "\(option) \(url): unsupported transport; use tls+tcp://HOST:PORT"
        case let .notEnrolled(missing, dataDirectory):
            "this node is not enrolled yet (missing \(missing.joined(separator: ", "))): \(Self.enrolmentSteps(dataDirectory))"
        case let .credentials(reason):
            "TLS credentials: \(reason)"
        }
    }

    /// The commands that enrol a node whose data folder is `dataDirectory` (not translated).
    public static func enrolmentSteps(_ dataDirectory: String) -> String {
        "`ioc-node key --tls --data \(dataDirectory) > node-tls.pub`, then `ioc-hub enrol … --tls-public-key node-tls.pub "
            + "--certificate-out DIR`, and copy node.crt and hub-ca.crt from DIR into \(dataDirectory)"
    }
}
