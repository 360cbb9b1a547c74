/// The identity and order of one write: its clock reading, then its origin site.
///
/// Every write in the federation has a distinct stamp, because a site's clock is
/// strictly monotonic and sites are distinct. Last-writer-wins picks the greatest stamp.
public struct Stamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var hlc: HLCTimestamp
    public var site: SiteID

    public init(hlc: HLCTimestamp, site: SiteID) {
        self.hlc = hlc
        self.site = site
    }

    public static func < (lhs: Stamp, rhs: Stamp) -> Bool {
        lhs.hlc != rhs.hlc ? lhs.hlc < rhs.hlc : lhs.site < rhs.site
    }

    public var description: String { "\(hlc)@\(site)" }
}
