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
    /// The OpenSSL random generator failed (`RAND_bytes`).
    case randomGenerationFailed(openSSL: String)
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

    public var description: String {
        switch self {
        case .invalidPrivateKeyLength(let actual):
            return "Ed25519 private key has \(actual) bytes, expected \(SigningKey.byteCount)"
        case .invalidPublicKeyLength(let actual):
            return "Ed25519 public key has \(actual) bytes, expected \(PublicKey.byteCount)"
        case .invalidPublicKeyHex(let reason):
            return "Ed25519 public key is not valid hex (\(reason)); expected \(PublicKey.byteCount * 2) hexadecimal characters"
        case .randomGenerationFailed(let openSSL):
            return "the OpenSSL random generator failed (\(openSSL)); check that the system entropy source is available"
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
        }
    }
}
