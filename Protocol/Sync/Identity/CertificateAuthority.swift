import CCrypto
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A small X.509 certificate authority for the federation's mutual TLS: an ECDSA
/// P-256 key and its self-signed CA certificate, which issues the hub's server
/// certificate and the district nodes' client certificates and signs revocation lists.
///
/// Everything is made with OpenSSL libcrypto, signed with ECDSA-SHA256, and is
/// accepted by both `openssl verify` and nng's mbedTLS 2.28 engine.
///
/// Clock skew: every certificate's `notBefore` and every CRL's `thisUpdate` lie
/// five minutes in the past, so a peer whose clock runs slightly behind still
/// accepts them; validity periods are counted from the time of issue.
///
/// The value is plain data (PEM text) and `Sendable`; OpenSSL objects are created
/// per call. `description` and reflection never show the private key.
public struct CertificateAuthority: Sendable {
    /// Longest validity accepted for certificates and CRLs (about 100 years).
    public static let maximumValidityDays = 36_500
    /// How far `notBefore`/`thisUpdate` are set before the moment of issue.
    static let backdatingSeconds = 300

    /// The CA certificate in PEM: what every peer trusts (`caCertificatePEM` of the TLS configuration).
    public let certificatePEM: String
    /// The CA's private key. Store it offline or at least with mode 0600; whoever
    /// holds it can admit any peer to the federation.
    public let privateKey: TLSPrivateKey
    /// The CA certificate's serial, names and validity.
    public let info: CertificateInfo

    /// A new CA: a fresh P-256 key and a self-signed certificate for `commonName`
    /// (basicConstraints critical CA:TRUE, pathlen:0, so it issues only end-entity
    /// certificates; keyUsage critical keyCertSign, cRLSign), valid `validityDays` days.
    public static func create(commonName: String, validityDays: Int) throws(IdentityError) -> CertificateAuthority {
        try validate(commonName: commonName)
        try validate(validityDays: validityDays)
        let key = try TLSPrivateKey.generate()
        let serial = try CertificateSerial.random()
        let pem = try key.withKey { signingKey throws(IdentityError) -> String in
            let certificate = try makeCertificate(
                commonName: commonName, subjectKey: signingKey, issuer: nil, issuerKey: signingKey,
                serial: serial, validityDays: validityDays,
                extensions: [
                    (NID_basic_constraints, "critical,CA:TRUE,pathlen:0"),
                    (NID_key_usage, "critical,keyCertSign,cRLSign"),
                    (NID_subject_key_identifier, "hash"),
                    (NID_authority_key_identifier, "keyid:always"),
                ])
            defer { X509_free(certificate) }
            return try PEM.text(ofCertificate: certificate)
        }
        return try CertificateAuthority(certificatePEM: pem, privateKey: key)
    }

    /// Loads a CA from its certificate and private key PEM (as stored from
    /// `certificatePEM` and `privateKey.pemRepresentation`). Throws
    /// `.notACertificateAuthority` when the certificate is not a CA and
    /// `.certificateKeyMismatch` when the key is not the certificate's.
    public init(certificatePEM: String, privateKeyPEM: String) throws(IdentityError) {
        try self.init(certificatePEM: certificatePEM, privateKey: TLSPrivateKey(pemRepresentation: privateKeyPEM))
    }

    private init(certificatePEM: String, privateKey: TLSPrivateKey) throws(IdentityError) {
        let certificate = try PEM.certificate(certificatePEM)
        defer { X509_free(certificate) }
        let info = try CertificateInfo(certificate: certificate)
        let subject = info.commonName ?? "serial \(info.serial)"
        guard info.isCertificateAuthority else { throw .notACertificateAuthority(subject: subject) }
        let matches = try privateKey.withKey { key throws(IdentityError) -> Bool in
            X509_check_private_key(certificate, key) == 1
        }
        OpenSSL.clearErrors()
        guard matches else { throw .certificateKeyMismatch(subject: subject) }
        self.certificatePEM = try PEM.text(ofCertificate: certificate)
        self.privateKey = privateKey
        self.info = info
    }

