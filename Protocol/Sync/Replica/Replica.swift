import CRDT
import Foundation
import GRDB
import Synchronization
import Wire

/// A site's SQLite replica of the federation's state: entities merged under the CRDT
/// rules, the log of every change held, the version vector and per-peer sync state.
///
/// Guarantees:
/// - a local edit writes the entity and its change in one transaction: when `write`
///   returns, both are durable (WAL; they survive `kill -9` of the process);
/// - remote changes are applied in chunks of `applyChunkSize`, each its own short
///   transaction, so a local edit never waits behind a whole batch;
/// - applying a remote change twice, or changes in another order, leaves the same state;
/// - every method is thread-safe. The synchronous methods block the calling thread on
///   SQLite: call them from dedicated threads (the sync daemon's), never from the
///   cooperative pool; tasks use the `async` overloads, which wait off the pool.
public final class Replica: Sendable {
    /// The site this replica was enrolled as: its incarnation 0.
    public let baseSite: SiteID
    /// The site this replica's new changes come from: `baseSite`'s current incarnation.
    public var site: SiteID { current.withLock { $0.site } }
    /// How many times this replica started a new incarnation (`SiteID.incarnation`).
    public var incarnation: UInt32 { current.withLock { $0.incarnation } }
    /// Every site this replica's own changes come from, oldest incarnation first.
    public var ownSites: [SiteID] { (0...incarnation).map(baseSite.incarnation) }
    private let current: Mutex<(site: SiteID, incarnation: UInt32)>
    public let path: String
    public let maxForwardSkewMillis: UInt64
    public let applyChunkSize: Int
    let pool: DatabasePool
    private let localWrites: GroupCommit
    let projections: [any ReplicaProjection]
    let clock: Mutex<HybridLogicalClock>
    let physicalMillis: @Sendable () -> UInt64

    /// This process's clock in Unix milliseconds.
    ///
    /// Test-only: `IOC_TEST_CLOCK_OFFSET_MS` (signed) shifts it, read once at start, so the
    /// fault-schedule suite can run one node two hours ahead or behind. Never set in
    /// production; a process that has it logs nothing special, so keep it out of units.
    public static func systemMillis() -> UInt64 {
        UInt64(clamping: Int64(Date().timeIntervalSince1970 * 1000) &+ testClockOffsetMillis)
    }

    static let testClockOffsetMillis: Int64 = ProcessInfo.processInfo.environment["IOC_TEST_CLOCK_OFFSET_MS"].flatMap { Int64($0) } ?? 0

