/// What an issued certificate may be used for, written as its extendedKeyUsage.
///
/// mbedTLS (nng's TLS engine) enforces it: a server only accepts a client
/// certificate with `clientAuth`, a client only accepts a server certificate with
/// `serverAuth`. The hub's listener needs `.server`; district nodes need `.client`.
public enum CertificateUsage: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// TLS server authentication (`serverAuth`), e.g. the hub's listener.
    case server
    /// TLS client authentication (`clientAuth`), e.g. a district node dialing the hub.
    case client
    /// Both `serverAuth` and `clientAuth`.
    case serverAndClient

    /// The OpenSSL configuration value of the extendedKeyUsage extension.
    var extendedKeyUsage: String {
        switch self {
        case .server: "serverAuth"
        case .client: "clientAuth"
        case .serverAndClient: "serverAuth,clientAuth"
        }
    }

    /// Whether a TLS server may present a certificate with this usage.
    public var allowsServer: Bool { self != .client }

    /// Whether a TLS client may present a certificate with this usage.
    public var allowsClient: Bool { self != .server }

    public var description: String { rawValue }
}
