import CRDT

/// Entity ids derived from a name, for reference data: every hub that seeds category
/// `khac` writes the same entity, so two seeds merge instead of duplicating.
public enum StableID {
    /// Two independent 64-bit FNV-1a hashes of `kind:name`, shaped as a UUIDv8 (RFC 9562).
    public static func make(_ kind: String, _ name: String) -> EntityID {
        var high: UInt64 = 0xcbf2_9ce4_8422_2325
        var low: UInt64 = 0x84222325_cbf29ce4
        for byte in "\(kind):\(name)".utf8 {
            high = (high ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 &+ 0x9E37_79B9
        }
        high = (high & ~UInt64(0xF000)) | 0x8000
        low = (low & ~(UInt64(0xC) << 60)) | (UInt64(0x8) << 60)
        return EntityID(high: high, low: low)
    }
}
