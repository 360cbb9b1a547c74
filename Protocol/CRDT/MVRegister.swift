/// A last-writer-wins register that keeps every concurrent write: the frontier of a
/// multi-value register.
///
/// Each write names the stamps of the values it replaced (its *base*). A write is
/// superseded once any known write names it in its base, whether that write arrived
/// before or after it. The frontier is the set of known writes that are not superseded.
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
    /// Stamps named in some known write's base.
    public private(set) var superseded: Set<Stamp>

    public init() {
        frontier = []
        superseded = []
    }

    public init(frontier: [Write], superseded: Set<Stamp>) {
        self.frontier = frontier.filter { !superseded.contains($0.stamp) }.sorted { $0.stamp > $1.stamp }
        self.superseded = superseded
    }

    /// The winning value, if any write is known.
    public var value: Value? { frontier.first?.value }
    public var winner: Write? { frontier.first }
    public var isConflicted: Bool { frontier.count > 1 }

    /// The base for the next local write: it replaces every value now visible,
    /// which is how a new write resolves a conflict.
    public var currentStamps: [Stamp] { frontier.map(\.stamp) }

    /// Applies one write. Idempotent; commutes with every other write.
    /// - Returns: whether the frontier changed.
    @discardableResult
    public mutating func apply(_ write: Write) -> Bool {
        var changed = false
        if !write.base.isEmpty {
            superseded.formUnion(write.base)
            let before = frontier.count
            frontier.removeAll { superseded.contains($0.stamp) }
            changed = frontier.count != before
        }
        if superseded.contains(write.stamp) || frontier.contains(where: { $0.stamp == write.stamp }) {
            return changed
        }
        let index = frontier.firstIndex { $0.stamp < write.stamp } ?? frontier.endIndex
        frontier.insert(write, at: index)
        return true
    }

    /// The join of two states: what a replica holds after seeing every write either saw.
    public func merged(with other: MVRegister) -> MVRegister {
        var result = self
        result.superseded.formUnion(other.superseded)
        var byStamp: [Stamp: Write] = [:]
        for write in frontier + other.frontier where !result.superseded.contains(write.stamp) {
            byStamp[write.stamp] = write
        }
        result.frontier = byStamp.values.sorted { $0.stamp > $1.stamp }
        return result
    }
}
