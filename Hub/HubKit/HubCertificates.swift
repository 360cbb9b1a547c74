import Foundation
import Identity
import NNG

/// The hub's small certificate authority and its own TLS certificate, kept in the `tls`
/// folder of the hub's data: `ca.key`, `ca.crt` (ECDSA P-256, 20 years), `hub.key`,
/// `hub.crt` (server certificate naming `serverNames`) and `crl.pem`.
///
/// Guarantees: created on first use and reused after; the hub's certificate is issued
/// again when the names asked for change or it has less than 30 days left; the
/// revocation list is signed anew on every load and every revocation, for a year
/// (mbedTLS refuses every certificate of the CA once its list is out of date); key
/// files are written with mode 0600, every file atomically.
public struct HubCertificates: Sendable {
    public static let caValidityDays = 20 * 365
    public static let hubValidityDays = 2 * 365
    public static let nodeValidityDays = 2 * 365
    public static let revocationListValidityDays = 365
    /// The name nodes check the hub's certificate against unless configured otherwise.
    public static let defaultServerName = "ioc-hub.local"

    public let directory: String
    public let authority: CertificateAuthority
    public let hubCertificatePEM: String
    public let hubKey: TLSPrivateKey
    public let revocationListPEM: String

    public var caPath: String { directory + "/ca.crt" }

    /// Loads the CA and the hub's certificate from `directory`, creating what is missing.
    public static func loadOrCreate(
        directory: String, serverNames: [String] = [defaultServerName], revoked: [CertificateSerial] = []
    ) throws(IdentityError) -> HubCertificates {
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw .fileUnwritable(path: directory, reason: error.localizedDescription)
        }
        let authority: CertificateAuthority
        if FileManager.default.fileExists(atPath: directory + "/ca.key") {
            authority = try CertificateAuthority(
                certificatePEM: try PEMFile.read(directory + "/ca.crt"), privateKeyPEM: try PEMFile.read(directory + "/ca.key"))
        } else {
            authority = try CertificateAuthority.create(commonName: "IOC Dak Lak federation CA", validityDays: caValidityDays)
            try PEMFile.write(authority.privateKey.pemRepresentation, to: directory + "/ca.key", private: true)
            try PEMFile.write(authority.certificatePEM, to: directory + "/ca.crt", private: false)
        }
        let hubKey: TLSPrivateKey
        if FileManager.default.fileExists(atPath: directory + "/hub.key") {
            hubKey = try TLSPrivateKey(pemRepresentation: try PEMFile.read(directory + "/hub.key"))
        } else {
            hubKey = try TLSPrivateKey.generate()
            try PEMFile.write(hubKey.pemRepresentation, to: directory + "/hub.key", private: true)
        }
        var hubCertificate = try? PEMFile.read(directory + "/hub.crt")
        if let pem = hubCertificate, let info = try? CertificateInfo(pem: pem) {
            let current = Set(info.dnsNames) == Set(serverNames) && info.publicKeyFingerprint == hubKey.publicKeyFingerprint
                && info.issuerCommonName == authority.info.commonName
                && info.notAfter > Date().addingTimeInterval(30 * 86_400)
            if !current { hubCertificate = nil }
        } else {
            hubCertificate = nil
        }
        if hubCertificate == nil {
            let issued = try authority.issue(
                commonName: "ioc-hub", dnsNames: serverNames, subjectPublicKeyPEM: hubKey.publicKeyPEM,
                validityDays: hubValidityDays, usage: .server)
            try PEMFile.write(issued.pem, to: directory + "/hub.crt", private: false)
            hubCertificate = issued.pem
        }
        let crl = try authority.revocationList(revokedSerials: revoked, validityDays: revocationListValidityDays)
        try PEMFile.write(crl, to: directory + "/crl.pem", private: false)
        return HubCertificates(
            directory: directory, authority: authority, hubCertificatePEM: hubCertificate ?? "", hubKey: hubKey, revocationListPEM: crl)
    }

    /// The TLS settings of the hub's sync and announcement listeners: mutual TLS, node
    /// certificates from this CA only, revoked ones refused.
    public var serverConfiguration: NNGTLSConfiguration {
        .server(
            certificateChainPEM: hubCertificatePEM, privateKeyPEM: hubKey.pemRepresentation,
            caCertificatePEM: authority.certificatePEM, revocationListPEM: revocationListPEM)
    }

    /// A client certificate for the node `name` of `district`, for its TLS public key.
    public func issueNodeCertificate(name: String, district: String, publicKeyPEM: String) throws(IdentityError) -> IssuedCertificate {
        try authority.issue(
            commonName: "\(name) (\(district))", dnsNames: ["\(name).nodes.ioc.local"], subjectPublicKeyPEM: publicKeyPEM,
            validityDays: Self.nodeValidityDays, usage: .client)
    }

    /// Writes what a node needs to reach this hub into `folder`: its certificate
    /// (`node.crt`), the CA it then trusts alone (`hub-ca.crt`) and the hub's signing key
    /// (`hub.pub`, hex), which every answer of the hub is signed with.
    public func deliver(_ certificate: IssuedCertificate, hubKey: PublicKey, to folder: String) throws(IdentityError) {
        try PEMFile.write(certificate.pem, to: folder + "/node.crt", private: false)
        try PEMFile.write(authority.certificatePEM, to: folder + "/hub-ca.crt", private: false)
        try PEMFile.writeText(hubKey.hex + "\n", to: folder + "/hub.pub")
    }
}
