import HummingbirdTLS
import NIOSSL

/// The certificate chain and private key (PEM files) a node or the hub serves HTTPS with,
/// for example issued by the province's CA or made with `openssl req -x509`.
public struct HTTPSFiles: Sendable, Hashable {
    public var certificatePath: String
    public var keyPath: String

    public init(certificatePath: String, keyPath: String) {
        self.certificatePath = certificatePath
        self.keyPath = keyPath
    }

    /// The server's TLS configuration: TLS 1.2 at least, the chain in file order.
    /// - Throws: `ServerProcessError.httpsFileUnreadable` naming the file that is missing or not PEM.
    func serverConfiguration() throws(ServerProcessError) -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        do { chain = try NIOSSLCertificate.fromPEMFile(certificatePath) } catch {
            throw .httpsFileUnreadable(path: certificatePath, reason: "\(error)")
        }
        guard !chain.isEmpty else { throw .httpsFileUnreadable(path: certificatePath, reason: "no certificate in the file") }
        let key: NIOSSLPrivateKey
        do { key = try NIOSSLPrivateKey(file: keyPath, format: .pem) } catch {
            throw .httpsFileUnreadable(path: keyPath, reason: "\(error)")
        }
        var configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        configuration.minimumTLSVersion = .tlsv12
        return configuration
    }
}