    /// Issues an end-entity certificate for the P-256 public key in
    /// `subjectPublicKeyPEM` (`TLSPrivateKey.publicKeyPEM`).
    ///
    /// The certificate carries: subject CN `commonName`; issuer = this CA's subject;
    /// basicConstraints critical CA:FALSE; keyUsage critical digitalSignature;
    /// extendedKeyUsage from `usage`; subjectAltName with `dnsNames` (lower-cased,
    /// duplicates dropped); subject and authority key identifiers. `serial` defaults
    /// to a fresh random one; keep the returned serial to revoke the certificate later.
    ///
    /// Throws `.invalidCommonName`, `.invalidDNSName`, `.invalidValidity`,
    /// `.malformedPEM`, `.unsupportedKeyType`, or `.invalidCertificateRequest` when a
    /// server certificate has no DNS name (clients check the server name against
    /// them) or when the certificate would outlive this CA.
    public func issue(
        commonName: String,
        dnsNames: [String] = [],
        subjectPublicKeyPEM: String,
        serial: CertificateSerial? = nil,
        validityDays: Int,
        usage: CertificateUsage
    ) throws(IdentityError) -> IssuedCertificate {
        try Self.validate(commonName: commonName)
        let names = try Self.normalize(dnsNames: dnsNames)
        try Self.validate(validityDays: validityDays)
        if usage.allowsServer && names.isEmpty {
            throw .invalidCertificateRequest(
                reason: "a \(usage) certificate needs at least one DNS name, which clients check the server name against")
        }
        let expiry = Date().addingTimeInterval(TimeInterval(validityDays) * 86_400)
        guard expiry <= info.notAfter else {
            throw .invalidCertificateRequest(
                reason: "a certificate valid for \(validityDays) days would outlive its CA, which expires at \(info.notAfter); choose a shorter validity or renew the CA")
        }
        let subjectKey = try PEM.publicKey(subjectPublicKeyPEM)
        defer { EVP_PKEY_free(subjectKey) }
        try TLSPrivateKey.requireP256(subjectKey)
        let serial = if let serial { serial } else { try CertificateSerial.random() }

        var extensions: [(Int32, String)] = [
            (NID_basic_constraints, "critical,CA:FALSE"),
            (NID_key_usage, "critical,digitalSignature"),
            (NID_ext_key_usage, usage.extendedKeyUsage),
        ]
        if !names.isEmpty {
            extensions.append((NID_subject_alt_name, names.map { "DNS:" + $0 }.joined(separator: ",")))
        }
        extensions.append((NID_subject_key_identifier, "hash"))
        extensions.append((NID_authority_key_identifier, "keyid:always"))

        let authority = try PEM.certificate(certificatePEM)
        defer { X509_free(authority) }
        let pem = try privateKey.withKey { signingKey throws(IdentityError) -> String in
            let certificate = try Self.makeCertificate(
                commonName: commonName, subjectKey: subjectKey, issuer: authority, issuerKey: signingKey,
                serial: serial, validityDays: validityDays, extensions: extensions)
            defer { X509_free(certificate) }
            return try PEM.text(ofCertificate: certificate)
        }
        return IssuedCertificate(pem: pem, serial: serial)
    }

