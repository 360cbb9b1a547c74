import CCrypto

/// An ECDSA P-256 private key for TLS certificates (the curve and algorithm that
/// nng's mbedTLS 2.28 engine supports; it has no Ed25519 certificates).
///
/// The key is held as its PKCS#8 PEM text, so the value is plain data and
/// `Sendable`; OpenSSL objects are created per operation. `description`,
/// `debugDescription` and reflection (`dump`) show only the public key's
/// fingerprint, so the secret does not end up in logs by accident. (Swift strings
/// cannot be wiped: the PEM text lives in memory until the value is released.)
public struct TLSPrivateKey: Sendable {
    /// The private key in unencrypted PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`). Handle with care.
    public let pemRepresentation: String
    /// The public key in PEM (SubjectPublicKeyInfo, `-----BEGIN PUBLIC KEY-----`): what a CA certifies.
    public let publicKeyPEM: String
    /// Lower-case hex SHA-256 of the DER SubjectPublicKeyInfo, the same value
    /// `CertificateInfo.publicKeyFingerprint` shows for a certificate of this key.
    public let publicKeyFingerprint: String

    /// A fresh random P-256 key (OpenSSL `EVP_PKEY_generate`).
    public static func generate() throws(IdentityError) -> TLSPrivateKey {
        OpenSSL.clearErrors()
        guard let context = EVP_PKEY_CTX_new_from_name(nil, "EC", nil) else {
            throw OpenSSL.failure("EVP_PKEY_CTX_new_from_name(EC)")
        }
        defer { EVP_PKEY_CTX_free(context) }
        guard EVP_PKEY_keygen_init(context) == 1 else { throw OpenSSL.failure("EVP_PKEY_keygen_init") }
        guard EVP_PKEY_CTX_set_group_name(context, "P-256") == 1 else {
            throw OpenSSL.failure("EVP_PKEY_CTX_set_group_name(P-256)")
        }
        var generated: OpaquePointer? = nil
        guard EVP_PKEY_generate(context, &generated) == 1, let key = generated else {
            throw OpenSSL.failure("EVP_PKEY_generate")
        }
        defer { EVP_PKEY_free(key) }
        return try TLSPrivateKey(key: key)
    }

    /// Loads an unencrypted P-256 private key from PEM: PKCS#8 (`BEGIN PRIVATE KEY`)
    /// or SEC 1 (`BEGIN EC PRIVATE KEY`, as `openssl ecparam -genkey` writes).
    /// `pemRepresentation` is always re-encoded as PKCS#8. Throws `.malformedPEM`
    /// for anything unreadable (including encrypted keys) and `.unsupportedKeyType`
    /// for keys other than P-256.
    public init(pemRepresentation pem: String) throws(IdentityError) {
        let key = try PEM.privateKey(pem)
        defer { EVP_PKEY_free(key) }
        try self.init(key: key)
    }

    private init(key: OpaquePointer) throws(IdentityError) {
        try Self.requireP256(key)
        pemRepresentation = try PEM.write("PEM_write_bio_PKCS8PrivateKey") {
            PEM_write_bio_PKCS8PrivateKey($0, key, nil, nil, 0, nil, nil)
        }
        publicKeyPEM = try PEM.text(ofPublicKey: key)
        publicKeyFingerprint = try Self.fingerprint(of: key)
    }

    /// Calls `body` with a fresh OpenSSL key object for this key, freed afterwards.
    func withKey<R>(_ body: (OpaquePointer) throws(IdentityError) -> R) throws(IdentityError) -> R {
        let key = try PEM.privateKey(pemRepresentation)
        defer { EVP_PKEY_free(key) }
        return try body(key)
    }

    /// Throws `.unsupportedKeyType` unless `key` is an EC key on P-256.
    static func requireP256(_ key: OpaquePointer) throws(IdentityError) {
        let type = EVP_PKEY_get_base_id(key)
        guard type == EVP_PKEY_EC else {
            let name = OBJ_nid2sn(type).map { String(cString: $0) } ?? "key type \(type)"
            throw .unsupportedKeyType(found: name)
        }
        guard let group = curveName(of: key), group == "prime256v1" || group == "P-256" else {
            throw .unsupportedKeyType(found: "EC key on curve \(curveName(of: key) ?? "unknown")")
        }
    }

    /// The curve name of an EC key (`prime256v1` for P-256), or nil.
    private static func curveName(of key: OpaquePointer) -> String? {
        var buffer = [CChar](repeating: 0, count: 80)
        var length = 0
        let status = buffer.withUnsafeMutableBufferPointer {
            EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, $0.baseAddress, $0.count, &length)
        }
        guard status == 1 else {
            OpenSSL.clearErrors()
            return nil
        }
        return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Lower-case hex SHA-256 of the DER SubjectPublicKeyInfo of `key`.
    static func fingerprint(of key: OpaquePointer) throws(IdentityError) -> String {
        OpenSSL.clearErrors()
        let length = i2d_PUBKEY(key, nil)
        guard length > 0 else { throw OpenSSL.failure("i2d_PUBKEY") }
        var der = [UInt8](repeating: 0, count: Int(length))
        let written = der.withUnsafeMutableBufferPointer { buffer -> Int32 in
            var cursor = buffer.baseAddress
            return i2d_PUBKEY(key, &cursor)
        }
        guard written == length else { throw OpenSSL.failure("i2d_PUBKEY") }
        return SHA256.hex(der)
    }
}

extension TLSPrivateKey: Equatable {
    /// Keys are equal when their private key PEM (canonical PKCS#8) is.
    public static func == (lhs: TLSPrivateKey, rhs: TLSPrivateKey) -> Bool {
        OpenSSL.constantTimeEqual(Array(lhs.pemRepresentation.utf8), Array(rhs.pemRepresentation.utf8))
    }
}

extension TLSPrivateKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "TLSPrivateKey(ECDSA P-256, public key SHA-256 \(publicKeyFingerprint))" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["publicKeyFingerprint": publicKeyFingerprint]) }
}
