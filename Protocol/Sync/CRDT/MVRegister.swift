/// A last-writer-wins register that keeps every concurrent write: the frontier of a
/// multi-value register, with a compact causal context (dotted-version-vector style).
///
/// Each write names the stamps of the values it replaced (its *base*). A write is
/// dominated once some known write names it in its base, or once a later write of the
/// same site to this register is known (a site always saw its own earlier write). The
/// frontier is the set of known writes nothing dominates.
///
/// State stays small however often the field is edited: `seen` keeps one stamp per site,
/// and `superseded` only the stamps named before they arrived.
///
/// Guarantees:
/// - the state after applying a set of writes does not depend on their order, nor on
///   duplicates: the frontier is exactly the writes no other write happened after;
/// - `value` is the frontier's greatest stamp (last writer wins by (HLC, site));
/// - two concurrent writes that nothing replaced are both in the frontier, so the
///   conflict is visible (`isConflicted`) on every replica that has both.
public struct MVRegister<Value: Hashable & Sendable>: Hashable, Sendable {
    public struct Write: Hashable, Sendable {
        public var stamp: Stamp
        public var value: Value
        /// The stamps this write replaced: the frontier its writer saw.
        public var base: [Stamp]
        public var author: String

        public init(stamp: Stamp, value: Value, base: [Stamp], author: String = "") {
            self.stamp = stamp
            self.value = value
            self.base = base
            self.author = author
        }
    }

    /// The writes nothing has replaced, greatest stamp first.
    public private(set) var frontier: [Write]
    /// Stamps named in some known write's base that have not arrived here yet.
    public private(set) var superseded: Set<Stamp>
    /// The greatest stamp seen from each site.
    public private(set) var seen: [SiteID: HLCTimestamp]

    public init() {
        frontier = []
        superseded = []
        seen = [:]
    }

    public init(frontier: [Write], superseded: Set<Stamp>, seen: [SiteID: HLCTimestamp]) {
        self.seen = seen
        self.superseded = superseded
        self.frontier = frontier.filter { !superseded.contains($0.stamp) }.sorted { $0.stamp > $1.stamp }
        self.superseded = superseded.filter { !covers($0) }
    }

    /// The winning value, if any write is known.
    public var value: Value? { frontier.first?.value }
    public var winner: Write? { frontier.first }
    public var isConflicted: Bool { frontier.count > 1 }

    /// The base for the next local write: it replaces every value now visible,
    /// which is how a new write resolves a conflict.
    public var currentStamps: [Stamp] { frontier.map(\.stamp) }

    /// Whether `stamp`, or a later write of its site, has been seen here.
    func covers(_ stamp: Stamp) -> Bool { seen[stamp.site].map { stamp.hlc <= $0 } ?? false }

    /// Applies one write. Idempotent; commutes with every other write.
    /// - Returns: whether the frontier changed.
    @discardableResult
    public mutating func apply(_ write: Write) -> Bool {
        var changed = false
        for named in write.base {
            if let index = frontier.firstIndex(where: { $0.stamp == named }) {
                frontier.remove(at: index)
                changed = true
            } else if !covers(named) {
                superseded.insert(named)
            }
        }
        if covers(write.stamp) { return changed }
        let site = write.stamp.site
        seen[site] = write.stamp.hlc
        let before = frontier.count
        frontier.removeAll { $0.stamp.site == site && $0.stamp.hlc < write.stamp.hlc }
        changed = changed || frontier.count != before
        let dominated = superseded.contains(write.stamp)
        superseded = superseded.filter { !($0.site == site && $0.hlc <= write.stamp.hlc) }
        if dominated { return changed }
        let index = frontier.firstIndex { $0.stamp < write.stamp } ?? frontier.endIndex
        frontier.insert(write, at: index)
        return true
    }

    /// The join of two states: what a replica holds after seeing every write either saw.
    public func merged(with other: MVRegister) -> MVRegister {
        let named = superseded.union(other.superseded)
        var byStamp: [Stamp: Write] = [:]
        for write in frontier where !named.contains(write.stamp) && (other.frontier.contains(write) || !other.covers(write.stamp)) {
            byStamp[write.stamp] = write
        }
        for write in other.frontier where !named.contains(write.stamp) && (frontier.contains(write) || !covers(write.stamp)) {
            byStamp[write.stamp] = write
        }
        let joinedSeen = seen.merging(other.seen) { max($0, $1) }
        return MVRegister(frontier: Array(byStamp.values), superseded: named, seen: joinedSeen)
    }
}
