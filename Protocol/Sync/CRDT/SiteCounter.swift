/// A counter whose value is the sum of one total per site; each site alone writes its
/// own total, so site totals never conflict.
///
/// Guarantees: for each site the total with the greatest stamp wins, so applying the
/// same site totals in any order, any number of times, gives the same sum.
public struct SiteCounter: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var stamp: Stamp
        public var total: Int64

        public init(stamp: Stamp, total: Int64) {
            self.stamp = stamp
            self.total = total
        }
    }

    public private(set) var totals: [SiteID: Entry]

    public init() { totals = [:] }
    public init(totals: [SiteID: Entry]) { self.totals = totals }

    public var value: Int64 { totals.values.reduce(0) { $0 &+ $1.total } }

    /// This site's own total, the starting point for its next increment.
    public func total(of site: SiteID) -> Int64 { totals[site]?.total ?? 0 }

    @discardableResult
    public mutating func apply(total: Int64, stamp: Stamp) -> Bool {
        if let current = totals[stamp.site], current.stamp >= stamp { return false }
        totals[stamp.site] = Entry(stamp: stamp, total: total)
        return true
    }

    public func merged(with other: SiteCounter) -> SiteCounter {
        var result = self
        for entry in other.totals.values { result.apply(total: entry.total, stamp: entry.stamp) }
        return result
    }
}
