extension EntityState {
    /// The first stamp of another site than `own` that this state mentions and `known`
    /// does not account for, or nil when every foreign stamp is accounted for.
    ///
    /// A transfer carries a whole state (`FieldOp.Kind.snapshot`). Its sender may add
    /// writes of its own sites, but every write of another site it carries must be one
    /// the receiver already holds, or is dominated by one it holds: otherwise the sender
    /// could forge other sites' writes, or claim to have seen writes (a register's `seen`,
    /// a base, a remove) that would suppress theirs. Covers registers (frontier, bases,
    /// superseded, seen), set tags and removes, history items, counter totals and the
    /// scope's stamp.
    public func firstForeignStamp(notKnownTo known: EntityState?, own: Set<SiteID>) -> Stamp? {
        func foreign(_ stamp: Stamp) -> Bool { !own.contains(stamp.site) }
        if let stamp = scopeStamp, foreign(stamp), !(known?.scopeStamp.map { stamp <= $0 } ?? false) { return stamp }
        for (field, register) in registers {
            let theirs = known?.registers[field]
            func covered(_ stamp: Stamp) -> Bool {
                guard let theirs else { return false }
                if let seen = theirs.seen[stamp.site], stamp.hlc <= seen { return true }
                return theirs.superseded.contains(stamp)
            }
            for write in register.frontier {
                if foreign(write.stamp), !covered(write.stamp) { return write.stamp }
                if let base = write.base.first(where: { foreign($0) && !covered($0) }) { return base }
            }
            if let stamp = register.superseded.first(where: { foreign($0) && !covered($0) }) { return stamp }
            for (site, hlc) in register.seen where !own.contains(site) {
                let stamp = Stamp(hlc: hlc, site: site)
                if !covered(stamp) { return stamp }
            }
        }
        for (field, set) in sets {
            let theirs = known?.sets[field]
            let held = theirs.map { $0.removed.union($0.tags.values.joined()) } ?? []
            if let stamp = set.tags.values.joined().first(where: { foreign($0) && !held.contains($0) }) { return stamp }
            if let stamp = set.removed.first(where: { foreign($0) && !held.contains($0) }) { return stamp }
        }
        for (field, history) in histories {
            let held = Set(known?.histories[field]?.items.map(\.stamp) ?? [])
            if let item = history.items.first(where: { foreign($0.stamp) && !held.contains($0.stamp) }) { return item.stamp }
        }
        for (field, counter) in counters {
            for (site, entry) in counter.totals where !own.contains(site) {
                guard let theirs = known?.counters[field]?.totals[site], entry.stamp <= theirs.stamp else { return entry.stamp }
            }
        }
        return nil
    }
}
