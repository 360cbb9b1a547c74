import ArgumentParser
import CRDT
import Foundation
import Identity
import NodeKit
import Replica
import StaffUI
import SyncSession

#if canImport(Glibc)
    import Glibc
#endif

/// `ioc-node backup FILE`: a consistent copy of the live database, also while the node serves.
struct NodeBackup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Sao lưu — copy the node's database to FILE, also while the node serves.",
        discussion: """
            The copy is one consistent state of the database (SQLite's online backup), taken while \
            `ioc-node serve` keeps working; it is written to a temporary file beside FILE, checked, \
            synced to disk and renamed, so FILE is never half written. It holds the replica, the \
            staff accounts and the sync state; photos (attachments/) and the key (node.key) are \
            separate files: keep a copy of node.key once, somewhere safe.
              ioc-node backup --data ./data/ea-kar /mnt/backup/ea-kar-$(date +%F).sqlite
            Put it back with `ioc-node restore` (node stopped).
            """)
    @OptionGroup var data: DataOption
    @Argument(help: "Where to write the copy (a new file in an existing folder).") var file: String
    @Flag(help: "Replace FILE if it exists (the old file stays whole until the new copy is complete).") var replace = false

    func run() async throws {
        let (configuration, replica) = try IOCNode.open(data)
        var progress = BackupProgressLine { reading in Localizer.bilingual { $0.backupProgress(reading) } }
        let outcome = try replica.backup(to: file, replacing: replace) { progress.show($0) }
        let what = "\(configuration.name) (\(configuration.district))"
        print(Localizer.bilingual { $0.backedUp(what: what, to: outcome.path, kibibytes: outcome.bytes / 1024, pages: outcome.pages, site: replica.baseSite) })
    }
}

/// `ioc-node restore FILE`: a backup in place of the stopped node's database, as a new incarnation.
struct NodeRestore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Khôi phục — put a backup in place of the node's database (stop the node first).",
        discussion: """
            Refuses while any process has the database open (`ioc-node serve` or another command): \
            it needs SQLite's exclusive lock on it, which a running node never gives up. Checks that \
            FILE is a sound replica database of this node (the site of node.key in the data folder), \
            keeps the replaced database as node.sqlite.before-restore, and starts a new incarnation \
            at once, so the restored node never issues a change number twice. Staff accounts are \
            taken from the replaced database when it opens (they are newer than the backup's). \
            Then start the node: at its first sync it gets back from the hub whatever the backup \
            lacks, and sends what it wrote since; nothing either side wrote is lost.
              ioc-node restore --data ./data/ea-kar /mnt/backup/ea-kar-2025-05-01.sqlite
            """)
    @OptionGroup var data: DataOption
    @Argument(help: "The backup to restore (from `ioc-node backup`, or a copy of node.sqlite).") var file: String

    func run() async throws {
        let keyPath = data.data + "/node.key"
        guard FileManager.default.fileExists(atPath: keyPath) else {
            throw ValidationError(Localizer.bilingual { $0.noKey(at: keyPath, folder: data.data) })
        }
        let key = try SigningKey.loadOrCreate(at: keyPath)
        let databasePath = data.data + "/node.sqlite"
        let outcome = try Replica.restore(
            from: file, over: databasePath, site: SiteID(key.publicKey.siteID), reason: "ioc-node restore \(file)", carrying: ["staff"])
        let taken = outcome.backup.takenAtMillis.map { ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double($0) / 1000)) }
        print(Localizer.bilingual { $0.restored(file, takenAt: taken, records: outcome.backup.entities, into: databasePath) })
        print("  new incarnation \(outcome.incarnation) (site \(outcome.site)): numbers issued after the backup are never reused")
        if let kept = outcome.keptPath { print("  the replaced database is kept as \(kept)") }
        if outcome.carried.contains("staff") { print("  staff accounts: kept from the replaced database") }
        if let failure = outcome.carryFailure { print("  staff accounts: the backup's (the replaced database did not open: \(failure))") }
        print("next: start the node; at its first sync it takes back from the hub what the backup lacks.")
    }
}

/// `ioc-node resync`: ask the sync daemon to rebuild the replica from the hub.
struct NodeResync: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resync",
        abstract: "Đồng bộ lại — rebuild the node's replica from the hub, keeping the edits the hub does not have yet.",
        discussion: """
            Records a request in the node's database; works whether the node runs or not. The node's \
            sync daemon performs it at its next round with the hub (within seconds while it runs and \
            the hub is reachable; otherwise at the first round after `ioc-node serve`): it pulls \
            everything of the district and the province from the hub into a fresh file beside the \
            database (node.sqlite.resync), then swaps the replicated state in, in one transaction, \
            keeping every local change the hub does not hold (sent right after). The node keeps \
            serving meanwhile; its key, site, incarnation, district, name, staff accounts and photos \
            stay. Follow it in GET /api/v1/sync (`resync`: state requested, pulling, replacing, done \
            or failed; pulled, estimated, kept_local) and in the log. A resync cut short resumes \
            at the next round.
              ioc-node resync --data ./data/ea-kar
            """)
    @OptionGroup var data: DataOption
    @Flag(help: "Withdraw a request the node has not performed yet.") var cancel = false

    func run() async throws {
        let (configuration, replica) = try IOCNode.open(data)
        if cancel {
            let withdrawn = try Resync.cancel(on: replica)
            print(Localizer.bilingual { withdrawn ? $0.resyncWithdrawn : $0.noResyncPending })
            return
        }
        try Resync.request(on: replica)
        let pending = try replica.unacknowledged(by: SyncDaemon.hubPeer)
        print(Localizer.bilingual { $0.resyncRequested(name: configuration.name, district: configuration.district) })
        print("  the running node performs it at its next sync round; a stopped one after `ioc-node serve`")
        print("  local changes the hub has not acknowledged: \(pending); they are kept")
        print("  progress: GET /api/v1/sync (`resync`) and the node's log")
        if let last = try replica.meta(Resync.lastKey) { print("  last resync: \(last)") }
    }
}
