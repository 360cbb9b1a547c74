/// Plates to alert on, looked up in O(1) by a read's key and, failing that, by its OCR-confusable key.
///
/// One entry per plate key: adding an entry for a key already listed replaces it, so applying the same
/// sync twice gives the same list. Encodes as the entries ordered by key; lookup indexes are rebuilt.
public struct Watchlist: Codable, Hashable, Sendable {
    public enum MatchKind: String, Codable, Hashable, Sendable {
        /// The read's key equals the listed plate's key.
        case exact
        /// Equal only up to O/0, I/1, B/8 confusions: confirm against the evidence image before acting.
        case confusable
    }

    public struct Hit: Codable, Hashable, Sendable {
        public let entry: WatchlistEntry
        public let kind: MatchKind
    }

    private var entriesByKey: [String: WatchlistEntry]
    /// Listed keys per confusable key, sorted, so confusable hits are deterministic.
    private var keysByConfusableKey: [String: [String]]

    public init(entries: [WatchlistEntry] = []) {
        entriesByKey = [:]
        keysByConfusableKey = [:]
        for entry in entries { upsert(entry) }
    }

    public var count: Int { entriesByKey.count }

    /// All entries, ordered by plate key.
    public var entries: [WatchlistEntry] { entriesByKey.keys.sorted().compactMap { entriesByKey[$0] } }

    public func entry(forKey key: String) -> WatchlistEntry? { entriesByKey[key] }

    /// Adds or replaces the entry for its plate's key; returns the replaced entry.
    @discardableResult
    public mutating func upsert(_ entry: WatchlistEntry) -> WatchlistEntry? {
        let key = entry.plate.key
        let replaced = entriesByKey.updateValue(entry, forKey: key)
        if let old = replaced?.plate.confusableKey { unindex(key, from: old) }
        if let confusable = entry.plate.confusableKey {
            var keys = keysByConfusableKey[confusable, default: []]
            keys.insert(key, at: keys.firstIndex { $0 > key } ?? keys.endIndex)
            keysByConfusableKey[confusable] = keys
        }
        return replaced
    }

    @discardableResult
    public mutating func remove(key: String) -> WatchlistEntry? {
        guard let removed = entriesByKey.removeValue(forKey: key) else { return nil }
        if let confusable = removed.plate.confusableKey { unindex(key, from: confusable) }
        return removed
    }

    /// Removes entries expired at the instant; returns how many.
    @discardableResult
    public mutating func removeExpired(atMillis millis: Int64) -> Int {
        let expired = entriesByKey.values.filter { !$0.isActive(atMillis: millis) }.map(\.plate.key)
        for key in expired { remove(key: key) }
        return expired.count
    }

    /// The active entry for the read: an exact key match first, otherwise the first (by key) active entry
    /// sharing its confusable key. Expired entries never match.
    public func match(_ plate: VehiclePlate, atMillis millis: Int64) -> Hit? {
        if let entry = entriesByKey[plate.key], entry.isActive(atMillis: millis) {
            return Hit(entry: entry, kind: .exact)
        }
        guard let confusable = plate.confusableKey else { return nil }
        for key in keysByConfusableKey[confusable, default: []] where key != plate.key {
            if let entry = entriesByKey[key], entry.isActive(atMillis: millis) {
                return Hit(entry: entry, kind: .confusable)
            }
        }
        return nil
    }

    private mutating func unindex(_ key: String, from confusable: String) {
        var keys = keysByConfusableKey[confusable, default: []]
        keys.removeAll { $0 == key }
        keysByConfusableKey[confusable] = keys.isEmpty ? nil : keys
    }

    private enum CodingKeys: String, CodingKey {
        case entries
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(entries: try container.decode([WatchlistEntry].self, forKey: .entries))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entries, forKey: .entries)
    }
}
