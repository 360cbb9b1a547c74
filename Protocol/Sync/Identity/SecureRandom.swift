/// Cryptographically secure random bytes, from the kernel (`getrandom(2)` on Linux, through
/// `SystemRandomNumberGenerator`), for keys, salts, nonces and session ids.
public enum SecureRandom {
    /// `count` random bytes; blocks only until the kernel's pool is first seeded at boot.
    public static func bytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: count)
        var index = 0
        while index < count {
            var word = generator.next()
            for _ in 0..<min(8, count - index) {
                bytes[index] = UInt8(truncatingIfNeeded: word)
                word >>= 8
                index += 1
            }
        }
        return bytes
    }
}
