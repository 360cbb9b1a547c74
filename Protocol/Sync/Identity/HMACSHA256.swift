import CCrypto

/// HMAC-SHA-256 (OpenSSL `HMAC` with `EVP_sha256`): how chat-channel webhooks prove
/// they know the shared secret, and how staff session cookies are signed.
public enum HMACSHA256 {
    /// The 32-byte MAC of `message` under `key`.
    public static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let keyCopy = key.isEmpty ? [0] : key
        let messageCopy = message.isEmpty ? [0] : message
        let ok = keyCopy.withUnsafeBufferPointer { k in
            messageCopy.withUnsafeBufferPointer { m in
                out.withUnsafeMutableBufferPointer { o in
                    HMAC(EVP_sha256(), k.baseAddress, Int32(key.count), m.baseAddress, message.count, o.baseAddress, &length)
                }
            }
        }
        guard ok != nil, length == 32 else { return [] }
        return Array(out.prefix(32))
    }

    public static func hex(key: [UInt8], message: [UInt8]) -> String { Hex.encode(mac(key: key, message: message)) }

    /// Compares two MACs in time independent of where they differ.
    public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count, !a.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
