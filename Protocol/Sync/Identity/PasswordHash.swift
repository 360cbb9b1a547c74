import CCrypto

/// scrypt password hashes (OpenSSL `EVP_PBE_scrypt`) in a self-describing string:
///
///     scrypt$<N>$<r>$<p>$<salt, base64>$<hash, base64>
///
/// New hashes use N = 16384, r = 8, p = 1, a 16-byte random salt and a 32-byte output
/// (`verify` requires a 32-byte hash and an 8–64-byte salt).
/// `verify` honours the parameters stored in the string (within sane bounds), so the
/// cost can be raised later without invalidating existing hashes.
/// Passwords are hashed as their UTF-8 bytes, without Unicode normalisation.
public enum PasswordHash {
    public static let costN: UInt64 = 16384
    public static let blockSizeR: UInt64 = 8
    public static let parallelismP: UInt64 = 1
    static let saltByteCount = 16
    static let hashByteCount = 32
    static let scheme = "scrypt"

    /// Hashes `password` with a fresh random salt.
    public static func make(password: String) throws(IdentityError) -> String {
        let salt = SecureRandom.bytes(saltByteCount)
        let hash = try derive(
            password: password, salt: salt, n: costN, r: blockSizeR, p: parallelismP, length: hashByteCount)
        return [scheme, String(costN), String(blockSizeR), String(parallelismP), Base64.encode(salt), Base64.encode(hash)]
            .joined(separator: "$")
    }

    /// Whether `password` matches `encoded` (as produced by `make`).
    /// Returns `false` for a wrong password and for any malformed or out-of-bounds `encoded` string.
    public static func verify(password: String, against encoded: String) -> Bool {
        let fields = encoded.split(separator: "$", omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == scheme,
            let n = UInt64(fields[1]), let r = UInt64(fields[2]), let p = UInt64(fields[3]),
            parametersAreSane(n: n, r: r, p: p),
            let salt = Base64.decode(fields[4]), (8...64).contains(salt.count),
            let expected = Base64.decode(fields[5]), expected.count == hashByteCount
        else { return false }
        guard let actual = try? derive(password: password, salt: salt, n: n, r: r, p: p, length: expected.count) else {
            return false
        }
        return OpenSSL.constantTimeEqual(actual, expected)
    }

    /// Bounds on stored parameters so a hostile hash string cannot make `verify`
    /// allocate unbounded memory or burn unbounded CPU.
    static func parametersAreSane(n: UInt64, r: UInt64, p: UInt64) -> Bool {
        n > 1 && n & (n - 1) == 0 && n <= 1 << 20
            && (1...32).contains(r) && (1...16).contains(p)
            && memoryNeeded(n: n, r: r, p: p) <= 256 << 20
    }

    /// The memory scrypt needs for these parameters (OpenSSL's own accounting: 128·r·(N + 2 + p)).
    static func memoryNeeded(n: UInt64, r: UInt64, p: UInt64) -> UInt64 {
        128 * r * (n + 2 + p)
    }

    static func derive(
        password: String, salt: [UInt8], n: UInt64, r: UInt64, p: UInt64, length: Int
    ) throws(IdentityError) -> [UInt8] {
        OpenSSL.clearErrors()
        let passwordBytes = Array(password.utf8)
        var output = [UInt8](repeating: 0, count: length)
        let maxMemory = memoryNeeded(n: n, r: r, p: p) + (1 << 20)
        let status = OpenSSL.withNonNullPointer(to: passwordBytes) { passwordPointer, passwordCount in
            passwordPointer.withMemoryRebound(to: CChar.self, capacity: max(passwordCount, 1)) { passwordChars in
                salt.withUnsafeBufferPointer { saltBuffer in
                    output.withUnsafeMutableBufferPointer { out in
                        EVP_PBE_scrypt(
                            passwordChars, passwordCount, saltBuffer.baseAddress, saltBuffer.count,
                            n, r, p, maxMemory, out.baseAddress, out.count)
                    }
                }
            }
        }
        guard status == 1 else { throw OpenSSL.failure("EVP_PBE_scrypt") }
        return output
    }
}
