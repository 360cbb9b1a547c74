import CCrypto

/// Moving OpenSSL objects in and out of PEM text through memory BIOs.
///
/// Internal helpers; no state. Every reader clears the calling thread's OpenSSL
/// error queue first, so a failure reports only its own errors. Error texts come
/// from OpenSSL's error queue and never contain the input itself (which may be a
/// private key).
enum PEM {
    /// Runs `read` on a read-only memory BIO over the UTF-8 bytes of `text` and
    /// returns the object it produced; throws `.malformedPEM(kind:)` when it
    /// produced none. The caller owns (and frees) the returned object.
    static func read(
        _ text: String, kind: String, _ read: (OpaquePointer) -> OpaquePointer?
    ) throws(IdentityError) -> OpaquePointer {
        OpenSSL.clearErrors()
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .malformedPEM(kind: kind, openSSL: "the text is empty") }
        guard !bytes.contains(0) else { throw .malformedPEM(kind: kind, openSSL: "the text contains a NUL byte") }
        guard bytes.count <= Int(Int32.max) else { throw .malformedPEM(kind: kind, openSSL: "the text is too long") }
        let object: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            guard let bio = BIO_new_mem_buf(buffer.baseAddress, Int32(buffer.count)) else { return nil }
            defer { BIO_free(bio) }
            return read(bio)
        }
        guard let object else { throw .malformedPEM(kind: kind, openSSL: OpenSSL.drainErrors()) }
        return object
    }

    /// Runs `write` on an empty memory BIO and returns what it wrote as text.
    /// `write` returns OpenSSL's status (1 for success); `operation` names it in errors.
    static func write(_ operation: String, _ write: (OpaquePointer) -> Int32) throws(IdentityError) -> String {
        OpenSSL.clearErrors()
        guard let bio = BIO_new(BIO_s_mem()) else { throw OpenSSL.failure("BIO_new") }
        defer { BIO_free(bio) }
        guard write(bio) == 1 else { throw OpenSSL.failure(operation) }
        var text: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { BIO_read(bio, $0.baseAddress, Int32($0.count)) }
            if count <= 0 { break }
            text += chunk[0..<Int(count)]
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Parses the first certificate in `text`; the caller frees it with `X509_free`.
    static func certificate(_ text: String) throws(IdentityError) -> OpaquePointer {
        try read(text, kind: "certificate") { PEM_read_bio_X509($0, nil, nil, nil) }
    }

    /// Parses a public key (SubjectPublicKeyInfo, `BEGIN PUBLIC KEY`); the caller frees it with `EVP_PKEY_free`.
    static func publicKey(_ text: String) throws(IdentityError) -> OpaquePointer {
        try read(text, kind: "public key") { PEM_read_bio_PUBKEY($0, nil, nil, nil) }
    }

    /// Parses an unencrypted private key (PKCS#8 `BEGIN PRIVATE KEY` or `BEGIN EC PRIVATE KEY`);
    /// the caller frees it with `EVP_PKEY_free`. Encrypted keys are rejected, never prompted for.
    static func privateKey(_ text: String) throws(IdentityError) -> OpaquePointer {
        // Without a callback OpenSSL would prompt on the terminal for a passphrase.
        try read(text, kind: "private key") { PEM_read_bio_PrivateKey($0, nil, { _, _, _, _ in 0 }, nil) }
    }

    /// The PEM text of `certificate` (`BEGIN CERTIFICATE`).
    static func text(ofCertificate certificate: OpaquePointer) throws(IdentityError) -> String {
        try write("PEM_write_bio_X509") { PEM_write_bio_X509($0, certificate) }
    }

    /// The PEM text of the public half of `key` (`BEGIN PUBLIC KEY`).
    static func text(ofPublicKey key: OpaquePointer) throws(IdentityError) -> String {
        try write("PEM_write_bio_PUBKEY") { PEM_write_bio_PUBKEY($0, key) }
    }
}
