import CRDT
import Foundation
import GRDB
import Wire

#if canImport(Glibc)
    import Glibc
#endif

/// Backup, restore and resync of a replica's database (issue 10 point 9).
///
/// - `backup(to:)` copies the live database with SQLite's online backup API while the
///   process (or another process) keeps writing;
/// - `restore(from:over:site:reason:)` puts such a copy in place of a stopped replica's
///   database and starts a new incarnation, so no sequence number is issued twice;
/// - `adoptResync(from:keepingOwnAfter:)` replaces the replicated state with one rebuilt
///   from the hub, in one transaction of the running replica.
extension Replica {
    // MARK: Backup

    /// How far a backup has got, in database pages.
    public struct BackupProgress: Sendable, Equatable, CustomStringConvertible {
        public var copiedPages: Int
        public var totalPages: Int
        public var isComplete: Bool

        public var fraction: Double { totalPages == 0 ? 1 : Double(copiedPages) / Double(totalPages) }
        public var description: String { "\(Int(fraction * 100))% (\(copiedPages)/\(totalPages) pages)" }
    }

    /// What `backup(to:)` wrote.
    public struct BackupOutcome: Sendable, Equatable {
        public var path: String
        public var bytes: Int64
        public var pages: Int
    }

    /// Meta keys a backup carries in the copy only (never in the live database): the site it
    /// was taken of (hex), when (epoch ms) and from which file.
    public static let backupSiteKey = "backup.site"
    public static let backupTakenKey = "backup.taken_ms"
    public static let backupSourceKey = "backup.source"

    /// Writes a consistent copy of this replica's database to `target` while it stays in use.
    ///
    /// Guarantees:
    /// - the copy is one committed state of the database: the source is read inside one
    ///   read transaction (WAL), so writes that commit meanwhile (in this process or another)
    ///   neither block nor enter the copy, and never restart it;
    /// - atomic: the copy is written to a temporary file in `target`'s folder, checked
    ///   (`PRAGMA quick_check`), fsynced and renamed over `target`, and the folder fsynced;
    ///   `target` is either absent/unchanged or the whole copy, never part of it. A failure
    ///   removes the temporary file;
    /// - the copy is one self-contained file (rollback journal mode, no `-wal` beside it)
    ///   that carries `backupSiteKey`, `backupTakenKey` and `backupSourceKey` in its meta;
    /// - refuses (`.backupFailed`) a missing or read-only folder, the live database itself,
    ///   and an existing file unless `replacing`; `.notEnoughSpace` when the folder's disk
    ///   cannot hold the copy, checked before anything is written (`.diskFull` if it fills
    ///   up meanwhile).
    ///
    /// Blocks the calling thread for as long as the copy takes: call it from a command or a
    /// dedicated thread, not from the cooperative pool.
    /// - Parameter pagesPerStep: pages copied between two `progress` calls (a page is 4 KiB by default).
    @discardableResult
    public func backup(
        to target: String, replacing: Bool = false, pagesPerStep: Int = 1024, progress: (BackupProgress) -> Void = { _ in }
    ) throws(ReplicaError) -> BackupOutcome {
        let targetURL = URL(fileURLWithPath: target).standardizedFileURL
        let folder = targetURL.deletingLastPathComponent().path
        let name = targetURL.lastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .backupFailed(path: target, reason: .folderMissing(folder))
        }
        let resolvedTarget = Self.resolved(folder) + "/" + name
        let live = URL(fileURLWithPath: path).standardizedFileURL
        let resolvedLive = Self.resolved(live.deletingLastPathComponent().path) + "/" + live.lastPathComponent
        if ["", "-wal", "-shm", "-journal"].contains(where: { resolvedTarget == resolvedLive + $0 }) || Self.sameFile(target, path) {
            throw .backupFailed(path: target, reason: .isLiveDatabase)
        }
        if FileManager.default.fileExists(atPath: target), !replacing {
            throw .backupFailed(path: target, reason: .targetExists)
        }

        let (pageCount, pageSize) = try translating(path) {
            try pool.read { db in
                (try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0, try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096)
            }
        }
        let needed = Int64(pageCount) * Int64(pageSize)
        if let available = Self.freeBytes(folder), available < needed + Self.spaceMargin {
            throw .notEnoughSpace(path: target, needed: needed + Self.spaceMargin, available: available)
        }

