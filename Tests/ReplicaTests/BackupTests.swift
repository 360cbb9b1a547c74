import CRDT
import Foundation
import GRDB
import Replica
import Synchronization
import Testing
import Wire

/// Backup, restore, a new incarnation on demand, and adopting a state rebuilt from the hub
/// (issue 10 point 9), on replicas in a temporary folder.
@Suite struct BackupTests {
    let fixture: ReplicaFixture
    init() throws { fixture = try ReplicaFixture() }

    /// Records of some size (a few hundred make a database of many pages). - Returns: their ids.
    @discardableResult
    private func fill(_ replica: Replica, count: Int = 200, from start: Int = 0) throws -> [EntityID] {
        try (start..<(start + count)).map { index in
            let id = EntityID.make(millis: UInt64(index))
            try replica.assign(id, "note", "\"\(index) \(String(repeating: "ghi chú ", count: 40))\"")
            return id
        }
    }

    @Test func aBackupTakenWhileAnotherThreadCommitsIsExactlyTheStateAtItsStartInOneSelfContainedFile() throws {
        let replica = try fixture.replica("node", site: 1)
        let ids = try fill(replica)
        let atStart = try replica.stateDigest()
        let target = fixture.folder + "/copy.sqlite"

        var steps = 0
        var wroteDuring = false
        let outcome = try replica.backup(to: target, pagesPerStep: 1) { _ in
            steps += 1
            guard !wroteDuring else { return }
            wroteDuring = true
            // Between two steps of the copy, another thread commits two edits and returns.
            let done = DispatchSemaphore(value: 0)
            let failure = Mutex<String?>(nil)
            let writer = Thread {
                do {
                    try replica.assign(EntityID.make(millis: 9_001), "note", "\"during the backup\"")
                    try replica.assign(ids[7], "note", "\"changed during the backup\"")
                } catch {
                    failure.withLock { $0 = "\(error)" }
                }
                done.signal()
            }
            writer.start()
            done.wait()
            #expect(failure.withLock { $0 } == nil)
        }
        #expect(wroteDuring && steps > 10, "the copy went in many steps (\(steps))")
        #expect(outcome.pages > 10 && outcome.bytes > 0)
        let afterwards = try replica.stateDigest()
        #expect(afterwards != atStart, "the writes during the backup committed")

        // One file in rollback-journal mode (header bytes 18–19 are 1), nothing beside it.
        let header = try [UInt8](Data(contentsOf: URL(fileURLWithPath: target)).prefix(20))
        #expect(header[18] == 1 && header[19] == 1)
        let left = try FileManager.default.contentsOfDirectory(atPath: fixture.folder).filter { $0.contains("copy") }
        #expect(left == ["copy.sqlite"], "no temporary or -wal file left: \(left)")

        let copy = try Replica(path: target, site: SiteID(1))
        #expect(try copy.stateDigest() == atStart, "the copy holds the state at its start, without the writes made during it")
        #expect(try copy.meta(Replica.backupSiteKey) == SiteID(1).description)
        #expect(try copy.meta(Replica.backupTakenKey).flatMap { Int64($0) } != nil)
        #expect(try replica.meta(Replica.backupSiteKey) == nil, "the live database is not marked")
    }

    @Test func aBackupRefusesAMissingFolderAnExistingFileAndTheLiveDatabaseAndReplacesOnlyWhenAsked() throws {
        let replica = try fixture.replica("node", site: 1)
        try fill(replica, count: 5)
        func refusal(_ target: String, replacing: Bool = false) -> ReplicaError? {
            do {
                try replica.backup(to: target, replacing: replacing)
                return nil
            } catch { return error }
        }
        guard case .backupFailed = refusal(fixture.folder + "/no-such-folder/copy.sqlite") else {
            Issue.record("a missing folder must be refused")
            return
        }
        guard case .backupFailed = refusal(replica.path, replacing: true) else {
            Issue.record("the live database must be refused")
            return
        }
        guard case .backupFailed = refusal(replica.path + "-wal", replacing: true) else {
            Issue.record("the live database's WAL must be refused")
            return
        }
        let target = fixture.folder + "/copy.sqlite"
        try replica.backup(to: target)
        guard case .backupFailed = refusal(target) else {
            Issue.record("an existing file is replaced only when asked")
            return
        }
        try fill(replica, count: 5, from: 100)
        try replica.backup(to: target, replacing: true)
        #expect(try Replica(path: target, site: SiteID(1)).stateDigest() == replica.stateDigest())
    }