    /// - Parameter servesScopes: index the change log by scope, for a replica that serves
    ///   other sites' districts (the hub).
    public init(
        path: String, site: SiteID, maxForwardSkewMillis: UInt64 = HybridLogicalClock.defaultMaxForwardSkewMillis,
        applyChunkSize: Int = 256, servesScopes: Bool = false, projections: [any ReplicaProjection] = [],
        durability: Durability = .normal, physicalMillis: @escaping @Sendable () -> UInt64 = Replica.systemMillis
    ) throws(ReplicaError) {
        self.projections = projections
        baseSite = site
        current = Mutex((site, 0))
        self.path = path
        self.maxForwardSkewMillis = maxForwardSkewMillis
        self.applyChunkSize = max(1, applyChunkSize)
        self.physicalMillis = physicalMillis
        clock = Mutex(HybridLogicalClock(maxForwardSkewMillis: maxForwardSkewMillis))
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // WAL + NORMAL: a commit survives a killed process; only power loss can undo the last commits.
            try db.execute(sql: "PRAGMA synchronous = \(durability.rawValue)")
            // 64 MiB of page cache: replicas grow to hundreds of MB, the default 2 MB thrashes.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            localWrites = GroupCommit(pool: pool)
            try ReplicaSchema.migrator.migrate(pool)
            if servesScopes { try pool.write { try $0.execute(sql: ReplicaSchema.servingIndex) } }
            try pool.write { db in try Self.prepare(projections, db) }
            let incarnation = try pool.read { db in try Self.readIncarnation(db) }
            current.withLock { $0 = (site.incarnation(incarnation), incarnation) }
        } catch {
            throw .cannotOpen(path: path, reason: Self.describe(error))
        }
    }

    /// Creates every projection's tables and rebuilds those whose version changed.
    private static func prepare(_ projections: [any ReplicaProjection], _ db: Database) throws {
        for projection in projections {
            try projection.prepare(db)
            let key = "projection.\(projection.name)"
            guard try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) != String(projection.version)
            else { continue }
            try rebuild(projection, db)
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, String(projection.version)])
        }
    }

    /// Empties `projection` and feeds it every stored entity again, in the caller's transaction.
    static func rebuild(_ projection: any ReplicaProjection, _ db: Database) throws {
        try projection.reset(db)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, type, scope, doc, state FROM entity")
        while let row = try rows.next() {
            guard let id = EntityID(bytes: row[0] as Data) else { continue }
            let state = try EntityStateCodec.decode([UInt8](row[4] as Data))
            try projection.entityDidChange(db, ProjectedEntity(id: id, type: row[1], scope: row[2], document: row[3], state: state))
        }
    }

    // MARK: Local edits

    /// Makes one change per element of `writes`, in order, all in one transaction: they
    /// are durable together or not at all (a report and the case it opens).
    ///
    /// Local writes that arrive while another commits are grouped into the next
    /// transaction (`GroupCommit`), each in its own savepoint: under load, many callers
    /// share one commit, and a refused write still leaves the others' writes whole.
    @discardableResult
    public func write(_ writes: [EntityWrite], author: String) async throws(ReplicaError) -> [Change] {
        try await write(writes, author: author, if: { _ in true }) ?? []
    }

    /// Like `write(_:author:)`, but first evaluates `condition` in the same transaction and
    /// writes nothing, returning nil, when it is false: the check and the write it guards
    /// are atomic (a tracking code is free when the report that takes it is stored).
    public func write(
        _ writes: [EntityWrite], author: String, if condition: @escaping @Sendable (Database) throws -> Bool
    ) async throws(ReplicaError) -> [Change]? {
        try await translating(path) {
            try await localWrites.write { db -> [Change]? in
                guard try condition(db) else { return nil }
                return try self.writingLocally(db) { own in
                    try writes.map { try self.writeLocal(db, &own, $0.id, $0.type, $0.scope, $0.edits, author, $0.mustExist, $0.moveTo) }
                }
            }
        }
    }

    /// Moves an entity to `scope` with a change that carries its whole merged state, so a
    /// site that never saw its earlier changes receives it whole, plus `edits`.
    @discardableResult
    public func transfer(entity id: EntityID, to scope: String, edits: [Edit], author: String) async throws(ReplicaError) -> Change {
        try await translating(path) {
            try await localWrites.write { db in
                guard let existing = try self.loadState(db, id) else { throw ReplicaError.notFound(id) }
                return try self.writingLocally(db) { own in try self.writeLocal(db, &own, id, existing.entityType, scope, edits, author, true, scope) }
            }
        }
    }

    /// Makes one change from `edits` at this site and stores it with the entity, atomically.
    ///
    /// Assignments replace every value visible now (so they resolve conflicts); removes
    /// name the tags they observed; increments raise this site's own total.
    /// - Parameter mustExist: refuse (`.notFound`) rather than create the entity.
    /// - Returns: the change, already durable.
    @discardableResult
    public func write(
        entity id: EntityID, type: String, scope: String, edits: [Edit], author: String, mustExist: Bool = false
    ) throws(ReplicaError) -> Change {
        try translating(path) {
            try pool.write { db in try self.writingLocally(db) { own in try self.writeLocal(db, &own, id, type, scope, edits, author, mustExist, nil) } }
        }
    }

    @discardableResult
    public func write(
        entity id: EntityID, type: String, scope: String, edits: [Edit], author: String, mustExist: Bool = false
    ) async throws(ReplicaError) -> Change {
        try await translating(path) {
            try await localWrites.write { db in
                try self.writingLocally(db) { own in try self.writeLocal(db, &own, id, type, scope, edits, author, mustExist, nil) }
            }
        }
    }

    /// This site's numbering for the local changes of one transaction: read from the version
    /// vector before the first and written back after the last, once each.
    private struct OwnSequence {
        var site: SiteID
        var seq: UInt64
        var last: HLCTimestamp
        var wrote = false
    }

    /// Runs `body`, which makes local changes, with this site's numbering; records the last
    /// change in the version vector in the same transaction, unless `body` throws.
    private func writingLocally<T>(_ db: Database, _ body: (inout OwnSequence) throws -> T) throws -> T {
        var own = try ownSequence(db)
        let result = try body(&own)
        if own.wrote {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO version (origin, seq, hlc) VALUES (?, ?, ?)")
                .execute(arguments: [own.site.sqlValue, Int64(own.seq), Int64(bitPattern: own.last.rawValue)])
        }
        return result
    }

    private func ownSequence(_ db: Database) throws -> OwnSequence {
        var incarnation = try Self.readIncarnation(db)
        var site = baseSite.incarnation(incarnation)
        let ownStatement = try db.cachedStatement(sql: "SELECT seq, hlc FROM version WHERE origin = ?")
        var own = try Row.fetchOne(ownStatement, arguments: [site.sqlValue])
        if let last = own, HLCTimestamp(rawValue: UInt64(bitPattern: last[1] as Int64)).physicalMillis > physicalMillis() &+ maxForwardSkewMillis {
            // This site stamped changes far ahead of a clock that has since been put right.
            // Stamping behind them would make its own new writes look older than its old
            // ones, and stamping after them would keep every new change in quarantine
            // until real time caught up: start a new incarnation instead. The old one's
            // changes keep their numbers and drain when time reaches their stamps.
            incarnation += 1
            site = baseSite.incarnation(incarnation)
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('incarnation', ?)", arguments: [String(incarnation)])
            clock.withLock { $0 = HybridLogicalClock(maxForwardSkewMillis: maxForwardSkewMillis) }
            own = try Row.fetchOne(ownStatement, arguments: [site.sqlValue])
        }
        current.withLock { $0 = (site, incarnation) }
        let lastOwn = HLCTimestamp(rawValue: UInt64(bitPattern: own?[1] as Int64? ?? 0))
        // Another process (the CLI) may have written since: never stamp behind the database.
        clock.withLock { clock in if lastOwn > clock.last { try? clock.observe(lastOwn, physicalMillis: lastOwn.physicalMillis) } }
        return OwnSequence(site: site, seq: UInt64(own?[0] as Int64? ?? 0), last: lastOwn)
    }

    private func writeLocal(
        _ db: Database, _ own: inout OwnSequence, _ id: EntityID, _ type: String, _ scope: String, _ edits: [Edit], _ author: String,
        _ mustExist: Bool, _ moveTo: String?
    ) throws -> Change {
        guard !edits.isEmpty || moveTo != nil else { throw ReplicaError.invalidEdit("no field to change") }
        // A set may take several elements in one change (each is tagged by the change's
        // stamp); a register or counter may be named once.
        let scalars = edits.filter { if case .add = $0.operation { false } else if case .remove = $0.operation { false } else { true } }.map(\.field)
        guard Set(scalars).count == scalars.count else {
            throw ReplicaError.invalidEdit("a field is named twice in one edit")
        }
        let existing = try loadState(db, id)
        if mustExist, existing == nil { throw ReplicaError.notFound(id) }
        var state = existing ?? EntityState(entityType: type, scope: scope)

        let site = own.site
        let seq = own.seq + 1
        let now = physicalMillis()
        let hlc = clock.withLock { $0.tick(physicalMillis: now) }
        var ops = edits.map { edit -> FieldOp in
            switch edit.operation {
            case let .assign(value):
                FieldOp(field: edit.field, kind: .assign, value: value, base: state.registers[edit.field]?.currentStamps ?? [])
            case let .add(value):
                FieldOp(field: edit.field, kind: .setAdd, value: value)
            case let .remove(value):
                FieldOp(field: edit.field, kind: .setRemove, value: value, base: state.sets[edit.field]?.observedTags(of: value) ?? [])
            case let .append(value):
                FieldOp(field: edit.field, kind: .append, value: value)
            case let .increment(by):
                FieldOp(field: edit.field, kind: .count, value: Array(String((state.counters[edit.field]?.total(of: site) ?? 0) + by).utf8))
            }
        }
        if moveTo != nil { ops.insert(FieldOp(field: "", kind: .snapshot, value: EntityStateCodec.encode(state)), at: 0) }
        let change = Change(
            origin: site, seq: seq, hlc: hlc, entityType: existing?.entityType ?? type, entityID: id,
            scope: moveTo ?? existing?.scope ?? scope, author: author, ops: ops)
        state.apply(change)
        try saveState(db, id, state, updated: hlc, previous: existing)
        try insertChange(db, change, body: try Ioc_Sync_V1_Change(change).serializedBytes())
        own.seq = seq
        own.last = hlc
        own.wrote = true
        return change
    }

    // MARK: Remote changes

    /// Applies changes received from a peer, in chunks of `applyChunkSize`, each chunk one
    /// transaction.
    ///
    /// - Changes already held are skipped (idempotent).
    /// - With `contiguous`, a change that does not follow its origin's last held one stops
    ///   that origin (`outcome.gap`): pushes carry an origin's whole sequence.
    /// - A change stamped too far in the future is quarantined, and the rest of its origin's
    ///   changes in the batch wait (the version vector cannot skip it).
    /// - `through` then raises the version vector where the sender says nothing of our
    ///   scope remains below (pulls are filtered by scope, so sequences there have holes).
    /// - `admit`, when given, is asked about each new change with the entity's state before
    ///   it; a change it refuses is skipped for good (counted in `outcome.refused`) and
    ///   does not hold up its origin: what a node does with a relayed change the hub
    ///   should never have relayed.
    @discardableResult
    public func apply(
        _ changes: [Change], through: VersionVector? = nil, contiguous: Bool,
        admit: (@Sendable (Change, EntityState?) -> Bool)? = nil
    ) throws(ReplicaError) -> ApplyOutcome {
        var outcome = ApplyOutcome()
        var blocked = Set<SiteID>()
        var start = 0
        while start < changes.count {
            let chunk = changes[start..<min(start + applyChunkSize, changes.count)]
            start += chunk.count
            try translating(path) {
                try pool.write { db in
                    try self.applyChunk(db, chunk, contiguous: contiguous, admit: admit, blocked: &blocked, outcome: &outcome)
                }
            }
        }
        if let through {
            try translating(path) {
                try pool.write { db in
                    for (origin, seq) in through.entries where !blocked.contains(origin) && origin != self.site {
                        try db.execute(
                            sql: """
                                INSERT INTO version (origin, seq, hlc) VALUES (?, ?, 0)
                                ON CONFLICT (origin) DO UPDATE SET seq = max(seq, excluded.seq)
                                """, arguments: [origin.sqlValue, Int64(clamping: seq)])
                    }
                }
            }
        }
        return outcome
    }

    private func applyChunk(
        _ db: Database, _ chunk: ArraySlice<Change>, contiguous: Bool, admit: (@Sendable (Change, EntityState?) -> Bool)?,
        blocked: inout Set<SiteID>, outcome: inout ApplyOutcome
    ) throws {
        var held: [SiteID: (seq: UInt64, hlc: UInt64)] = [:]
        var states: [EntityID: EntityState] = [:]
        var previous: [EntityID: EntityState?] = [:]
        var dirty: [EntityID: HLCTimestamp] = [:]
        let now = physicalMillis()
        for change in chunk where !blocked.contains(change.origin) {
            if held[change.origin] == nil {
                let row = try Row.fetchOne(
                    try db.cachedStatement(sql: "SELECT seq, hlc FROM version WHERE origin = ?"), arguments: [change.origin.sqlValue])
                held[change.origin] = (UInt64(row?[0] as Int64? ?? 0), UInt64(bitPattern: row?[1] as Int64? ?? 0))
            }
            let last = held[change.origin]!
            if change.seq <= last.seq {
                outcome.duplicates += 1
                continue
            }
            if contiguous, change.seq != last.seq + 1 {
                outcome.gap = outcome.gap ?? .init(origin: change.origin, expected: last.seq + 1, received: change.seq)
                blocked.insert(change.origin)
                continue
            }
            let body = try Ioc_Sync_V1_Change(change).serializedBytes() as [UInt8]
            do {
                try HybridLogicalClock.check(change.hlc, physicalMillis: now, maxForwardSkewMillis: maxForwardSkewMillis)
            } catch {
                outcome.quarantined += 1
                outcome.clockError = outcome.clockError ?? error
                blocked.insert(change.origin)
                try db.execute(
                    sql: "INSERT OR IGNORE INTO quarantine (origin, seq, received_ms, reason, body) VALUES (?, ?, ?, ?, ?)",
                    arguments: [change.origin.sqlValue, Int64(change.seq), Int64(now), error.description, Data(body)])
                continue
            }
            if previous[change.entityID] == nil { previous[change.entityID] = .some(try loadState(db, change.entityID)) }
            if let admit, !admit(change, states[change.entityID] ?? previous[change.entityID] ?? nil) {
                outcome.refused += 1
                held[change.origin] = (change.seq, last.hlc)
                continue
            }
            if states[change.entityID] == nil {
                states[change.entityID] = (previous[change.entityID] ?? nil) ?? EntityState(entityType: change.entityType, scope: change.scope)
            }
            states[change.entityID]!.apply(change)
            dirty[change.entityID] = max(dirty[change.entityID] ?? .zero, change.hlc)
            try insertChange(db, change, body: body)
            held[change.origin] = (change.seq, max(last.hlc, change.hlc.rawValue))
            clock.withLock { try? $0.observe(change.hlc, physicalMillis: now) }
            outcome.applied += 1
        }
        for (id, updated) in dirty { try saveState(db, id, states[id]!, updated: updated, previous: previous[id] ?? nil) }
        let upsert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO version (origin, seq, hlc) VALUES (?, ?, ?)")
        let drained = try db.cachedStatement(sql: "DELETE FROM quarantine WHERE origin = ? AND seq <= ?")
        for (origin, last) in held {
            try upsert.execute(arguments: [origin.sqlValue, Int64(last.seq), Int64(bitPattern: last.hlc)])
            try drained.execute(arguments: [origin.sqlValue, Int64(last.seq)])
        }
    }

    func setCurrent(site: SiteID, incarnation: UInt32) { current.withLock { $0 = (site, incarnation) } }

    /// Starts a new incarnation now: the next local change comes from
    /// `baseSite.incarnation(n)` with sequence number 1, where `n` is one more than both
    /// the stored incarnation and `floor`.
    ///
    /// For a database put back from a copy (`ioc-node restore`): its numbers after the copy
    /// may already be held elsewhere, so it must not issue them again. `floor` is the
    /// highest incarnation known to have been used (the replaced database's). The reason is
    /// kept in meta (`incarnation.reason`). Writes one short transaction; durable on return.
    /// - Returns: the new current site.
    @discardableResult
    public func beginIncarnation(reason: String, above floor: UInt32 = 0) throws(ReplicaError) -> SiteID {
        let incarnation = try translating(path) {
            try pool.write { db in
                let incarnation = max(try Self.readIncarnation(db), floor) + 1
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('incarnation', ?)", arguments: [String(incarnation)])
                try db.execute(
                    sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('incarnation.reason', ?)", arguments: ["\(incarnation): \(reason)"])
                return incarnation
            }
        }
        setCurrent(site: baseSite.incarnation(incarnation), incarnation: incarnation)
        return baseSite.incarnation(incarnation)
    }

    static func readIncarnation(_ db: Database) throws -> UInt32 {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'incarnation'")).flatMap { UInt32($0) } ?? 0
    }

    // MARK: Serving peers

    /// This replica's own changes of `origin` (one of `ownSites`; by default the current
    /// site) after `seq`, in sequence order, at most `maxBytes` of encoded changes (but
    /// always at least one, if any).
    public func ownChanges(of origin: SiteID? = nil, after seq: UInt64, maxBytes: Int) throws(ReplicaError) -> [Ioc_Sync_V1_Change] {
        let site = origin ?? self.site
        return try translating(path) {
            try pool.read { db in
                var out: [Ioc_Sync_V1_Change] = []
                var bytes = 0
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT body FROM change WHERE origin = ? AND seq > ? ORDER BY seq",
                    arguments: [site.sqlValue, Int64(seq)])
                while let row = try rows.next() {
                    let body: Data = row[0]
                    if !out.isEmpty, bytes + body.count > maxBytes { break }
                    bytes += body.count
                    out.append(try Ioc_Sync_V1_Change(serializedBytes: body))
                }
                return out
            }
        }
    }

    /// What a peer whose scope is `scopes` lacks, given what it `has`: changes in each
    /// origin's sequence order, at most `maxBytes` (at least one change, if any).
    ///
    /// `through` says, per origin, up to where the peer then holds everything of its scope;
    /// `more` says another call would return more. Reads one consistent snapshot.
    ///
    /// Guarantee: for every origin, every change of `scopes` numbered above `has[origin]`
    /// and up to `through[origin]` is in this batch: `through` never passes a change that
    /// was not returned. Each scope is read `rowLimit` rows at a time; when one scope is cut
    /// there, that origin's part of the batch ends at the last row the cut scope read.
    public func changes(
        forScopes scopes: [String], has: VersionVector, maxBytes: Int, rowLimit: Int = 512
    ) throws(ReplicaError) -> (changes: [Ioc_Sync_V1_Change], through: VersionVector, more: Bool) {
        let rowLimit = max(1, rowLimit)
        return try translating(path) {
            try pool.read { db in
                var out: [Ioc_Sync_V1_Change] = []
                var through = VersionVector()
                var bytes = 0
                var more = false
                // Sizes first, bodies only for the rows that fit: memory stays within the
                // budget plus one change, however many rows a scope holds.
                let statement = try db.cachedStatement(
                    sql: "SELECT seq, length(body) FROM change WHERE scope = ? AND origin = ? AND seq > ? ORDER BY seq LIMIT ?")
                let bodyStatement = try db.cachedStatement(sql: "SELECT body FROM change WHERE origin = ? AND seq = ?")
                let held = try Row.fetchAll(db, sql: "SELECT origin, seq FROM version ORDER BY origin")
                origins: for row in held {
                    let origin = SiteID(UInt64(bitPattern: row[0] as Int64))
                    let heldSeq = UInt64(row[1] as Int64)
                    let from = has[origin]
                    guard heldSeq > from else { continue }
                    var rows: [(seq: UInt64, size: Int)] = []
                    // Every row of every scope up to `complete` has been read.
                    var complete = heldSeq
                    for scope in scopes {
                        let found = try Row.fetchAll(statement, arguments: [scope, origin.sqlValue, Int64(clamping: from), rowLimit])
                        if found.count == rowLimit, let last = found.last { complete = min(complete, UInt64(last[0] as Int64)) }
                        rows += found.map { (UInt64($0[0] as Int64), $0[1] as Int) }
                    }
                    rows.sort { $0.seq < $1.seq }
                    var reached = from
                    for entry in rows where entry.seq <= complete {
                        if !out.isEmpty, bytes + entry.size > maxBytes {
                            more = true
                            through[origin] = reached
                            break origins
                        }
                        guard let body = try Data.fetchOne(bodyStatement, arguments: [origin.sqlValue, Int64(entry.seq)]) else { continue }
                        bytes += body.count
                        out.append(try Ioc_Sync_V1_Change(serializedBytes: body))
                        reached = entry.seq
                    }
                    through[origin] = complete
                    if complete < heldSeq { more = true }
                }
                return (out, through, more)
            }
        }
    }

    // MARK: Reads

    public func versionVector() throws(ReplicaError) -> VersionVector {
        try translating(path) { try pool.read { db in try Self.readVersionVector(db) } }
    }

    public func versionVector() async throws(ReplicaError) -> VersionVector {
        try await translating(path) { try await pool.read { db in try Self.readVersionVector(db) } }
    }

    static func readVersionVector(_ db: Database) throws -> VersionVector {
        var vector = VersionVector()
        for row in try Row.fetchAll(db, sql: "SELECT origin, seq FROM version") {
            vector[SiteID(UInt64(bitPattern: row[0] as Int64))] = UInt64(row[1] as Int64)
        }
        return vector
    }

    public func entity(_ id: EntityID) async throws(ReplicaError) -> EntitySnapshot? {
        try await translating(path) { try await pool.read { db in try self.readEntity(db, id) } }
    }

    public func entity(_ id: EntityID) throws(ReplicaError) -> EntitySnapshot? {
        try translating(path) { try pool.read { db in try self.readEntity(db, id) } }
    }

    private func readEntity(_ db: Database, _ id: EntityID) throws -> EntitySnapshot? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT type, scope, doc, state, updated_hlc FROM entity WHERE id = ?", arguments: [Data(id.bytes)])
        else { return nil }
        let state: EntityState
        do { state = try EntityStateCodec.decode([UInt8](row[3] as Data)) } catch { throw ReplicaError.corruptState(id, error.description) }
        return EntitySnapshot(
            id: id, type: row[0], scope: row[1], document: row[2], state: state,
            updatedAt: HLCTimestamp(rawValue: UInt64(bitPattern: row[4] as Int64)))
    }

    /// The stamp of `origin`'s change number `seq` in this replica's log, if it holds it.
    public func stamp(of origin: SiteID, seq: UInt64) throws(ReplicaError) -> HLCTimestamp? {
        try translating(path) {
            try pool.read { db in
                try Int64.fetchOne(
                    db, sql: "SELECT hlc FROM change WHERE origin = ? AND seq = ?", arguments: [origin.sqlValue, Int64(clamping: seq)]
                ).map { HLCTimestamp(rawValue: UInt64(bitPattern: $0)) }
            }
        }
    }

    /// The scope an entity lived in before the transfer that put it where it is now (the
    /// scope of the state that transfer carried), or nil when no transfer placed it or the
    /// transfer is not in this replica's log.
    public func transferSource(of state: EntityState) throws(ReplicaError) -> String? {
        guard state.scopeMovedByTransfer, let stamp = state.scopeStamp else { return nil }
        return try translating(path) {
            try pool.read { db in
                let bodies = try Data.fetchAll(
                    db, sql: "SELECT body FROM change WHERE origin = ? AND hlc = ?",
                    arguments: [stamp.site.sqlValue, Int64(bitPattern: stamp.hlc.rawValue)])
                for body in bodies {
                    let change = try Ioc_Sync_V1_Change(serializedBytes: body).change()
                    if let snapshot = change.ops.first(where: { $0.kind == .snapshot }) {
                        return try EntityStateCodec.decode(snapshot.value).scope
                    }
                }
                return nil
            }
        }
    }

    /// Entities of `type`, newest first, optionally of one scope or only those in conflict.
    public func list(
        type: String, scope: String? = nil, conflictedOnly: Bool = false, limit: Int = 100, offset: Int = 0
    ) async throws(ReplicaError) -> [EntitySummary] {
        try await translating(path) {
            try await pool.read { db in
                var sql = "SELECT id, scope, doc, conflicts, updated_hlc FROM entity WHERE type = ?"
                var arguments: StatementArguments = [type]
                if let scope {
                    sql += " AND scope = ?"
                    arguments += [scope]
                }
                if conflictedOnly { sql += " AND conflicts > 0" }
                sql += " ORDER BY id DESC LIMIT ? OFFSET ?"
                arguments += [limit, offset]
                return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row in
                    guard let id = EntityID(bytes: row[0] as Data) else { return nil }
                    return EntitySummary(
                        id: id, type: type, scope: row[1], document: row[2], conflictedFields: row[3],
                        updatedAt: HLCTimestamp(rawValue: UInt64(bitPattern: row[4] as Int64)))
                }
            }
        }
    }

    /// A digest of every entity's merged state, equal on two replicas exactly when they
    /// hold the same entities in the same states (of the scopes given, or all), and the
    /// number of entities it covers. Like every read of the replica, it has a blocking form
    /// for threads of its own and an `async` form for tasks (GRDB's pool, off the
    /// cooperative threads).
    public func stateDigest(scopes: [String]? = nil) throws(ReplicaError) -> (digest: String, entities: Int) {
        try translating(path) { try pool.read { db in try Self.digest(db, scopes: scopes) } }
    }

    public func stateDigest(scopes: [String]? = nil) async throws(ReplicaError) -> (digest: String, entities: Int) {
        try await translating(path) { try await pool.read { db in try Self.digest(db, scopes: scopes) } }
    }

    /// How many entities of each type the replica holds (of the scopes given, or all).
    public func entityCounts(scopes: [String]? = nil) async throws(ReplicaError) -> [String: Int] {
        try await translating(path) {
            try await pool.read { db in
                var sql = "SELECT type, count(*) FROM entity"
                if let scopes { sql += " WHERE scope IN (\(scopes.map { _ in "?" }.joined(separator: ",")))" }
                sql += " GROUP BY type"
                var counts: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(scopes ?? [])) { counts[row[0]] = row[1] }
                return counts
            }
        }
    }

    static func digest(_ db: Database, scopes: [String]?) throws -> (digest: String, entities: Int) {
        var hasher = FNV1a()
        var count = 0
        var sql = "SELECT id, state FROM entity"
        if let scopes { sql += " WHERE scope IN (\(scopes.map { _ in "?" }.joined(separator: ",")))" }
        sql += " ORDER BY id"
        let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(scopes ?? []))
        while let row = try rows.next() {
            count += 1
            hasher.add(row[0] as Data)
            // Digest the decoded state: stored bytes may differ in set order, states may not.
            let state = try EntityStateCodec.decode([UInt8](row[1] as Data))
            hasher.add(DocumentRenderer.render(state).utf8)
            for (field, register) in state.registers.sorted(by: { $0.key < $1.key }) {
                hasher.add(field.utf8)
                for write in register.frontier { hasher.add(String(describing: write.stamp).utf8) }
            }
        }
        return (hasher.hex, count)
    }

    // MARK: Peers

    public func peer(_ name: String) throws(ReplicaError) -> PeerState {
        try translating(path) { try pool.read { db in try self.readPeer(db, name) } }
    }

    func readPeer(_ db: Database, _ name: String) throws -> PeerState {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT last_success_ms, last_attempt_ms, last_error FROM peer WHERE name = ?", arguments: [name])
        else { return PeerState(name: name) }
        return PeerState(
            name: name, ackedSeq: try readAck(db, name, site), lastSuccessMillis: row[0], lastAttemptMillis: row[1], lastError: row[2])
    }

    /// Records one sync attempt with `name`: `ackedSeq` is the highest change of `site`
    /// (by default the current one) the peer acknowledged, and only ever rises.
    public func recordSync(peer name: String, site: SiteID? = nil, ackedSeq: UInt64?, error: String?) throws(ReplicaError) {
        let now = Int64(physicalMillis())
        let site = site ?? self.site
        try translating(path) {
            try pool.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO peer (name, acked_seq, last_success_ms, last_attempt_ms, last_error)
                        VALUES (?1, 0, CASE WHEN ?2 IS NULL THEN ?3 END, ?3, ?2)
                        ON CONFLICT (name) DO UPDATE SET
                            last_success_ms = coalesce(excluded.last_success_ms, last_success_ms),
                            last_attempt_ms = excluded.last_attempt_ms,
                            last_error = excluded.last_error
                        """, arguments: [name, error, now])
                if let ackedSeq {
                    try db.execute(
                        sql: """
                            INSERT INTO peer_ack (peer, site, acked_seq) VALUES (?, ?, ?)
                            ON CONFLICT (peer, site) DO UPDATE SET acked_seq = max(acked_seq, excluded.acked_seq)
                            """, arguments: [name, site.sqlValue, Int64(clamping: ackedSeq)])
                }
            }
        }
    }

    /// The highest change of `site` (by default the current one) that `peer` acknowledged.
    public func acknowledged(by name: String, site: SiteID? = nil) throws(ReplicaError) -> UInt64 {
        let site = site ?? self.site
        return try translating(path) { try pool.read { db in try self.readAck(db, name, site) } }
    }

    func readAck(_ db: Database, _ peer: String, _ site: SiteID) throws -> UInt64 {
        if let acked = try Int64.fetchOne(db, sql: "SELECT acked_seq FROM peer_ack WHERE peer = ? AND site = ?", arguments: [peer, site.sqlValue]) {
            return UInt64(acked)
        }
        guard site == baseSite else { return 0 }
        // Written before acknowledgements were kept per site: the enrolled site's.
        return try UInt64(Int64.fetchOne(db, sql: "SELECT acked_seq FROM peer WHERE name = ?", arguments: [peer]) ?? 0)
    }

    /// How many of this replica's own changes (of every incarnation) `peer` has not acknowledged.
    public func unacknowledged(by name: String) throws(ReplicaError) -> UInt64 {
        let sites = ownSites
        return try translating(path) {
            try pool.read { db in
                var total: UInt64 = 0
                for site in sites {
                    let own = try UInt64(Int64.fetchOne(db, sql: "SELECT seq FROM version WHERE origin = ?", arguments: [site.sqlValue]) ?? 0)
                    let acked = try self.readAck(db, name, site)
                    total += own > acked ? own - acked : 0
                }
                return total
            }
        }
    }

    /// How many changes of `scopes` a peer that `has` this vector still lacks, not
    /// counting the peer's own site.
    public func pendingCount(forScopes scopes: [String], has: VersionVector, excluding peer: Set<SiteID>) throws(ReplicaError) -> Int {
        try translating(path) {
            try pool.read { db in
                var total = 0
                let statement = try db.cachedStatement(sql: "SELECT count(*) FROM change WHERE scope = ? AND origin = ? AND seq > ?")
                for (origin, _) in try Self.readVersionVector(db).entries where !peer.contains(origin) {
                    for scope in scopes {
                        total += try Int.fetchOne(statement, arguments: [scope, origin.sqlValue, Int64(clamping: has[origin])]) ?? 0
                    }
                }
                return total
            }
        }
    }

    public func quarantineCount() throws(ReplicaError) -> Int {
        try translating(path) { try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM quarantine") ?? 0 } }
    }

    // MARK: Meta

    public func meta(_ key: String) throws(ReplicaError) -> String? {
        try translating(path) { try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) } }
    }

    public func setMeta(_ key: String, _ value: String) throws(ReplicaError) {
        try translating(path) {
            try pool.write { db in try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value]) }
        }
    }

    /// Runs `body` on a read-only snapshot of the database, off the cooperative pool: for
    /// the queries of services that keep projections (`ReplicaProjection`).
    public func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(ReplicaError) -> T {
        try await translating(path) { try await pool.read(body) }
    }

    /// Continues as incarnation `number` if it is above the current one: a replica put back
    /// to an older copy learns from the hub the highest incarnation it already used, and
    /// takes it up again (the hub's copies of its changes then come back through the
    /// rewind recovery), so it never starts an incarnation twice. Durable on return.
    public func adoptIncarnation(_ number: UInt32) throws(ReplicaError) {
        let adopted = try translating(path) {
            try pool.write { db -> UInt32 in
                let stored = try Self.readIncarnation(db)
                guard number > stored else { return stored }
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('incarnation', ?)", arguments: [String(number)])
                return number
            }
        }
        setCurrent(site: baseSite.incarnation(adopted), incarnation: adopted)
    }

    /// Runs `body` on a read-only snapshot of the database, blocking the calling thread:
    /// for threads outside the cooperative pool (the hub's sync workers).
    public func withReadOnlyDatabase<T>(_ body: (Database) throws -> T) throws(ReplicaError) -> T {
        try translating(path) { try pool.read(body) }
    }

    /// Runs `body` in one write transaction on the replica's database: for tables a
    /// service keeps beside the replicated ones (the hub's enrolment list).
    public func withDatabase<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(ReplicaError) -> T {
        try translating(path) { try pool.write(body) }
    }

    /// Like `withDatabase`, for tasks: waits off the cooperative pool.
    public func withDatabase<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(ReplicaError) -> T {
        try await translating(path) { try await pool.write(body) }
    }

    // MARK: Storage

    func loadState(_ db: Database, _ id: EntityID) throws -> EntityState? {
        let statement = try db.cachedStatement(sql: "SELECT state FROM entity WHERE id = ?")
        guard let data = try Data.fetchOne(statement, arguments: [Data(id.bytes)]) else { return nil }
        do {
            return try EntityStateCodec.decode([UInt8](data))
        } catch {
            throw ReplicaError.corruptState(id, error.description)
        }
    }

    /// Writes `state`; `previous` is what was stored before (nil: a new entity). The
    /// indexed columns are rewritten only when they changed.
    func saveState(_ db: Database, _ id: EntityID, _ state: EntityState, updated: HLCTimestamp, previous: EntityState?) throws {
        let blob = Data(EntityStateCodec.encode(state))
        let doc = DocumentRenderer.render(state)
        let conflicts = state.registers.values.reduce(0) { $0 + ($1.isConflicted ? 1 : 0) }
        let stamp = Int64(bitPattern: updated.rawValue)
        if let previous {
            if previous.entityType == state.entityType, previous.scope == state.scope {
                try db.cachedStatement(sql: "UPDATE entity SET doc = ?, state = ?, conflicts = ?, updated_hlc = max(updated_hlc, ?) WHERE id = ?")
                    .execute(arguments: [doc, blob, conflicts, stamp, Data(id.bytes)])
            } else {
                try db.cachedStatement(sql: """
                    UPDATE entity SET type = ?, scope = ?, doc = ?, state = ?, conflicts = ?, updated_hlc = max(updated_hlc, ?) WHERE id = ?
                    """).execute(arguments: [state.entityType, state.scope, doc, blob, conflicts, stamp, Data(id.bytes)])
            }
        } else {
            try db.cachedStatement(sql: "INSERT INTO entity (id, type, scope, doc, state, conflicts, updated_hlc) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .execute(arguments: [Data(id.bytes), state.entityType, state.scope, doc, blob, conflicts, stamp])
        }
        guard !projections.isEmpty else { return }
        let entity = ProjectedEntity(id: id, type: state.entityType, scope: state.scope, document: doc, state: state)
        for projection in projections { try projection.entityDidChange(db, entity) }
    }

    func insertChange(_ db: Database, _ change: Change, body: [UInt8]) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO change (origin, seq, hlc, scope, body) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [change.origin.sqlValue, Int64(change.seq), Int64(bitPattern: change.hlc.rawValue), change.scope, Data(body)])
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return String(describing: error)
    }
}

/// One line of a list: the materialised document, without the merged state.
public struct EntitySummary: Sendable {
    public var id: EntityID
    public var type: String
    public var scope: String
    public var document: String
    public var conflictedFields: Int
    public var updatedAt: HLCTimestamp
}

extension SiteID {
    /// SQLite stores signed 64-bit integers: the bit pattern round-trips.
    var sqlValue: Int64 { Int64(bitPattern: rawValue) }
}

/// Maps whatever the database throws to a `ReplicaError`.
func translating<T>(_ path: String, _ body: () throws -> T) throws(ReplicaError) -> T {
    do { return try body() } catch { throw ReplicaError(error, path: path) }
}

func translating<T>(_ path: String, _ body: () async throws -> T) async throws(ReplicaError) -> T {
    do { return try await body() } catch { throw ReplicaError(error, path: path) }
}

extension ReplicaError {
    init(_ error: any Error, path: String) {
        if let error = error as? ReplicaError {
            self = error
        } else if let error = error as? DatabaseError, error.resultCode == .SQLITE_FULL {
            self = .diskFull(path: path)
        } else {
            self = .storage(Replica.describe(error))
        }
    }
}
