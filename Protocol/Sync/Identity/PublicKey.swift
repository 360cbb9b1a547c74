import CCrypto

/// An Ed25519 public key: the identity other nodes use to verify this node's signatures.
public struct PublicKey: Hashable, Sendable, CustomStringConvertible {
    /// Length of a raw Ed25519 public key.
    public static let byteCount = 32
    /// Length of an Ed25519 signature.
    public static let signatureByteCount = 64

    /// The 32 raw key bytes (RFC 8032 encoding).
    public let rawRepresentation: [UInt8]

    /// Wraps 32 raw key bytes; throws `.invalidPublicKeyLength` for any other length.
    public init(rawRepresentation: [UInt8]) throws(IdentityError) {
        guard rawRepresentation.count == Self.byteCount else {
            throw .invalidPublicKeyLength(actual: rawRepresentation.count)
        }
        self.rawRepresentation = rawRepresentation
    }

    /// Parses 64 hex characters (either case), as produced by `hex`.
    public init(hex: String) throws(IdentityError) {
        let bytes: [UInt8]
        do {
            bytes = try Hex.decode(hex.utf8)
        } catch {
            throw .invalidPublicKeyHex(reason: error.reason)
        }
        guard bytes.count == Self.byteCount else {
            throw .invalidPublicKeyHex(reason: "\(hex.utf8.count) characters")
        }
        try self.init(rawRepresentation: bytes)
    }

    /// The key as 64 lower-case hex characters.
    public var hex: String { Hex.encode(rawRepresentation) }

    /// Same as `hex`.
    public var description: String { hex }

    /// A stable 64-bit site identifier derived from the key:
    /// the first 8 bytes of SHA-256(raw public key), read big-endian.
    public var siteID: UInt64 {
        SHA256.hash(rawRepresentation).prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Whether `signature` is a valid Ed25519 signature of `message` by this key.
    ///
    /// Never throws: a signature of the wrong length, a key that is not a valid curve
    /// point, or any OpenSSL failure all yield `false`.
    public func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        guard signature.count == Self.signatureByteCount else { return false }
        defer { OpenSSL.clearErrors() }  // a rejected signature must not leave stale errors behind

        let key = rawRepresentation.withUnsafeBufferPointer {
            EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nil, $0.baseAddress, $0.count)
        }
        guard let key else { return false }
        defer { EVP_PKEY_free(key) }

        guard let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, nil, nil, key) == 1 else { return false }

        let status = signature.withUnsafeBufferPointer { sig in
            OpenSSL.withNonNullPointer(to: message) { input, count in
                EVP_DigestVerify(context, sig.baseAddress, sig.count, input, count)
            }
        }
        return status == 1
    }
}
