import CCrypto

/// SHA-256 content hashes (OpenSSL `EVP_Digest` with `EVP_sha256`).
public enum SHA256 {
    /// Digest length in bytes.
    public static let byteCount = 32

    /// The 32-byte SHA-256 digest of `bytes`.
    ///
    /// SHA-256 over an in-memory buffer cannot fail short of libcrypto being unusable
    /// (e.g. out of memory); that is treated as a fatal error.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        OpenSSL.clearErrors()
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = OpenSSL.withNonNullPointer(to: bytes) { input, count in
            digest.withUnsafeMutableBufferPointer { out in
                EVP_Digest(input, count, out.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        guard status == 1, Int(length) == byteCount else {
            fatalError("OpenSSL EVP_Digest(SHA-256) failed: \(OpenSSL.drainErrors())")
        }
        return Array(digest.prefix(byteCount))
    }

    /// The SHA-256 digest of `bytes` as 64 lower-case hex characters.
    public static func hex(_ bytes: [UInt8]) -> String {
        Hex.encode(hash(bytes))
    }
}
