import CCrypto

/// An Ed25519 private key (the 32-byte RFC 8032 seed): a district node's identity.
///
/// `description`, `debugDescription` and reflection (`dump`) show only the public key,
/// so the secret does not end up in logs by accident.
public struct SigningKey: Sendable {
    /// Length of a raw Ed25519 private key (seed).
    public static let byteCount = 32

    /// The 32 secret seed bytes. Handle with care.
    public let rawRepresentation: [UInt8]
    /// The matching public key.
    public let publicKey: PublicKey

    /// A fresh random key (OpenSSL `EVP_PKEY_keygen`).
    public static func generate() throws(IdentityError) -> SigningKey {
        OpenSSL.clearErrors()
        guard let context = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nil) else {
            throw OpenSSL.failure("EVP_PKEY_CTX_new_id(ED25519)")
        }
        defer { EVP_PKEY_CTX_free(context) }
        guard EVP_PKEY_keygen_init(context) == 1 else { throw OpenSSL.failure("EVP_PKEY_keygen_init") }
        var generated: OpaquePointer? = nil
        guard EVP_PKEY_keygen(context, &generated) == 1, let key = generated else {
            throw OpenSSL.failure("EVP_PKEY_keygen")
        }
        defer { EVP_PKEY_free(key) }

        var seed = [UInt8](repeating: 0, count: byteCount)
        var length = seed.count
        let status = seed.withUnsafeMutableBufferPointer { EVP_PKEY_get_raw_private_key(key, $0.baseAddress, &length) }
        guard status == 1, length == byteCount else { throw OpenSSL.failure("EVP_PKEY_get_raw_private_key") }
        return try SigningKey(rawRepresentation: seed)
    }

    /// Wraps a 32-byte seed; throws `.invalidPrivateKeyLength` for any other length.
    public init(rawRepresentation: [UInt8]) throws(IdentityError) {
        guard rawRepresentation.count == Self.byteCount else {
            throw .invalidPrivateKeyLength(actual: rawRepresentation.count)
        }
        OpenSSL.clearErrors()
        let key = try Self.makeKey(rawRepresentation)
        defer { EVP_PKEY_free(key) }

        var publicBytes = [UInt8](repeating: 0, count: PublicKey.byteCount)
        var length = publicBytes.count
        let status = publicBytes.withUnsafeMutableBufferPointer {
            EVP_PKEY_get_raw_public_key(key, $0.baseAddress, &length)
        }
        guard status == 1, length == PublicKey.byteCount else {
            throw OpenSSL.failure("EVP_PKEY_get_raw_public_key")
        }
        self.rawRepresentation = rawRepresentation
        self.publicKey = try PublicKey(rawRepresentation: publicBytes)
    }

    /// The 64-byte Ed25519 signature of `message` (deterministic, RFC 8032).
    public func signature(for message: [UInt8]) throws(IdentityError) -> [UInt8] {
        OpenSSL.clearErrors()
        let key = try Self.makeKey(rawRepresentation)
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { throw OpenSSL.failure("EVP_MD_CTX_new") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestSignInit(context, nil, nil, nil, key) == 1 else {
            throw OpenSSL.failure("EVP_DigestSignInit")
        }

        var signature = [UInt8](repeating: 0, count: PublicKey.signatureByteCount)
        var length = signature.count
        let status = signature.withUnsafeMutableBufferPointer { out in
            OpenSSL.withNonNullPointer(to: message) { input, count in
                EVP_DigestSign(context, out.baseAddress, &length, input, count)
            }
        }
        guard status == 1, length == PublicKey.signatureByteCount else {
            throw OpenSSL.failure("EVP_DigestSign")
        }
        return signature
    }

    /// An OpenSSL key object for `seed`; the caller frees it.
    private static func makeKey(_ seed: [UInt8]) throws(IdentityError) -> OpaquePointer {
        let key = seed.withUnsafeBufferPointer {
            EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, $0.baseAddress, $0.count)
        }
        guard let key else { throw OpenSSL.failure("EVP_PKEY_new_raw_private_key(ED25519)") }
        return key
    }
}

extension SigningKey {
    /// Loads the key stored at `path`, or — when no file exists there — generates a new key
    /// and stores it (mode 0600, written atomically, never overwriting an existing file).
    ///
    /// Guarantee: the same file always yields the same key. A key file that exists but is
    /// unreadable or malformed is reported as an error and never replaced, because replacing
    /// it would silently change the node's identity.
    public static func loadOrCreate(at path: String) throws(IdentityError) -> SigningKey {
        if let seed = try KeyFile.load(at: path) {
            return try SigningKey(rawRepresentation: seed)
        }
        let key = try generate()
        if try KeyFile.createExclusively(at: path, content: KeyFile.encode(key.rawRepresentation)) {
            return key
        }
        // Another process created the file first: its key is the node's key.
        guard let seed = try KeyFile.load(at: path) else {
            throw .keyFileUnreadable(path: path, reason: "the file disappeared while it was being created")
        }
        return try SigningKey(rawRepresentation: seed)
    }
}

extension SigningKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "SigningKey(publicKey: \(publicKey.hex))" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["publicKey": publicKey]) }
}
