/// Everything that can go wrong while handling a node identity.
///
/// Every case carries enough context for an operator to act on it; `description`
/// spells out what happened and, where there is one, what to do about it.
/// OpenSSL failures include OpenSSL's own error queue text.
public enum IdentityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A raw Ed25519 private key (seed) did not have 32 bytes.
    case invalidPrivateKeyLength(actual: Int)
    /// A raw Ed25519 public key did not have 32 bytes.
    case invalidPublicKeyLength(actual: Int)
    /// A textual public key was not 64 hexadecimal characters.
    case invalidPublicKeyHex(reason: String)
    /// An OpenSSL operation failed; `operation` names the call.
    case cryptoFailure(operation: String, openSSL: String)
    /// The key file exists (or should exist) but could not be opened or read.
    case keyFileUnreadable(path: String, reason: String)
    /// The key file's content is not a hex-encoded key.
    case keyFileMalformed(path: String, reason: String)
    /// The key file decodes to a byte string of the wrong length.
    case keyFileWrongLength(path: String, byteCount: Int)
    /// A new key file could not be created.
    case keyFileWriteFailed(path: String, reason: String)
    /// A PEM input (`kind`: "certificate", "private key", "public key", …) could not be parsed.
    /// The text carries OpenSSL's error queue only, never the input itself.
    case malformedPEM(kind: String, openSSL: String)
    /// A key is of a type or curve the TLS layer cannot use (mbedTLS 2.28 needs ECDSA P-256).
    case unsupportedKeyType(found: String)
    /// A certificate subject common name is empty, too long or contains control characters.
    case invalidCommonName(reason: String)
    /// A DNS name for a certificate's subjectAltName is not a valid host name.
    case invalidDNSName(name: String, reason: String)
    /// A certificate or CRL validity period outside 1…`CertificateAuthority.maximumValidityDays` days.
    case invalidValidity(days: Int)
    /// A certificate serial number is zero, longer than 20 bytes, negative or not hex.
    case invalidSerial(reason: String)
    /// A certificate request is inconsistent (e.g. a server certificate without DNS names).
    case invalidCertificateRequest(reason: String)
    /// The certificate authority's private key does not belong to its certificate.
    case certificateKeyMismatch(subject: String)
    /// The certificate given as a certificate authority is not one (no basicConstraints CA:TRUE).
    case notACertificateAuthority(subject: String)
    /// A certificate, key or revocation list file could not be read.
    case fileUnreadable(path: String, reason: String)
    /// A certificate, key or revocation list file could not be written.
    case fileUnwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidPrivateKeyLength(let actual):
            return "Ed25519 private key has \(actual) bytes, expected \(SigningKey.byteCount)"
        case .invalidPublicKeyLength(let actual):
            return "Ed25519 public key has \(actual) bytes, expected \(PublicKey.byteCount)"
        case .invalidPublicKeyHex(let reason):
            return "Ed25519 public key is not valid hex (\(reason)); expected \(PublicKey.byteCount * 2) hexadecimal characters"
        case .cryptoFailure(let operation, let openSSL):
            return "OpenSSL \(operation) failed: \(openSSL)"
        case .keyFileUnreadable(let path, let reason):
            return "cannot read key file \(path): \(reason) — check the path and the file's permissions"
        case .keyFileMalformed(let path, let reason):
            return "key file \(path) is malformed (\(reason)), expected \(SigningKey.byteCount * 2) hex characters — restore it from backup or re-enrol the node"
        case .keyFileWrongLength(let path, let byteCount):
            return "key file \(path) has \(byteCount) bytes, expected \(SigningKey.byteCount) — restore it from backup or re-enrol the node"
        case .keyFileWriteFailed(let path, let reason):
            return "cannot create key file \(path): \(reason) — check that the directory exists and is writable"
        case .fileUnreadable(let path, let reason):
            return "cannot read \(path): \(reason) — check the path, or enrol the node again to get its certificate"
        case .fileUnwritable(let path, let reason):
            return "cannot write \(path): \(reason) — check that the folder exists, is writable and has free space"
        case .malformedPEM(let kind, let openSSL):
            return "the \(kind) is not valid PEM (\(openSSL)); expected a '-----BEGIN …-----' block as written by this tool or openssl"
        case .unsupportedKeyType(let found):
            return "unsupported key type \(found); TLS keys must be ECDSA P-256 (prime256v1), the only kind mbedTLS 2.28 certificates support here"
        case .invalidCommonName(let reason):
            return "invalid certificate common name: \(reason)"
        case .invalidDNSName(let name, let reason):
            return "invalid DNS name \"\(name)\" for a certificate: \(reason); use letters, digits and hyphens in dot-separated labels, e.g. ioc-hub.local"
        case .invalidValidity(let days):
            return "invalid validity of \(days) days; choose between 1 and \(CertificateAuthority.maximumValidityDays) days"
        case .invalidSerial(let reason):
            return "invalid certificate serial number: \(reason); serials are positive integers of at most 20 bytes, written in hex"
        case .invalidCertificateRequest(let reason):
            return "cannot issue this certificate: \(reason)"
        case .certificateKeyMismatch(let subject):
            return "the private key does not belong to the certificate of \(subject); load the key file that was created with this certificate"
        case .notACertificateAuthority(let subject):
            return "the certificate of \(subject) is not a certificate authority (basicConstraints CA:TRUE missing); load the CA certificate, not an issued one"
        }
    }
}
