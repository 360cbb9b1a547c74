import ArgumentParser
import CRDT
import Foundation
import HubKit
import Identity
import Replica
import StaffUI

#if canImport(Glibc)
    import Glibc
#endif

/// `ioc-hub backup FILE`: a consistent copy of the live database, also while the hub serves.
struct HubBackup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Sao lưu — copy the hub's database to FILE, also while the hub serves.",
        discussion: """
            The copy is one consistent state of the database (SQLite's online backup), taken while \
            `ioc-hub serve` keeps answering nodes; it is written to a temporary file beside FILE, \
            checked, synced to disk and renamed, so FILE is never half written. It holds every \
            district's replica, the enrolments, certificates issued and staff accounts; photos \
            (attachments/), the key (hub.key) and the certificate authority (tls/) are separate \
            files: keep a copy of hub.key and tls/ once, somewhere safe.
              ioc-hub backup --data ./data/hub /mnt/backup/hub-$(date +%F).sqlite
            Put it back with `ioc-hub restore` (hub stopped).
            """)
    @OptionGroup var data: HubDataOption
    @Argument(help: "Where to write the copy (a new file in an existing folder).") var file: String
    @Flag(help: "Replace FILE if it exists (the old file stays whole until the new copy is complete).") var replace = false

    func run() async throws {
        let configuration = HubConfiguration(dataDirectory: data.data)
        guard FileManager.default.fileExists(atPath: configuration.databasePath), FileManager.default.fileExists(atPath: configuration.keyPath) else {
            throw ValidationError(Localizer.bilingual { $0.noHub(at: data.data) })
        }
        let key = try SigningKey.loadOrCreate(at: configuration.keyPath)
        let replica = try Replica(path: configuration.databasePath, site: SiteID(key.publicKey.siteID))
        var progress = BackupProgressLine { reading in Localizer.bilingual { $0.backupProgress(reading) } }
        let outcome = try replica.backup(to: file, replacing: replace) { progress.show($0) }
        print(Localizer.bilingual { $0.backedUp(what: "hub", to: outcome.path, kibibytes: outcome.bytes / 1024, pages: outcome.pages, site: replica.baseSite) })
    }
}

/// `ioc-hub restore FILE`: a backup in place of the stopped hub's database, as a new incarnation.
struct HubRestore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Khôi phục — put a backup in place of the hub's database (stop the hub first).",
        discussion: """
            Refuses while any process has the database open (`ioc-hub serve` or another command): it \
            needs SQLite's exclusive lock on it, which a running hub never gives up. Checks that FILE \
            is a sound replica database of this hub (the site of hub.key in the data folder), keeps \
            the replaced database as hub.sqlite.before-restore, and starts a new incarnation of the \
            hub's site at once, so the hub never issues a change number twice (nodes take province \
            data from every incarnation of the hub). Enrolments, certificates (revocations stay) \
            and staff accounts are taken from the replaced database when it opens. \
            Then start the hub: each node sends again, at its next sync, what the backup lacks of \
            its own changes. Reference data the hub changed after the backup is not recovered at \
            the hub (nodes that received it keep it): make it again if needed.
              ioc-hub restore --data ./data/hub /mnt/backup/hub-2025-05-01.sqlite
            """)
    @OptionGroup var data: HubDataOption
    @Argument(help: "The backup to restore (from `ioc-hub backup`, or a copy of hub.sqlite).") var file: String

    func run() async throws {
        let configuration = HubConfiguration(dataDirectory: data.data)
        guard FileManager.default.fileExists(atPath: configuration.keyPath) else {
            throw ValidationError(Localizer.bilingual { $0.noKey(at: configuration.keyPath, folder: data.data) })
        }
        let key = try SigningKey.loadOrCreate(at: configuration.keyPath)
        let outcome = try Replica.restore(
            from: file, over: configuration.databasePath, site: SiteID(key.publicKey.siteID), reason: "ioc-hub restore \(file)",
            carrying: ["enrolment", "node_certificate", "staff"])
        let taken = outcome.backup.takenAtMillis.map { ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double($0) / 1000)) }
        print(Localizer.bilingual { $0.restored(file, takenAt: taken, records: outcome.backup.entities, into: configuration.databasePath) })
        print("  new incarnation \(outcome.incarnation) (site \(outcome.site)): numbers issued after the backup are never reused")
        if let kept = outcome.keptPath { print("  the replaced database is kept as \(kept)") }
        if !outcome.carried.isEmpty { print("  kept from the replaced database: \(outcome.carried.joined(separator: ", "))") }
        if let failure = outcome.carryFailure {
            print("  the replaced database did not open (\(failure)): enrolments, certificates and staff accounts are the backup's; "
                + "check `ioc-hub enrolments` and revoke again any certificate revoked since the backup")
        }
        print("next: start the hub; each node sends again what the backup lacks of its changes.")
    }
}
