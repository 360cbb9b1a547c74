/// TLS settings for one `tls+tcp://` endpoint of an `NNGSocket`: the hub's
/// listener (`server`) or a district node's dialer (`client`).
///
/// Guarantees, once applied with `NNGSocket.listen(_:tls:)` or `dial(_:tls:)`:
/// - Mutual TLS. Both sides present `certificateChainPEM` and require the peer to
///   present a certificate that chains to `caCertificatePEM`
///   (`NNG_TLS_AUTH_MODE_REQUIRED`); a peer without one, or with one from another
///   CA, never gets a connection. mbedTLS also enforces extendedKeyUsage: the server
///   certificate needs serverAuth, client certificates need clientAuth.
/// - Revocation. Certificates whose serial is listed in `revocationListPEM` are
///   refused. The CRL must be signed by the CA and current: mbedTLS refuses *every*
///   peer certificate while the CRL is past its nextUpdate.
/// - Server identity (clients). The server certificate must name `serverName` in a
///   DNS subjectAltName (or, lacking SANs, its CN). When `serverName` is nil the
///   host of the dialed URL is used, as nng does by default, so dialing an IP
///   address then needs a certificate naming that address: set `serverName`.
/// - TLS 1.2 only (nng 1.5.2 with mbedTLS 2.28); keys ECDSA (the federation uses
///   P-256) or RSA, no Ed25519.
///
/// Not checked: that `privateKeyPEM` belongs to the first certificate. mbedTLS
/// loads a mismatched pair without complaint and every handshake then fails, so
/// check the pair before use (e.g. `Identity`'s `CertificateInfo.publicKeyFingerprint`
/// against `TLSPrivateKey.publicKeyFingerprint`).
///
/// All PEM values are text as written by `openssl` or the `Identity` module
/// (`-----BEGIN …-----` blocks). `certificateChainPEM` starts with the endpoint's
/// own certificate, optionally followed by intermediates. The private key must be
/// unencrypted. `description` and reflection never show the private key.
public struct NNGTLSConfiguration: Sendable, Equatable {
    /// Which side of the TLS handshake an endpoint takes.
    public enum Role: String, Sendable {
        /// A listener: presents its certificate first, requires client certificates.
        case server
        /// A dialer: checks the server's certificate and name, presents its own.
        case client
    }

    /// Server (listener) or client (dialer).
    public var role: Role
    /// This endpoint's certificate, then any intermediate certificates, in PEM.
    public var certificateChainPEM: String
    /// The private key of the first certificate, unencrypted PEM (PKCS#8 or SEC 1).
    public var privateKeyPEM: String
    /// The certificate authority (or authorities) whose certificates peers must present.
    public var caCertificatePEM: String
    /// An optional CRL in PEM (`BEGIN X509 CRL`) signed by the CA: certificates it lists are refused.
    public var revocationListPEM: String?
    /// Clients only: the DNS name the server certificate must carry; nil means the URL's host.
    public var serverName: String?

    public init(
        role: Role, certificateChainPEM: String, privateKeyPEM: String, caCertificatePEM: String,
        revocationListPEM: String? = nil, serverName: String? = nil
    ) {
        self.role = role
        self.certificateChainPEM = certificateChainPEM
        self.privateKeyPEM = privateKeyPEM
        self.caCertificatePEM = caCertificatePEM
        self.revocationListPEM = revocationListPEM
        self.serverName = serverName
    }

    /// A listener's configuration: requires client certificates signed by the CA.
    public static func server(
        certificateChainPEM: String, privateKeyPEM: String, caCertificatePEM: String, revocationListPEM: String? = nil
    ) -> NNGTLSConfiguration {
        NNGTLSConfiguration(
            role: .server, certificateChainPEM: certificateChainPEM, privateKeyPEM: privateKeyPEM,
            caCertificatePEM: caCertificatePEM, revocationListPEM: revocationListPEM)
    }

    /// A dialer's configuration: requires a server certificate signed by the CA naming `serverName`.
    public static func client(
        certificateChainPEM: String, privateKeyPEM: String, caCertificatePEM: String, revocationListPEM: String? = nil,
        serverName: String?
    ) -> NNGTLSConfiguration {
        NNGTLSConfiguration(
            role: .client, certificateChainPEM: certificateChainPEM, privateKeyPEM: privateKeyPEM,
            caCertificatePEM: caCertificatePEM, revocationListPEM: revocationListPEM, serverName: serverName)
    }

    /// Why these settings cannot be applied, checked before any nng call; nil when they can.
    func problem() -> String? {
        let required: [(String, String)] = [
            ("certificateChainPEM", certificateChainPEM), ("privateKeyPEM", privateKeyPEM),
            ("caCertificatePEM", caCertificatePEM),
        ]
        for (field, value) in required {
            if value.isEmpty { return "\(field) is empty" }
            if value.utf8.contains(0) { return "\(field) contains a NUL byte" }
        }
        if let revocationListPEM {
            if revocationListPEM.isEmpty { return "revocationListPEM is empty (use nil for no CRL)" }
            if revocationListPEM.utf8.contains(0) { return "revocationListPEM contains a NUL byte" }
        }
        if let serverName {
            if role == .server { return "serverName is only meaningful for a client configuration" }
            if serverName.isEmpty || serverName.utf8.contains(0) { return "serverName must be a non-empty DNS name" }
        }
        return nil
    }
}

extension NNGTLSConfiguration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        "NNGTLSConfiguration(\(role.rawValue)\(serverName.map { ", serverName: \($0)" } ?? "")"
            + "\(revocationListPEM == nil ? "" : ", with CRL"), private key hidden)"
    }
    public var debugDescription: String { description }
    public var customMirror: Mirror {
        Mirror(self, children: [
            "role": role, "serverName": serverName as Any, "hasRevocationList": revocationListPEM != nil,
        ])
    }
}
