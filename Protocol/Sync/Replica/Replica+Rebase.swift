import CRDT
import Foundation
import GRDB
import Wire

/// What `Replica.rebase` did.
public struct RebaseOutcome: Sendable, Equatable {
    /// The incarnation the replica's changes now come from.
    public var site: SiteID
    /// Own changes the hub did not hold, made again under `site`.
    public var reissued: Int
    /// The hub's changes of the retired site this replica had lost, now held here.
    public var recovered: Int
}

extension Replica {
    /// Recovers a replica that issued sequence numbers the hub already holds for other
    /// changes: its database was restored from an older copy, or a power loss undid its
    /// last commits after the hub had acknowledged them.
    ///
    /// In one transaction:
    /// - the own changes of `retired` numbered after `agreedThrough` (those the hub holds
    ///   other changes under) leave the log and are made again, in order and with the same
    ///   operations, under a new incarnation: nothing an officer did is lost, and no number
    ///   or stamp is issued twice. Stamps they name (bases, observed tags) are renamed to
    ///   the new writes; a counter restarts from the retired site's total at
    ///   `agreedThrough`; a transfer carries the entity's state as it is now;
    /// - `hubChanges`, the hub's changes of `retired` after `agreedThrough`, join the log,
    ///   and the version vector holds `retired` through `hubHeld`;
    /// - every entity and projection is rebuilt from the log, so no trace of the undone
    ///   numbering stays in a merged state.
    ///
    /// Call it from the sync daemon's thread (it blocks on SQLite for as long as the replay
    /// takes: seconds for a district's replica).
    @discardableResult
    public func rebase(
        retiring retired: SiteID, agreedThrough: UInt64, hubChanges: [Change], hubHeld: UInt64
    ) throws(ReplicaError) -> RebaseOutcome {
        try translating(path) {
            try pool.write { db in try self.rebase(db, retired, agreedThrough, hubChanges, hubHeld) }
        }
    }

    private func rebase(
        _ db: Database, _ retired: SiteID, _ agreedThrough: UInt64, _ hubChanges: [Change], _ hubHeld: UInt64
    ) throws -> RebaseOutcome {
        let diverged = try Data.fetchAll(
            db, sql: "SELECT body FROM change WHERE origin = ? AND seq > ? ORDER BY seq",
            arguments: [retired.sqlValue, Int64(agreedThrough)]
        ).map { try Ioc_Sync_V1_Change(serializedBytes: $0).change() }
        try db.execute(sql: "DELETE FROM change WHERE origin = ? AND seq > ?", arguments: [retired.sqlValue, Int64(agreedThrough)])
        var recovered = 0
        var lastHLC = try Int64.fetchOne(db, sql: "SELECT hlc FROM change WHERE origin = ? ORDER BY seq DESC LIMIT 1", arguments: [retired.sqlValue]) ?? 0
        for change in hubChanges where change.origin == retired && change.seq > agreedThrough {
            try insertChange(db, change, body: try Ioc_Sync_V1_Change(change).serializedBytes())
            lastHLC = max(lastHLC, Int64(bitPattern: change.hlc.rawValue))
            recovered += 1
        }
        try db.execute(
            sql: "INSERT OR REPLACE INTO version (origin, seq, hlc) VALUES (?, ?, ?)",
            arguments: [retired.sqlValue, Int64(clamping: max(hubHeld, agreedThrough)), lastHLC])

        // Replay the log into fresh states, noting the retired site's counter totals as of
        // `agreedThrough` (where its reissued increments start from).
        var states: [EntityID: EntityState] = [:]
        var updated: [EntityID: HLCTimestamp] = [:]
        var countedBefore: [String: (seq: UInt64, total: Int64)] = [:]
        var newest = HLCTimestamp.zero
        let rows = try Data.fetchCursor(db, sql: "SELECT body FROM change")
        while let body = try rows.next() {
            let change = try Ioc_Sync_V1_Change(serializedBytes: body).change()
            states[change.entityID, default: EntityState(entityType: change.entityType, scope: change.scope)].apply(change)
            updated[change.entityID] = max(updated[change.entityID] ?? .zero, change.hlc)
            newest = max(newest, change.hlc)
            if change.origin == retired, change.seq <= agreedThrough {
                for op in change.ops where op.kind == .count {
                    let key = "\(change.entityID)/\(op.field)"
                    if change.seq > countedBefore[key]?.seq ?? 0 {
                        countedBefore[key] = (change.seq, Int64(String(decoding: op.value, as: UTF8.self)) ?? 0)
                    }
                }
            }
        }

        // Reissued changes need numbers nobody holds: a new incarnation. With nothing to
        // reissue, the retired site simply continues after the hub's copies.
        let incarnation = try Self.readIncarnation(db) + (diverged.isEmpty ? 0 : 1)
        let site = baseSite.incarnation(incarnation)
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('incarnation', ?)", arguments: [String(incarnation)])
        let now = physicalMillis()
        clock.withLock { clock in
            clock = HybridLogicalClock(maxForwardSkewMillis: maxForwardSkewMillis)
            try? clock.observe(newest, physicalMillis: now)
        }
        var renamed: [Stamp: Stamp] = [:]
        var seq: UInt64 = 0
        var lastStamp = HLCTimestamp.zero
        for old in diverged {
            let hlc = clock.withLock { $0.tick(physicalMillis: now) }
            seq += 1
            lastStamp = hlc
            renamed[old.stamp] = Stamp(hlc: hlc, site: site)
            var state = states[old.entityID] ?? EntityState(entityType: old.entityType, scope: old.scope)
            let ops = old.ops.map { op -> FieldOp in
                var op = op
                op.base = op.base.map { renamed[$0] ?? $0 }
                switch op.kind {
                case .count:
                    let total = Int64(String(decoding: op.value, as: UTF8.self)) ?? 0
                    let before = countedBefore["\(old.entityID)/\(op.field)"]?.total ?? 0
                    op.value = Array(String(total &- before).utf8)
                case .snapshot:
                    op.value = EntityStateCodec.encode(state)
                default: break
                }
                return op
            }
            let change = Change(
                origin: site, seq: seq, hlc: hlc, entityType: old.entityType, entityID: old.entityID,
                scope: old.scope, author: old.author, ops: ops)
            state.apply(change)
            states[old.entityID] = state
            updated[old.entityID] = max(updated[old.entityID] ?? .zero, hlc)
            try insertChange(db, change, body: try Ioc_Sync_V1_Change(change).serializedBytes())
        }
        if seq > 0 {
            try db.execute(
                sql: "INSERT OR REPLACE INTO version (origin, seq, hlc) VALUES (?, ?, ?)",
                arguments: [site.sqlValue, Int64(seq), Int64(bitPattern: lastStamp.rawValue)])
        }

        try db.execute(sql: "DELETE FROM entity")
        for projection in projections { try projection.reset(db) }
        for (id, state) in states { try saveState(db, id, state, updated: updated[id] ?? .zero, previous: nil) }
        setCurrent(site: site, incarnation: incarnation)
        return RebaseOutcome(site: site, reissued: diverged.count, recovered: recovered)
    }
}
