/// An add-wins observed-remove set.
///
/// Every add carries a unique tag (its stamp). A remove names the tags it observed
/// for the element; an add concurrent with the remove carries a tag the remove did
/// not see, so the element stays (add wins).
///
/// Guarantees: the state depends only on the set of operations applied, not on their
/// order or repetition; `merged(with:)` is commutative, associative and idempotent.
public struct ORSet<Element: Hashable & Sendable>: Hashable, Sendable {
    /// Live tags of each present element.
    public private(set) var tags: [Element: Set<Stamp>]
    /// Tags that some remove has observed.
    public private(set) var removed: Set<Stamp>

    public init() {
        tags = [:]
        removed = []
    }

    public init(tags: [Element: Set<Stamp>], removed: Set<Stamp>) {
        self.removed = removed
        self.tags = tags.compactMapValues { live in
            let kept = live.subtracting(removed)
            return kept.isEmpty ? nil : kept
        }
    }

    public var elements: Set<Element> { Set(tags.keys) }
    public func contains(_ element: Element) -> Bool { tags[element] != nil }

    /// The tags a local remove of `element` must name.
    public func observedTags(of element: Element) -> [Stamp] { (tags[element] ?? []).sorted() }

    @discardableResult
    public mutating func add(_ element: Element, tag: Stamp) -> Bool {
        guard !removed.contains(tag) else { return false }
        return tags[element, default: []].insert(tag).inserted
    }

    @discardableResult
    public mutating func remove(_ element: Element, observed: [Stamp]) -> Bool {
        removed.formUnion(observed)
        guard var live = tags[element] else { return false }
        let before = live.count
        live.subtract(observed)
        tags[element] = live.isEmpty ? nil : live
        return live.count != before
    }

    public func merged(with other: ORSet) -> ORSet {
        var all = tags
        for (element, live) in other.tags { all[element, default: []].formUnion(live) }
        return ORSet(tags: all, removed: removed.union(other.removed))
    }
}