    @Test func beginIncarnationMakesTheNextWriteComeFromTheNextIncarnationWithSequenceNumberOne() throws {
        let replica = try fixture.replica("node", site: 1)
        try fill(replica, count: 3)
        #expect(replica.incarnation == 0)
        let site = try replica.beginIncarnation(reason: "restored from a backup")
        #expect(site == SiteID(1).incarnation(1) && replica.site == site && replica.incarnation == 1)
        #expect(replica.ownSites == [SiteID(1), SiteID(1).incarnation(1)])
        let next = try replica.assign(EntityID.make(millis: 1), "status", "\"closed\"")
        #expect(next.origin == SiteID(1).incarnation(1) && next.seq == 1)
        #expect(try replica.meta("incarnation.reason") == "1: restored from a backup")

        // Above a floor (the replaced database's incarnation), and durable across a reopen.
        #expect(try replica.beginIncarnation(reason: "again", above: 5) == SiteID(1).incarnation(6))
        let reopened = try Replica(path: replica.path, site: SiteID(1))
        #expect(reopened.incarnation == 6)
        #expect(try reopened.assign(EntityID.make(millis: 2), "status", "\"closed\"").seq == 1)
    }

    @Test func restoreRefusesWhileTheDatabaseIsOpenChecksTheSiteAndStartsANewIncarnationAboveTheReplacedOne() throws {
        let live = fixture.folder + "/node.sqlite"
        let backup = fixture.folder + "/backup.sqlite"
        var restoredDigest = ""
        do {
            let replica = try Replica(path: live, site: SiteID(1))
            try fill(replica, count: 3)
            try replica.withDatabase { db in
                try db.execute(sql: "CREATE TABLE staff (user TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL) WITHOUT ROWID")
                try db.execute(sql: "INSERT INTO staff VALUES ('an', 'An')")
            }
            try replica.backup(to: backup)
            restoredDigest = try replica.stateDigest().digest
            try fill(replica, count: 2, from: 50)
            try replica.beginIncarnation(reason: "a clock put right")
            try replica.assign(EntityID.make(millis: 60), "note", "\"after\"")
            try replica.withDatabase { db in try db.execute(sql: "INSERT INTO staff VALUES ('binh', 'Bình')") }

            // Open here (another connection holds it): refused, nothing changed.
            do {
                _ = try Replica.restore(from: backup, over: live, site: SiteID(1), reason: "test")
                Issue.record("a restore over a database in use must be refused")
            } catch {
                guard case .inUse = error else { Issue.record("expected inUse, got \(error)"); return }
            }
        }

        // Another site's database, and a file that is no database, are refused.
        do {
            _ = try Replica.restore(from: backup, over: fixture.folder + "/other.sqlite", site: SiteID(2), reason: "test")
            Issue.record("another site's backup must be refused")
        } catch {
            guard case .wrongSite = error else { Issue.record("expected wrongSite, got \(error)"); return }
        }
        let junk = fixture.folder + "/junk.sqlite"
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: junk))
        do {
            _ = try Replica.restore(from: junk, over: live, site: SiteID(1), reason: "test")
            Issue.record("a file that is no database must be refused")
        } catch {
            guard case .notAReplica = error else { Issue.record("expected notAReplica, got \(error)"); return }
        }

        let outcome = try Replica.restore(from: backup, over: live, site: SiteID(1), reason: "test", carrying: ["staff"])
        // The replaced database had reached incarnation 1: the restored one continues above it.
        #expect(outcome.incarnation == 2 && outcome.site == SiteID(1).incarnation(2))
        #expect(outcome.keptPath == live + ".before-restore")
        #expect(outcome.carried == ["staff"])
        #expect(outcome.backup.site == SiteID(1) && outcome.backup.entities == 3)

        let restored = try Replica(path: live, site: SiteID(1))
        #expect(restored.incarnation == 2)
        #expect(try restored.stateDigest().digest == restoredDigest)
        let next = try restored.assign(EntityID.make(millis: 70), "note", "\"after the restore\"")
        #expect(next.origin == SiteID(1).incarnation(2) && next.seq == 1)
        let users = try restored.withDatabase { db in try String.fetchAll(db, sql: "SELECT user FROM staff ORDER BY user") }
        #expect(users == ["an", "binh"], "staff accounts come from the replaced database")

        let kept = try Replica(path: live + ".before-restore", site: SiteID(1))
        #expect(kept.incarnation == 1)
        #expect(try kept.stateDigest().entities == 6)
        #expect(FileManager.default.fileExists(atPath: backup), "the backup stays")
        #expect(!FileManager.default.fileExists(atPath: live + ".restoring"))
    }

    @Test func adoptingAStateRebuiltFromTheHubBringsBackWhatWasLostAndKeepsOwnChangesTheHubLacks() async throws {
        let hub = try fixture.replica("hub", site: 9)
        let node = try fixture.replica("node", site: 1)
        try node.setMeta("district", "651")
        try await node.withDatabase { db in
            try db.execute(sql: "CREATE TABLE staff (user TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID")
            try db.execute(sql: "INSERT INTO staff VALUES ('can-bo')")
        }
        let province = EntityID.make(millis: 500)
        try await hub.write(entity: province, type: "category", scope: "province", edits: [.assign("name", json: "\"Xả rác\"")], author: "hub")
        let ids = (0..<4).map { EntityID.make(millis: UInt64($0)) }
        for id in ids { try node.assign(id, "status", "\"received\"") }
        // The node's last change the hub holds moves a record to another district: the hub
        // never serves it back here.
        try await node.transfer(entity: ids[3], to: "652", edits: [], author: "test")
        try hub.apply(try node.allOwnChanges(), contiguous: true)
        let everything = try hub.changes(forScopes: ["651", "province"], has: VersionVector(), maxBytes: .max)
        try node.apply(try everything.changes.map { try $0.change() }, through: everything.through, contiguous: false)
        #expect(try await node.stateDigest() == hub.stateDigest())

        // Two edits the hub does not have yet; then the node loses a record (damage).
        try node.assign(ids[1], "status", "\"assigned\"")
        try node.assign(EntityID.make(millis: 100), "status", "\"received\"")
        try await node.withDatabase { db in try db.execute(sql: "DELETE FROM entity WHERE id = ?", arguments: [Data(ids[2].bytes)]) }
        #expect(try await node.entity(ids[2]) == nil)

        let freshPath = fixture.folder + "/fresh.sqlite"
        do {
            let fresh = try Replica(path: freshPath, site: SiteID(1))
            let served = try hub.changes(forScopes: ["651", "province"], has: VersionVector(), maxBytes: .max)
            try fresh.apply(try served.changes.map { try $0.change() }, through: served.through, contiguous: false)
        }
        let outcome = try node.adoptResync(from: freshPath, keepingOwnAfter: [SiteID(1): 5])
        #expect(outcome.keptLocal == 2 && outcome.changesFromHub == 5)
        #expect(try node.stamp(of: SiteID(1), seq: 5) == hub.stamp(of: SiteID(1), seq: 5), "the transfer the hub holds stays in the log")
        #expect(try await node.entity(ids[3])?.scope == "652")
        #expect(try await node.entity(ids[2]) != nil, "the lost record is back")
        #expect(try await node.entity(ids[1])?.document == #"{"status":"assigned"}"#, "the edit the hub lacked is kept")
        #expect(try node.unacknowledged(by: "hub") == 7, "no acknowledgement was invented")
        #expect(try node.meta("district") == "651")
        #expect(try await node.withDatabase { db in try String.fetchAll(db, sql: "SELECT user FROM staff") } == ["can-bo"])

        // Its numbering continues; after the push both ends are identical.
        #expect(try node.assign(EntityID.make(millis: 101), "status", "\"received\"").seq == 8)
        try hub.apply(try node.allOwnChanges().filter { $0.seq > 5 }, contiguous: true)
        #expect(try await node.stateDigest() == hub.stateDigest())
    }
}
