/// The merged state of one entity: every field under its merge rule.
///
/// Guarantees: `apply` is idempotent and commutes with every other change, so replicas
/// that applied the same set of changes, in any order and with any repetition, hold
/// equal states; `merged(with:)` is the join of two states (commutative, associative,
/// idempotent).
public struct EntityState: Hashable, Sendable {
    public var entityType: String
    /// Where the entity lives: the scope of its latest transfer (a change carrying a
    /// `.snapshot`), or else of its latest change. Ranking transfers above plain edits
    /// means an edit made concurrently with a transfer, in the old scope, cannot move
    /// the entity back.
    public var scope: String
    public var scopeStamp: Stamp?
    /// Whether `scope` was set by a transfer.
    public var scopeMovedByTransfer: Bool
    public var registers: [String: MVRegister<Payload>]
    public var sets: [String: ORSet<Payload>]
    public var histories: [String: History<Payload>]
    public var counters: [String: SiteCounter]

    public init(entityType: String, scope: String) {
        self.entityType = entityType
        self.scope = scope
        scopeStamp = nil
        scopeMovedByTransfer = false
        registers = [:]
        sets = [:]
        histories = [:]
        counters = [:]
    }

    /// Applies every operation of `change`.
    /// - Returns: whether anything visible changed.
    @discardableResult
    public mutating func apply(_ change: Change) -> Bool {
        let stamp = change.stamp
        var changed = false
        let isTransfer = change.ops.contains { $0.kind == .snapshot }
        if outranksScope(stamp, transfer: isTransfer) {
            changed = changed || scope != change.scope
            scope = change.scope
            scopeStamp = stamp
            scopeMovedByTransfer = isTransfer
            entityType = change.entityType
        }
        for op in change.ops {
            switch op.kind {
            case .snapshot:
                // Wire decoding refuses snapshots that do not decode, so this never drops one.
                guard let carried = try? EntityStateCodec.decode(op.value) else { continue }
                let merged = merged(with: carried)
                if merged != self {
                    self = merged
                    changed = true
                }
            case .assign:
                let write = MVRegister<Payload>.Write(stamp: stamp, value: op.value, base: op.base, author: change.author)
                if registers[op.field, default: MVRegister()].apply(write) { changed = true }
            case .setAdd:
                if sets[op.field, default: ORSet()].add(op.value, tag: stamp) { changed = true }
            case .setRemove:
                if sets[op.field, default: ORSet()].remove(op.value, observed: op.base) { changed = true }
            case .append:
                let item = History<Payload>.Item(stamp: stamp, entry: op.value, author: change.author)
                if histories[op.field, default: History()].append(item) { changed = true }
            case .count:
                let total = Int64(String(decoding: op.value, as: UTF8.self)) ?? 0
                if counters[op.field, default: SiteCounter()].apply(total: total, stamp: stamp) { changed = true }
            }
        }
        return changed
    }

    /// Fields whose register holds concurrent writes nothing has replaced yet.
    public var conflicts: [String: [MVRegister<Payload>.Write]] {
        registers.compactMapValues { $0.isConflicted ? $0.frontier : nil }
    }

    /// Whether a scope set at `stamp` (by a transfer or not) replaces the current one.
    func outranksScope(_ stamp: Stamp, transfer: Bool) -> Bool {
        guard let current = scopeStamp else { return true }
        if transfer != scopeMovedByTransfer { return transfer }
        return stamp > current
    }

    public func merged(with other: EntityState) -> EntityState {
        var result = self
        if let theirs = other.scopeStamp, outranksScope(theirs, transfer: other.scopeMovedByTransfer) {
            result.scope = other.scope
            result.scopeStamp = theirs
            result.scopeMovedByTransfer = other.scopeMovedByTransfer
            result.entityType = other.entityType
        }
        result.registers.merge(other.registers) { $0.merged(with: $1) }
        result.sets.merge(other.sets) { $0.merged(with: $1) }
        result.histories.merge(other.histories) { $0.merged(with: $1) }
        result.counters.merge(other.counters) { $0.merged(with: $1) }
        return result
    }
}
