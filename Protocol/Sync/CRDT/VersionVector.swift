/// What a replica has: for each origin site, the highest sequence number up to which it
/// holds every change (of its scope) that site made.
///
/// Sites number their changes 1, 2, 3… with no gaps, so one integer per site says
/// exactly what a peer lacks.
public struct VersionVector: Hashable, Sendable, CustomStringConvertible {
    public private(set) var entries: [SiteID: UInt64]

    public init(_ entries: [SiteID: UInt64] = [:]) { self.entries = entries.filter { $0.value > 0 } }

    public subscript(site: SiteID) -> UInt64 {
        get { entries[site] ?? 0 }
        set { entries[site] = newValue == 0 ? nil : newValue }
    }

    public func contains(site: SiteID, seq: UInt64) -> Bool { seq <= self[site] }

    /// Raises each entry to `other`'s where `other` has more. Commutative, associative, idempotent.
    public func merged(with other: VersionVector) -> VersionVector {
        var result = self
        for (site, seq) in other.entries where seq > result[site] { result[site] = seq }
        return result
    }

    /// Whether this vector has everything `other` has.
    public func dominates(_ other: VersionVector) -> Bool {
        other.entries.allSatisfy { self[$0.key] >= $0.value }
    }

    /// How many changes `other` has that this vector lacks.
    public func missing(from other: VersionVector) -> UInt64 {
        other.entries.reduce(0) { $0 + ($1.value > self[$1.key] ? $1.value - self[$1.key] : 0) }
    }

    public var description: String {
        "[" + entries.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ", ") + "]"
    }
}
