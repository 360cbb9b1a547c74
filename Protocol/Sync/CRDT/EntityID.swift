/// A globally unique entity id, minted where the entity is created: a UUIDv7
/// (48-bit Unix milliseconds, version and variant bits, 74 random bits).
///
/// Ids minted later sort later (to the millisecond), which keeps SQLite's
/// primary-key b-tree appending at the right edge.
public struct EntityID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// A fresh UUIDv7 for the given time.
    public static func make<R: RandomNumberGenerator>(millis: UInt64, using rng: inout R) -> EntityID {
        let randA = UInt64.random(in: 0...0xFFF, using: &rng)
        let randB = UInt64.random(in: 0...UInt64.max, using: &rng)
        let high = (millis << 16) | 0x7000 | randA
        let low = (randB & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        return EntityID(high: high, low: low)
    }

    public static func make(millis: UInt64) -> EntityID {
        var rng = SystemRandomNumberGenerator()
        return make(millis: millis, using: &rng)
    }

    /// The 16 bytes, big-endian.
    public var bytes: [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(16)
        for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: high >> UInt64(shift))) }
        for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: low >> UInt64(shift))) }
        return out
    }

    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 16 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            if index < 8 { high = high << 8 | UInt64(byte) } else { low = low << 8 | UInt64(byte) }
        }
        self.init(high: high, low: low)
    }

    /// Parses the canonical 8-4-4-4-12 form (case-insensitive).
    public init?(_ string: String) {
        let hex = string.filter { $0 != "-" }
        guard string.count == 36, hex.count == 32,
            let high = UInt64(hex.prefix(16), radix: 16), let low = UInt64(hex.suffix(16), radix: 16)
        else { return nil }
        self.init(high: high, low: low)
    }

    /// The canonical 8-4-4-4-12 form, lower-case.
    public var description: String {
        // Written digit by digit: a dossier's steps are named by it, so an ingest makes
        // one per step, and going through `String(radix:)` and `Character`s cost a tenth
        // of the ingest.
        String(unsafeUninitializedCapacity: 36) { out in
            let digits: StaticString = "0123456789abcdef"
            var at = 0
            for nibble in 0..<32 {
                if nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20 {
                    out[at] = UInt8(ascii: "-")
                    at += 1
                }
                let word = nibble < 16 ? high : low
                let value = Int(truncatingIfNeeded: word >> UInt64(60 - 4 * (nibble % 16))) & 0xF
                out[at] = digits.utf8Start[value]
                at += 1
            }
            return at
        }
    }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool {
        lhs.high != rhs.high ? lhs.high < rhs.high : lhs.low < rhs.low
    }
}