    /// A certificate revocation list (X.509 v2 CRL, PEM `BEGIN X509 CRL`) signed by
    /// this CA, listing `revokedSerials` (duplicates dropped), with `thisUpdate` five
    /// minutes ago and `nextUpdate` `validityDays` days from now, an authority key
    /// identifier, and the issue time in Unix seconds as CRL number.
    ///
    /// Peers using mbedTLS reject every certificate of this CA once the CRL they hold
    /// is past its `nextUpdate`: publish a fresh one well before that.
    public func revocationList(revokedSerials: [CertificateSerial], validityDays: Int) throws(IdentityError) -> String {
        try Self.validate(validityDays: validityDays)
        let authority = try PEM.certificate(certificatePEM)
        defer { X509_free(authority) }
        OpenSSL.clearErrors()
        guard let crl = X509_CRL_new() else { throw OpenSSL.failure("X509_CRL_new") }
        defer { X509_CRL_free(crl) }
        guard X509_CRL_set_version(crl, 1) == 1 else { throw OpenSSL.failure("X509_CRL_set_version") }
        guard X509_CRL_set_issuer_name(crl, X509_get_subject_name(authority)) == 1 else {
            throw OpenSSL.failure("X509_CRL_set_issuer_name")
        }
        guard let thisUpdate = X509_time_adj_ex(nil, 0, -Self.backdatingSeconds, nil) else {
            throw OpenSSL.failure("X509_time_adj_ex(thisUpdate)")
        }
        defer { ASN1_TIME_free(thisUpdate) }
        guard let nextUpdate = X509_time_adj_ex(nil, Int32(validityDays), 0, nil) else {
            throw OpenSSL.failure("X509_time_adj_ex(nextUpdate)")
        }
        defer { ASN1_TIME_free(nextUpdate) }
        guard X509_CRL_set1_lastUpdate(crl, thisUpdate) == 1, X509_CRL_set1_nextUpdate(crl, nextUpdate) == 1 else {
            throw OpenSSL.failure("X509_CRL_set1_lastUpdate/nextUpdate")
        }

        var seen = Set<CertificateSerial>()
        for serial in revokedSerials where seen.insert(serial).inserted {
            guard let revoked = X509_REVOKED_new() else { throw OpenSSL.failure("X509_REVOKED_new") }
            let integer: UnsafeMutablePointer<ASN1_INTEGER>
            do {
                integer = try serial.makeASN1Integer()
            } catch {
                X509_REVOKED_free(revoked)
                throw error
            }
            defer { ASN1_INTEGER_free(integer) }
            guard X509_REVOKED_set_serialNumber(revoked, integer) == 1,
                  X509_REVOKED_set_revocationDate(revoked, thisUpdate) == 1,
                  X509_CRL_add0_revoked(crl, revoked) == 1  // takes ownership on success
            else {
                X509_REVOKED_free(revoked)
                throw OpenSSL.failure("X509_CRL_add0_revoked")
            }
        }
        guard X509_CRL_sort(crl) == 1 else { throw OpenSSL.failure("X509_CRL_sort") }

        var context = X509V3_CTX()
        X509V3_set_ctx(&context, authority, nil, nil, crl, 0)
        guard let keyIdentifier = X509V3_EXT_conf_nid(nil, &context, NID_authority_key_identifier, "keyid:always") else {
            throw OpenSSL.failure("X509V3_EXT_conf_nid(authorityKeyIdentifier)")
        }
        defer { X509_EXTENSION_free(keyIdentifier) }
        guard X509_CRL_add_ext(crl, keyIdentifier, -1) == 1 else { throw OpenSSL.failure("X509_CRL_add_ext") }
        guard let number = ASN1_INTEGER_new() else { throw OpenSSL.failure("ASN1_INTEGER_new") }
        defer { ASN1_INTEGER_free(number) }
        guard ASN1_INTEGER_set_uint64(number, UInt64(max(0, Date().timeIntervalSince1970))) == 1,
              X509_CRL_add1_ext_i2d(crl, NID_crl_number, number, 0, 0) == 1
        else { throw OpenSSL.failure("X509_CRL_add1_ext_i2d(crlNumber)") }

        try privateKey.withKey { signingKey throws(IdentityError) in
            guard X509_CRL_sign(crl, signingKey, EVP_sha256()) > 0 else { throw OpenSSL.failure("X509_CRL_sign") }
        }
        return try PEM.write("PEM_write_bio_X509_CRL") { PEM_write_bio_X509_CRL($0, crl) }
    }

    // MARK: Building certificates

    /// A signed X.509 v3 certificate; the caller frees it with `X509_free`.
    /// `issuer` nil means self-signed (the issuer name is the subject name).
    private static func makeCertificate(
        commonName: String, subjectKey: OpaquePointer, issuer: OpaquePointer?, issuerKey: OpaquePointer,
        serial: CertificateSerial, validityDays: Int, extensions: [(Int32, String)]
    ) throws(IdentityError) -> OpaquePointer {
        OpenSSL.clearErrors()
        guard let certificate = X509_new() else { throw OpenSSL.failure("X509_new") }
        var built = false
        defer { if !built { X509_free(certificate) } }

        guard X509_set_version(certificate, 2) == 1 else { throw OpenSSL.failure("X509_set_version(v3)") }
        let integer = try serial.makeASN1Integer()
        defer { ASN1_INTEGER_free(integer) }
        guard X509_set_serialNumber(certificate, integer) == 1 else { throw OpenSSL.failure("X509_set_serialNumber") }

        guard let subject = X509_NAME_new() else { throw OpenSSL.failure("X509_NAME_new") }
        defer { X509_NAME_free(subject) }
        let name = Array(commonName.utf8)
        guard X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, name, Int32(name.count), -1, 0) == 1 else {
            throw .invalidCommonName(reason: "OpenSSL rejected it: \(OpenSSL.drainErrors())")
        }
        guard X509_set_subject_name(certificate, subject) == 1,
              X509_set_issuer_name(certificate, issuer.map { X509_get_subject_name($0) } ?? subject) == 1
        else { throw OpenSSL.failure("X509_set_subject_name/X509_set_issuer_name") }

