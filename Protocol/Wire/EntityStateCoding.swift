import Foundation
import CRDT

extension Ioc_State_V1_StoredEntity {
    /// The storage form of a merged entity. Lossless: `state()` gives back an equal value.
    public init(_ state: EntityState) {
        self.init()
        entityType = state.entityType
        scope = state.scope
        if let stamp = state.scopeStamp { scopeStamp = Ioc_Sync_V1_Stamp(stamp) }
        registers = state.registers.sorted { $0.key < $1.key }.map { field, register in
            var stored = Ioc_State_V1_StoredRegister()
            stored.field = field
            stored.frontier = register.frontier.map { write in
                Ioc_State_V1_StoredWrite(stamp: write.stamp, value: write.value, base: write.base, author: write.author)
            }
            stored.superseded = register.superseded.sorted().map(Ioc_Sync_V1_Stamp.init)
            stored.seen = register.seen.sorted { $0.key < $1.key }.map { Ioc_Sync_V1_Stamp(Stamp(hlc: $0.value, site: $0.key)) }
            return stored
        }
        sets = state.sets.sorted { $0.key < $1.key }.map { field, set in
            var stored = Ioc_State_V1_StoredSet()
            stored.field = field
            stored.elements = set.tags.map { element, tags in
                var entry = Ioc_State_V1_StoredTags()
                entry.element = Data(element)
                entry.tags = tags.sorted().map(Ioc_Sync_V1_Stamp.init)
                return entry
            }
            stored.removed = set.removed.sorted().map(Ioc_Sync_V1_Stamp.init)
            return stored
        }
        histories = state.histories.sorted { $0.key < $1.key }.map { field, history in
            var stored = Ioc_State_V1_StoredHistory()
            stored.field = field
            stored.items = history.items.map {
                Ioc_State_V1_StoredWrite(stamp: $0.stamp, value: $0.entry, base: [], author: $0.author)
            }
            return stored
        }
        counters = state.counters.sorted { $0.key < $1.key }.map { field, counter in
            var stored = Ioc_State_V1_StoredCounter()
            stored.field = field
            stored.totals = counter.totals.values.sorted { $0.stamp < $1.stamp }.map {
                Ioc_State_V1_StoredWrite(stamp: $0.stamp, value: Array(String($0.total).utf8), base: [], author: "")
            }
            return stored
        }
    }

    public func state() -> EntityState {
        var state = EntityState(entityType: entityType, scope: scope)
        state.scopeStamp = hasScopeStamp ? scopeStamp.stamp : nil
        for stored in registers {
            let frontier = stored.frontier.map {
                MVRegister<Payload>.Write(stamp: $0.stamp.stamp, value: Array($0.value), base: $0.base.map(\.stamp), author: $0.author)
            }
            var seen: [SiteID: HLCTimestamp] = [:]
            for entry in stored.seen { seen[SiteID(entry.site)] = HLCTimestamp(rawValue: entry.hlc) }
            state.registers[stored.field] = MVRegister(frontier: frontier, superseded: Set(stored.superseded.map(\.stamp)), seen: seen)
        }
        for stored in sets {
            var tags: [Payload: Set<Stamp>] = [:]
            for entry in stored.elements { tags[Array(entry.element)] = Set(entry.tags.map(\.stamp)) }
            state.sets[stored.field] = ORSet(tags: tags, removed: Set(stored.removed.map(\.stamp)))
        }
        for stored in histories {
            state.histories[stored.field] = History(items: stored.items.map {
                History<Payload>.Item(stamp: $0.stamp.stamp, entry: Array($0.value), author: $0.author)
            })
        }
        for stored in counters {
            var totals: [SiteID: SiteCounter.Entry] = [:]
            for entry in stored.totals {
                let stamp = entry.stamp.stamp
                totals[stamp.site] = SiteCounter.Entry(stamp: stamp, total: Int64(String(decoding: entry.value, as: UTF8.self)) ?? 0)
            }
            state.counters[stored.field] = SiteCounter(totals: totals)
        }
        return state
    }
}

extension Ioc_State_V1_StoredWrite {
    init(stamp: Stamp, value: Payload, base: [Stamp], author: String) {
        self.init()
        self.stamp = Ioc_Sync_V1_Stamp(stamp)
        self.value = Data(value)
        self.base = base.map(Ioc_Sync_V1_Stamp.init)
        self.author = author
    }
}
