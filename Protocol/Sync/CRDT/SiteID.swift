/// The identity of a replica that originates changes: a district node or the hub.
///
/// A site id is derived from the site's enrolled public key, so two sites never share
/// one unless they share a key. Sites order numerically; the order breaks ties between
/// writes that carry the same hybrid-logical-clock reading.
public struct SiteID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: UInt64

    public init(rawValue: UInt64) { self.rawValue = rawValue }
    public init(_ rawValue: UInt64) { self.rawValue = rawValue }

    /// Parses the 16-hex-digit form printed by `description`.
    public init?(hex: String) {
        guard hex.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
        rawValue = value
    }

    /// Sixteen lowercase hex digits, zero-padded: stable, sortable, fit for logs and JSON.
    public var description: String {
        let digits = String(rawValue, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    public static func < (lhs: SiteID, rhs: SiteID) -> Bool { lhs.rawValue < rhs.rawValue }
}