        guard X509_time_adj_ex(X509_getm_notBefore(certificate), 0, -backdatingSeconds, nil) != nil,
              X509_time_adj_ex(X509_getm_notAfter(certificate), Int32(validityDays), 0, nil) != nil
        else { throw OpenSSL.failure("X509_time_adj_ex") }
        guard X509_set_pubkey(certificate, subjectKey) == 1 else { throw OpenSSL.failure("X509_set_pubkey") }

        var context = X509V3_CTX()
        X509V3_set_ctx(&context, issuer ?? certificate, certificate, nil, nil, 0)
        if issuer == nil {
            guard X509V3_set_issuer_pkey(&context, issuerKey) == 1 else { throw OpenSSL.failure("X509V3_set_issuer_pkey") }
        }
        for (nid, value) in extensions {
            guard let `extension` = X509V3_EXT_conf_nid(nil, &context, nid, value) else {
                throw OpenSSL.failure("X509V3_EXT_conf_nid(\(String(cString: OBJ_nid2sn(nid))): \(value))")
            }
            defer { X509_EXTENSION_free(`extension`) }
            guard X509_add_ext(certificate, `extension`, -1) == 1 else { throw OpenSSL.failure("X509_add_ext") }
        }
        guard X509_sign(certificate, issuerKey, EVP_sha256()) > 0 else { throw OpenSSL.failure("X509_sign") }
        built = true
        return certificate
    }

    // MARK: Validation

    private static func validate(commonName: String) throws(IdentityError) {
        let scalars = commonName.unicodeScalars
        guard !scalars.isEmpty else { throw .invalidCommonName(reason: "it is empty") }
        guard scalars.count <= 64 else {
            throw .invalidCommonName(reason: "it has \(scalars.count) characters, X.509 allows at most 64")
        }
        if scalars.contains(where: { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) }) {
            throw .invalidCommonName(reason: "it contains control characters")
        }
    }

    private static func validate(validityDays: Int) throws(IdentityError) {
        guard (1...maximumValidityDays).contains(validityDays) else { throw .invalidValidity(days: validityDays) }
    }

    /// Lower-cased DNS names without duplicates, in the given order, each checked
    /// to be a host name (RFC 1123 labels; no wildcards, no IP addresses).
    private static func normalize(dnsNames: [String]) throws(IdentityError) -> [String] {
        var result: [String] = []
        for original in dnsNames {
            let name = original.lowercased()
            guard !name.isEmpty else { throw .invalidDNSName(name: original, reason: "it is empty") }
            guard name.utf8.count <= 253 else { throw .invalidDNSName(name: original, reason: "it is longer than 253 characters") }
            let labels = name.split(separator: ".", omittingEmptySubsequences: false)
            for label in labels {
                guard !label.isEmpty else { throw .invalidDNSName(name: original, reason: "it has an empty label") }
                guard label.utf8.count <= 63 else {
                    throw .invalidDNSName(name: original, reason: "label \"\(label)\" is longer than 63 characters")
                }
                let allowed = label.utf8.allSatisfy { byte in
                    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                }
                guard allowed else {
                    throw .invalidDNSName(name: original, reason: "label \"\(label)\" has characters other than letters, digits and hyphens")
                }
                guard label.first != "-", label.last != "-" else {
                    throw .invalidDNSName(name: original, reason: "label \"\(label)\" starts or ends with a hyphen")
                }
            }
            if let last = labels.last, last.allSatisfy(\.isNumber) {
                throw .invalidDNSName(name: original, reason: "it looks like an IP address, and IP subjectAltNames are not supported")
            }
            if !result.contains(name) { result.append(name) }
        }
        return result
    }
}

extension CertificateAuthority: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        "CertificateAuthority(\(info.commonName ?? "no CN"), serial \(info.serial), valid until \(info.notAfter))"
    }
    public var debugDescription: String { description }
    public var customMirror: Mirror {
        Mirror(self, children: ["info": info, "publicKeyFingerprint": privateKey.publicKeyFingerprint])
    }
}