        let temp = folder + "/.\(name).partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temp, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .backupFailed(path: target, reason: .cannotCreate(folder: folder, detail: Self.errnoText()))
        }
        close(descriptor)
        var renamed = false
        defer { if !renamed { Self.removeDatabaseFiles(temp) } }

        let site = baseSite
        let source = path
        let steps = CInt(clamping: max(1, pagesPerStep))
        do {
            let destination = try DatabaseQueue(path: temp)
            try withoutActuallyEscaping(progress) { progress in
                try destination.writeWithoutTransaction { copy in
                    try pool.read { db in
                        // Open the read transaction before the first step: every step then
                        // copies this one snapshot, whatever commits meanwhile.
                        _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                        try db.backup(to: copy, pagesPerStep: steps) { step in
                            progress(BackupProgress(
                                copiedPages: step.completedPageCount, totalPages: step.totalPageCount, isComplete: step.isCompleted))
                        }
                    }
                }
            }
            try destination.writeWithoutTransaction { copy in
                let mode = try String.fetchOne(copy, sql: "PRAGMA journal_mode = DELETE")
                guard mode?.lowercased() == "delete" else {
                    throw ReplicaError.backupFailed(path: target, reason: .failed("the copy stayed in journal mode \(mode ?? "?")"))
                }
                try copy.inTransaction {
                    let stamp = "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"
                    try copy.execute(sql: stamp, arguments: [Self.backupSiteKey, site.description])
                    try copy.execute(sql: stamp, arguments: [Self.backupTakenKey, String(Self.systemMillis())])
                    try copy.execute(sql: stamp, arguments: [Self.backupSourceKey, source])
                    return .commit
                }
                let check = try String.fetchAll(copy, sql: "PRAGMA quick_check")
                guard check == ["ok"] else {
                    throw ReplicaError.backupFailed(path: target, reason: .failed("the copy fails SQLite's check: \(check.prefix(3).joined(separator: "; "))"))
                }
            }
            try destination.close()
            try Self.synchronize(temp)
            guard rename(temp, target) == 0 else {
                throw ReplicaError.backupFailed(path: target, reason: .failed("cannot rename the finished copy into place: \(Self.errnoText())"))
            }
            renamed = true
            try? Self.synchronize(folder)
        } catch {
            throw Self.copyError(error, target: target)
        }
        let bytes = ((try? FileManager.default.attributesOfItem(atPath: target)[.size]) as? NSNumber)?.int64Value ?? needed
        return BackupOutcome(path: target, bytes: bytes, pages: pageCount)
    }

    // MARK: Restore

    /// What a backup file holds, read before it is restored.
    public struct BackupInfo: Sendable {
        /// The site it is a backup of, when `backup(to:)` wrote it (`backupSiteKey`).
        public var site: SiteID?
        public var takenAtMillis: Int64?
        /// The incarnation stored in it.
        public var incarnation: UInt32
        /// Its whole meta table (`district`, `name`, …).
        public var meta: [String: String]
        /// Every origin its version vector holds changes of.
        public var origins: Set<SiteID>
        public var entities: Int

        /// Whether it is a backup of `site`: it says so (`backupSiteKey`), or, for a copy
        /// made otherwise, it holds changes of one of `site`'s incarnations.
        public func belongs(to site: SiteID) -> Bool {
            if let own = self.site { return own == site }
            return (0...incarnation).contains { origins.contains(site.incarnation($0)) }
        }
    }

    /// What `restore` did.
    public struct RestoreOutcome: Sendable {
        /// The site the restored database's next change comes from (a new incarnation).
        public var site: SiteID
        public var incarnation: UInt32
        /// Where the replaced database now is (`….before-restore`), if there was one.
        public var keptPath: String?
        public var backup: BackupInfo
        /// Tables of `carrying` taken from the replaced database.
        public var carried: [String]
        /// Why the replaced database's tables could not be carried (it does not open), if so.
        public var carryFailure: String?
    }

    /// Puts the backup at `backupPath` in place of the database at `databasePath`, whose
    /// process must be stopped, as the replica of `site`.
    ///
    /// Guarantees:
    /// - refuses (`.inUse`) while any process has `databasePath` open: it must take SQLite's
    ///   exclusive lock on it (a running `serve` holds a shared lock as long as it runs, so
    ///   this cannot miss one, whatever `ports.json` says);
    /// - refuses a file that is not a sound replica database (`.notAReplica`: SQLite's
    ///   `quick_check`, the replica's tables) or not one of `site` (`.wrongSite`; see
    ///   `BackupInfo.belongs(to:)`, or `acceptsUnmarked` for a copy that cannot tell);
    /// - the restored database starts a new incarnation above both its own and the replaced
    ///   database's (`beginIncarnation`), before anything can write to it: it never issues a
    ///   sequence number the replaced database may have issued;
    /// - the tables named in `carrying`, kept beside the replica and changed only at this
    ///   site (staff accounts; the hub's enrolments and certificates), are taken whole from
    ///   the replaced database when it opens, since they are newer than the backup's (a
    ///   revoked certificate stays revoked); otherwise the backup's stay
    ///   (`RestoreOutcome.carryFailure`);
    /// - the backup file is not modified; the replaced database (with its `-wal`) is kept
    ///   beside it as `….before-restore` (with a time suffix if that name is taken);
    /// - the swap is a rename of a complete, fsynced file; on failure the replaced database
    ///   is put back and nothing else changed.
    ///
    /// Blocks on file and SQLite work: call it from a command, not from the cooperative pool.
    public static func restore(
        from backupPath: String, over databasePath: String, site: SiteID, reason: String, carrying: [String] = [],
        acceptsUnmarked: (BackupInfo) -> Bool = { _ in false }
    ) throws(ReplicaError) -> RestoreOutcome {
        try ensureNotInUse(databasePath)
        guard FileManager.default.isReadableFile(atPath: backupPath) else {
            throw .notAReplica(path: backupPath, reason: "the file is missing or cannot be read")
        }
        let folder = URL(fileURLWithPath: databasePath).deletingLastPathComponent().path
        let size = ((try? FileManager.default.attributesOfItem(atPath: backupPath)[.size]) as? NSNumber)?.int64Value ?? 0
        if let available = freeBytes(folder), available < size + spaceMargin {
            throw .notEnoughSpace(path: databasePath, needed: size + spaceMargin, available: available)
        }
        let temp = databasePath + ".restoring"
        removeDatabaseFiles(temp)
        var swapped = false
        defer { if !swapped { removeDatabaseFiles(temp) } }
        do {
            try FileManager.default.copyItem(atPath: backupPath, toPath: temp)
            // A raw copy of a database in WAL mode may need its -wal.
            if FileManager.default.fileExists(atPath: backupPath + "-wal") {
                try FileManager.default.copyItem(atPath: backupPath + "-wal", toPath: temp + "-wal")
            }
        } catch {
            throw copyError(error, target: temp)
        }

        let info = try inspect(temp, shownAs: backupPath)
        guard info.belongs(to: site) || (info.site == nil && acceptsUnmarked(info)) else {
            throw .wrongSite(
                path: backupPath, expected: site,
                found: info.site)
        }
        var carried: [String] = []
        var carryFailure: String?
        if !carrying.isEmpty, FileManager.default.fileExists(atPath: databasePath) {
            do { carried = try carryTables(carrying, from: databasePath, into: temp) } catch { carryFailure = describe(error) }
        }
        let floor = storedIncarnation(databasePath) ?? 0
        let newSite: SiteID
        let incarnation: UInt32
        do {
            let restored = try Replica(path: temp, site: site)
            newSite = try restored.beginIncarnation(reason: reason, above: floor)
            incarnation = restored.incarnation
            try translating(temp) { try restored.pool.close() }
        }
        do {
            try makeStandalone(temp)
            try synchronize(temp)
        } catch {
            throw copyError(error, target: temp)
        }

        var kept: String?
        if FileManager.default.fileExists(atPath: databasePath) {
            let keep = freeName(databasePath + ".before-restore")
            guard rename(databasePath, keep) == 0 else {
                throw .storage("cannot move \(databasePath) aside to \(keep): \(errnoText())")
            }
            for suffix in ["-wal", "-journal"] where FileManager.default.fileExists(atPath: databasePath + suffix) {
                _ = rename(databasePath + suffix, keep + suffix)
            }
            kept = keep
        }
        try? FileManager.default.removeItem(atPath: databasePath + "-shm")
        guard rename(temp, databasePath) == 0 else {
            let reason = errnoText()
            if let kept { _ = rename(kept, databasePath) }
            throw .storage("cannot move the restored database into place at \(databasePath): \(reason); the previous one is back")
        }
        swapped = true
        try? synchronize(folder)
        return RestoreOutcome(
            site: newSite, incarnation: incarnation, keptPath: kept, backup: info, carried: carried, carryFailure: carryFailure)
    }

    /// Refuses (`.inUse`) when another process has the database open: takes SQLite's
    /// exclusive lock (locking mode EXCLUSIVE, no wait) and releases it at once. A process
    /// that has the database open in WAL mode holds a shared lock on it as long as it keeps
    /// it open, and a killed process holds nothing, so a stale `ports.json` cannot fool it.
    static func ensureNotInUse(_ databasePath: String) throws(ReplicaError) {
        guard FileManager.default.fileExists(atPath: databasePath) else { return }
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE") }
        do {
            let probe = try DatabaseQueue(path: databasePath, configuration: configuration)
            try probe.inTransaction(.exclusive) { _ in .commit }
            try probe.close()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw .inUse(path: databasePath)
        } catch {
            // A damaged database is what a restore is for: it need not open.
            return
        }
    }

    /// Reads what the database at `path` holds; `shownAs` names it in errors.
    static func inspect(_ path: String, shownAs: String) throws(ReplicaError) -> BackupInfo {
        do {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.writeWithoutTransaction { db in
                let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
                guard check == ["ok"] else {
                    throw ReplicaError.notAReplica(path: shownAs, reason: "SQLite's check fails: \(check.prefix(3).joined(separator: "; "))")
                }
                for table in ["meta", "change", "version", "entity"] where try !db.tableExists(table) {
                    throw ReplicaError.notAReplica(path: shownAs, reason: "it has no \(table) table: not a node's or hub's database")
                }
                let meta = Dictionary(
                    try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { ($0[0] as String, $0[1] as String) },
                    uniquingKeysWith: { first, _ in first })
                let origins = Set(try Int64.fetchAll(db, sql: "SELECT origin FROM version").map { SiteID(UInt64(bitPattern: $0)) })
                return BackupInfo(
                    site: meta[backupSiteKey].flatMap { SiteID(hex: $0) }, takenAtMillis: meta[backupTakenKey].flatMap { Int64($0) },
                    incarnation: meta["incarnation"].flatMap { UInt32($0) } ?? 0, meta: meta, origins: origins,
                    entities: try Int.fetchOne(db, sql: "SELECT count(*) FROM entity") ?? 0)
            }
        } catch let error as ReplicaError {
            throw error
        } catch let error as DatabaseError {
            throw .notAReplica(path: shownAs, reason: describe(error))
        } catch {
            throw .notAReplica(path: shownAs, reason: String(describing: error))
        }
    }

    /// Replaces each of `tables` in the database at `target` with the table of `source`
    /// (its definition, indexes and rows), in one transaction; a table `source` lacks stays
    /// as it is. - Returns: the tables replaced.
    static func carryTables(_ tables: [String], from source: String, into target: String) throws -> [String] {
        let queue = try DatabaseQueue(path: target)
        defer { try? queue.close() }
        return try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS replaced", arguments: [source])
            defer { try? db.execute(sql: "DETACH DATABASE replaced") }
            var carried: [String] = []
            try db.inTransaction {
                for table in tables {
                    guard let create = try String.fetchOne(
                        db, sql: "SELECT sql FROM replaced.sqlite_master WHERE type = 'table' AND name = ?", arguments: [table])
                    else { continue }
                    let indexes = try String.fetchAll(
                        db, sql: "SELECT sql FROM replaced.sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                        arguments: [table])
                    let quoted = table.quotedDatabaseIdentifier
                    try db.execute(sql: "DROP TABLE IF EXISTS main.\(quoted)")
                    // Unqualified CREATE statements create in main.
                    try db.execute(sql: create)
                    for index in indexes { try db.execute(sql: index) }
                    try db.execute(sql: "INSERT INTO main.\(quoted) SELECT * FROM replaced.\(quoted)")
                    carried.append(table)
                }
                return .commit
            }
            return carried
        }
    }

    /// The incarnation stored in the database at `path`, if it opens.
    static func storedIncarnation(_ path: String) -> UInt32? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        defer { try? queue.close() }
        return try? queue.read { db in try readIncarnation(db) }
    }

    /// Checkpoints a database into its main file and leaves it in rollback-journal mode, so
    /// the one file is the whole database (it can be renamed without a `-wal`).
    static func makeStandalone(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
            guard mode?.lowercased() == "delete" else { throw ReplicaError.storage("\(path) stayed in journal mode \(mode ?? "?")") }
        }
        try queue.close()
    }

    // MARK: Resync

    /// What `adoptResync` did.
    public struct ResyncOutcome: Sendable, Equatable {
        /// Changes of the rebuilt replica (what the hub served).
        public var changesFromHub: Int
        /// Own changes the hub did not hold (numbered after `hubHeld`), kept from the
        /// replaced state.
        public var keptLocal: Int
        /// Entities after the resync.
        public var entities: Int
    }

    /// Replaces this replica's replicated state (change log, version vector, entities,
    /// quarantine, projections) with that of `freshPath`, a replica of the same site
    /// rebuilt from the hub, and keeps this replica's own changes the rebuilt log lacks:
    /// those the hub does not hold (for each own site, numbered after `hubHeld[site]`, 0
    /// when absent), and those it holds but serves only to other districts.
    ///
    /// Guarantees:
    /// - one transaction: readers see the old state or the new one; a local edit that
    ///   committed before is kept (it is an own change the hub does not hold), one that
    ///   comes during waits for the commit;
    /// - identity stays: meta (incarnation, district, name, session secret), peers and
    ///   acknowledgements, and every table a service keeps beside the replica (staff
    ///   accounts, the hub's enrolments) are not touched;
    /// - no sequence number is reissued: each own site's version is the higher of the
    ///   replaced one and the rebuilt one;
    /// - a kept change is merged into the rebuilt entity (merging a change twice changes
    ///   nothing); an entity the rebuilt replica lacks (created offline, or moved to another
    ///   district) keeps its replaced state.
    ///
    /// Blocks on SQLite (seconds for a district): call it from the sync daemon's thread.
    public func adoptResync(from freshPath: String, keepingOwnAfter hubHeld: [SiteID: UInt64]) throws(ReplicaError) -> ResyncOutcome {
        var outcome = ResyncOutcome(changesFromHub: 0, keptLocal: 0, entities: 0)
        var newest: Int64 = 0
        try translating(path) {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "ATTACH DATABASE ? AS fresh", arguments: [freshPath])
                defer { try? db.execute(sql: "DETACH DATABASE fresh") }
                try db.inTransaction(.immediate) {
                    try self.adoptResync(db, hubHeld: hubHeld, outcome: &outcome)
                    newest = try Int64.fetchOne(db, sql: "SELECT max(hlc) FROM change") ?? 0
                    return .commit
                }
            }
        }
        // Never stamp behind what the rebuilt log holds.
        let now = physicalMillis()
        clock.withLock { try? $0.observe(HLCTimestamp(rawValue: UInt64(bitPattern: newest)), physicalMillis: now) }
        return outcome
    }

    private func adoptResync(_ db: Database, hubHeld: [SiteID: UInt64], outcome: inout ResyncOutcome) throws {
        let own = (0...(try Self.readIncarnation(db))).map(baseSite.incarnation)
        var kept: [Change] = []
        var replacedVersion: [SiteID: (seq: Int64, hlc: Int64)] = [:]
        for site in own {
            if let row = try Row.fetchOne(db, sql: "SELECT seq, hlc FROM main.version WHERE origin = ?", arguments: [site.sqlValue]) {
                replacedVersion[site] = (row[0], row[1])
            }
            // Every own change the rebuilt log lacks: those the hub does not hold, and those it
            // holds but does not serve here (a transfer out of the district). Dropping the
            // latter would make the handshake's check of the hub's last change fail.
            let bodies = try Data.fetchAll(
                db, sql: """
                    SELECT body FROM main.change AS mine WHERE origin = ?
                    AND NOT EXISTS (SELECT 1 FROM fresh.change AS rebuilt WHERE rebuilt.origin = mine.origin AND rebuilt.seq = mine.seq)
                    ORDER BY seq
                    """, arguments: [site.sqlValue])
            for change in try bodies.map({ try Ioc_Sync_V1_Change(serializedBytes: $0).change() }) {
                kept.append(change)
                if change.seq > hubHeld[site] ?? 0 { outcome.keptLocal += 1 }
            }
        }
        var replacedStates: [EntityID: EntityState] = [:]
        for id in Set(kept.map(\.entityID)) { replacedStates[id] = try loadState(db, id) }

        try db.execute(sql: """
            DELETE FROM main.change;
            INSERT INTO main.change (origin, seq, hlc, scope, body) SELECT origin, seq, hlc, scope, body FROM fresh.change;
            DELETE FROM main.version;
            INSERT INTO main.version (origin, seq, hlc) SELECT origin, seq, hlc FROM fresh.version;
            DELETE FROM main.entity;
            INSERT INTO main.entity (id, type, scope, doc, state, conflicts, updated_hlc)
                SELECT id, type, scope, doc, state, conflicts, updated_hlc FROM fresh.entity;
            DELETE FROM main.quarantine;
            INSERT INTO main.quarantine (origin, seq, received_ms, reason, body)
                SELECT origin, seq, received_ms, reason, body FROM fresh.quarantine;
            """)
        outcome.changesFromHub = try Int.fetchOne(db, sql: "SELECT count(*) FROM main.change") ?? 0

        var states: [EntityID: (state: EntityState, previous: EntityState?, updated: HLCTimestamp)] = [:]
        var keptWhole = Set<EntityID>()
        for change in kept {
            try insertChange(db, change, body: try Ioc_Sync_V1_Change(change).serializedBytes())
            let id = change.entityID
            if states[id] == nil {
                if let rebuilt = try loadState(db, id) {
                    states[id] = (rebuilt, rebuilt, .zero)
                } else if let replaced = replacedStates[id] ?? nil {
                    // Not served here (created offline, or moved to another district): the
                    // replaced state already holds every change of it this replica made.
                    states[id] = (replaced, nil, .zero)
                    keptWhole.insert(id)
                } else {
                    states[id] = (EntityState(entityType: change.entityType, scope: change.scope), nil, .zero)
                }
            }
            if !keptWhole.contains(id) { states[id]!.state.apply(change) }
            states[id]!.updated = max(states[id]!.updated, change.hlc)
        }
        for (id, entry) in states { try saveState(db, id, entry.state, updated: entry.updated, previous: entry.previous) }

        for site in own {
            let rebuilt = try Row.fetchOne(db, sql: "SELECT seq, hlc FROM main.version WHERE origin = ?", arguments: [site.sqlValue])
                .map { (seq: $0[0] as Int64, hlc: $0[1] as Int64) }
            let best = [replacedVersion[site], rebuilt].compactMap { $0 }.max { $0.seq < $1.seq }
            guard let best else { continue }
            try db.execute(sql: "INSERT OR REPLACE INTO version (origin, seq, hlc) VALUES (?, ?, ?)", arguments: [site.sqlValue, best.seq, best.hlc])
        }

        for projection in projections { try Self.rebuild(projection, db) }
        outcome.entities = try Int.fetchOne(db, sql: "SELECT count(*) FROM entity") ?? 0
    }

    /// Removes a meta key (only while its value is `ifValue`, when given).
    /// - Returns: whether it was removed.
    @discardableResult
    public func removeMeta(_ key: String, ifValue value: String? = nil) throws(ReplicaError) -> Bool {
        try translating(path) {
            try pool.write { db in
                if let value {
                    try db.execute(sql: "DELETE FROM meta WHERE key = ? AND value = ?", arguments: [key, value])
                } else {
                    try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
                }
                return db.changesCount > 0
            }
        }
    }

    // MARK: Files

    /// Room left beyond a copy's size, for SQLite's journal and the file system.
    static let spaceMargin: Int64 = 1 << 20

    static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// `path`, or `path` with a UTC time suffix (and a counter) when that name is taken.
    static func freeName(_ path: String) -> String {
        guard FileManager.default.fileExists(atPath: path) else { return path }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let stamped = path + "-" + formatter.string(from: Date())
        var candidate = stamped
        var counter = 1
        while FileManager.default.fileExists(atPath: candidate) {
            counter += 1
            candidate = stamped + "-\(counter)"
        }
        return candidate
    }

    static func resolved(_ folder: String) -> String { URL(fileURLWithPath: folder).resolvingSymlinksInPath().path }

    static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    static func freeBytes(_ folder: String) -> Int64? {
        var info = statvfs()
        guard statvfs(folder, &info) == 0 else { return nil }
        return Int64(info.f_bavail) * Int64(info.f_frsize)
    }

    /// fsync of a file or folder: its content (or its entries) are on disk when it returns.
    static func synchronize(_ path: String) throws(ReplicaError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .storage("cannot open \(path) to sync it: \(errnoText())") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            if errno == ENOSPC { throw .diskFull(path: path) }
            throw .storage("fsync of \(path) failed: \(errnoText())")
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// A failure while writing a copy, in the operator's terms.
    static func copyError(_ error: any Error, target: String) -> ReplicaError {
        if let error = error as? ReplicaError { return error }
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_FULL { return .diskFull(path: target) }
            return .backupFailed(path: target, reason: .failed(describe(error)))
        }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain, nsError.code == Int(ENOSPC) { return .diskFull(path: target) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            underlying.code == Int(ENOSPC)
        {
            return .diskFull(path: target)
        }
        return .backupFailed(path: target, reason: .failed(nsError.localizedDescription))
    }
}
