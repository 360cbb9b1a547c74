/// An append-only history (comments, status transitions, audit): entries are never
/// merged away or reordered once known.
///
/// Guarantees: entries are ordered by stamp, so every replica lists the same history in
/// the same order; appending a known stamp again changes nothing.
public struct History<Entry: Hashable & Sendable>: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var stamp: Stamp
        public var entry: Entry
        public var author: String

        public init(stamp: Stamp, entry: Entry, author: String = "") {
            self.stamp = stamp
            self.entry = entry
            self.author = author
        }
    }

    /// All entries, oldest first.
    public private(set) var items: [Item]

    public init() { items = [] }

    public init(items: [Item]) {
        var seen = Set<Stamp>()
        self.items = items.sorted { $0.stamp < $1.stamp }.filter { seen.insert($0.stamp).inserted }
    }

    @discardableResult
    public mutating func append(_ item: Item) -> Bool {
        // Appends are nearly always newest: search from the end.
        var index = items.endIndex
        while index > items.startIndex, items[index - 1].stamp >= item.stamp {
            if items[index - 1].stamp == item.stamp { return false }
            index -= 1
        }
        items.insert(item, at: index)
        return true
    }

    public func merged(with other: History) -> History { History(items: items + other.items) }
}
