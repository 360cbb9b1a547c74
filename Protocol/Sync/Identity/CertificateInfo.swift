import CCrypto
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What an operator needs to know about a certificate: which one it is, whom it
/// names and when it expires. Parsed from PEM with OpenSSL; nothing is verified
/// here (use a TLS handshake or `openssl verify` for that).
public struct CertificateInfo: Sendable, Equatable {
    /// The serial number, the handle for revoking the certificate.
    public let serial: CertificateSerial
    /// The subject's common name (CN), if it has one.
    public let commonName: String?
    /// The issuer's common name (CN), if it has one.
    public let issuerCommonName: String?
    /// The DNS names of the subjectAltName extension, in certificate order.
    public let dnsNames: [String]
    /// Start of the validity period.
    public let notBefore: Date
    /// End of the validity period.
    public let notAfter: Date
    /// Whether basicConstraints marks the certificate as a certificate authority.
    public let isCertificateAuthority: Bool
    /// The TLS usage from extendedKeyUsage; nil when the extension is absent or
    /// names neither serverAuth nor clientAuth.
    public let usage: CertificateUsage?
    /// Lower-case hex SHA-256 of the certified public key (DER SubjectPublicKeyInfo);
    /// equals `TLSPrivateKey.publicKeyFingerprint` of the matching private key.
    public let publicKeyFingerprint: String

    /// Reads the first certificate in `pem`; throws `.malformedPEM` when there is none
    /// and `.invalidSerial` for a (non-conforming) zero or negative serial number.
    public init(pem: String) throws(IdentityError) {
        let certificate = try PEM.certificate(pem)
        defer { X509_free(certificate) }
        try self.init(certificate: certificate)
    }

    init(certificate: OpaquePointer) throws(IdentityError) {
        OpenSSL.clearErrors()
        guard let serialNumber = X509_get0_serialNumber(certificate) else {
            throw OpenSSL.failure("X509_get0_serialNumber")
        }
        serial = try CertificateSerial(asn1: serialNumber)
        commonName = Self.commonName(of: X509_get_subject_name(certificate))
        issuerCommonName = Self.commonName(of: X509_get_issuer_name(certificate))
        dnsNames = Self.dnsNames(of: certificate)
        notBefore = try Self.date(X509_get0_notBefore(certificate), field: "notBefore")
        notAfter = try Self.date(X509_get0_notAfter(certificate), field: "notAfter")

        let flags = X509_get_extension_flags(certificate)
        isCertificateAuthority = flags & UInt32(EXFLAG_CA) != 0
        if flags & UInt32(EXFLAG_XKUSAGE) != 0 {
            let extended = X509_get_extended_key_usage(certificate)
            switch (extended & UInt32(XKU_SSL_SERVER) != 0, extended & UInt32(XKU_SSL_CLIENT) != 0) {
            case (true, true): usage = .serverAndClient
            case (true, false): usage = .server
            case (false, true): usage = .client
            case (false, false): usage = nil
            }
        } else {
            usage = nil
        }
        guard let publicKey = X509_get0_pubkey(certificate) else { throw OpenSSL.failure("X509_get0_pubkey") }
        publicKeyFingerprint = try TLSPrivateKey.fingerprint(of: publicKey)
    }

    /// Whether `date` lies within the validity period (both ends included).
    public func isValid(at date: Date = Date()) -> Bool {
        notBefore <= date && date <= notAfter
    }

    /// The first CN of `name` as UTF-8, or nil.
    static func commonName(of name: OpaquePointer?) -> String? {
        guard let name else { return nil }
        let index = X509_NAME_get_index_by_NID(name, NID_commonName, -1)
        guard index >= 0, let entry = X509_NAME_get_entry(name, index),
              let data = X509_NAME_ENTRY_get_data(entry)
        else { return nil }
        var utf8: UnsafeMutablePointer<UInt8>? = nil
        let length = ASN1_STRING_to_UTF8(&utf8, data)
        guard length >= 0, let utf8 else {
            OpenSSL.clearErrors()
            return nil
        }
        defer { CRYPTO_free(utf8, nil, 0) }
        return String(decoding: UnsafeBufferPointer(start: utf8, count: Int(length)), as: UTF8.self)
    }

    /// The DNS names in the subjectAltName extension of `certificate`.
    private static func dnsNames(of certificate: OpaquePointer) -> [String] {
        guard let decoded = X509_get_ext_d2i(certificate, NID_subject_alt_name, nil, nil) else {
            OpenSSL.clearErrors()
            return []
        }
        let names = OpaquePointer(decoded)
        defer { GENERAL_NAMES_free(names) }
        var result: [String] = []
        for index in 0..<max(0, OPENSSL_sk_num(names)) {
            guard let item = OPENSSL_sk_value(names, index) else { continue }
            var type: Int32 = 0
            guard let value = GENERAL_NAME_get0_value(item.assumingMemoryBound(to: GENERAL_NAME.self), &type),
                  type == GEN_DNS
            else { continue }
            let string = value.assumingMemoryBound(to: ASN1_STRING.self)
            let length = Int(ASN1_STRING_length(string))
            guard length > 0, let bytes = ASN1_STRING_get0_data(string) else { continue }
            result.append(String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self))
        }
        return result
    }

    /// The instant an ASN.1 UTCTime/GeneralizedTime denotes.
    private static func date(_ time: UnsafePointer<ASN1_TIME>?, field: String) throws(IdentityError) -> Date {
        var broken = tm()
        guard let time, ASN1_TIME_to_tm(time, &broken) == 1 else {
            throw OpenSSL.failure("ASN1_TIME_to_tm(\(field))")
        }
        return Date(timeIntervalSince1970: TimeInterval(timegm(&broken)))
    }
}
