/// A hybrid-logical-clock reading packed into 64 bits: 48 bits of physical time in
/// milliseconds since the Unix epoch, then a 16-bit logical counter.
///
/// Packing keeps the total order of (physical, logical) as the order of the raw
/// integer, so stamps compare and index as plain integers in SQLite and on the wire.
public struct HLCTimestamp: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: UInt64

    public static let logicalBits: UInt64 = 16
    public static let maxLogical: UInt64 = (1 << logicalBits) - 1
    public static let zero = HLCTimestamp(rawValue: 0)

    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public init(physicalMillis: UInt64, logical: UInt64 = 0) {
        rawValue = (physicalMillis << Self.logicalBits) | (logical & Self.maxLogical)
    }

    public var physicalMillis: UInt64 { rawValue >> Self.logicalBits }
    public var logical: UInt64 { rawValue & Self.maxLogical }

    public static func < (lhs: HLCTimestamp, rhs: HLCTimestamp) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { "\(physicalMillis).\(logical)" }
}
