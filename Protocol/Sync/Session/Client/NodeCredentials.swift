import Foundation
import Identity
import NNG

/// The files a node needs to reach the hub over mutual TLS, in its data folder:
/// `tls.key` (its ECDSA P-256 TLS key, made at `init`), `node.crt` (issued by the hub at
/// enrolment) and `hub-ca.crt` (the hub's CA, pinned: only a hub with a certificate from
/// it is accepted). The Ed25519 key (`node.key`) stays the node's signing identity.
public struct NodeCredentials: Sendable {
    public let dataDirectory: String

    public init(dataDirectory: String) { self.dataDirectory = dataDirectory }

    public var keyPath: String { dataDirectory + "/tls.key" }
    public var certificatePath: String { dataDirectory + "/node.crt" }
    public var authorityPath: String { dataDirectory + "/hub-ca.crt" }
    public var hubKeyPath: String { dataDirectory + "/hub.pub" }

    /// The hub's signing key, pinned at enrolment, if the node has it.
    public func hubKey() throws(SyncTransportError) -> PublicKey? {
        guard let text = try? String(contentsOfFile: hubKeyPath, encoding: .utf8) else { return nil }
        do { return try PublicKey(hex: text.trimmingCharacters(in: .whitespacesAndNewlines)) } catch {
            throw .credentials("\(hubKeyPath) does not hold a hub key (\(error)): enrol the node again")
        }
    }

    /// The node's TLS key, made (mode 0600) if it has none.
    @discardableResult
    public func loadOrCreateKey() throws(IdentityError) -> TLSPrivateKey {
        if FileManager.default.fileExists(atPath: keyPath) {
            return try TLSPrivateKey(pemRepresentation: try PEMFile.read(keyPath))
        }
        let key = try TLSPrivateKey.generate()
        try PEMFile.write(key.pemRepresentation, to: keyPath, private: true)
        return key
    }

    /// The dialer's TLS settings: this node's certificate and key, the pinned hub CA, and
    /// the name the hub's certificate must carry.
    public func clientConfiguration(serverName: String) throws(SyncTransportError) -> NNGTLSConfiguration {
        let missing = [certificatePath, authorityPath].filter { !FileManager.default.fileExists(atPath: $0) }
        guard missing.isEmpty else {
            throw .notEnrolled(missing: missing, dataDirectory: dataDirectory)
        }
        do {
            let key = try loadOrCreateKey()
            let certificate = try PEMFile.read(certificatePath)
            guard try CertificateInfo(pem: certificate).publicKeyFingerprint == key.publicKeyFingerprint else {
                throw SyncTransportError.credentials("\(certificatePath) was issued for another TLS key than \(keyPath): enrol the node again")
            }
            return .client(
                certificateChainPEM: certificate, privateKeyPEM: key.pemRepresentation,
                caCertificatePEM: try PEMFile.read(authorityPath), serverName: serverName)
        } catch let error as SyncTransportError {
            throw error
        } catch {
            throw .credentials("\(error)")
        }
    }
}
