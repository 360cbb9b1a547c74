import Foundation
import GRDB
import Identity
import Replica
import Synchronization

/// The nodes enrolled at the hub, kept in the hub's database beside the replica.
///
/// Guarantees: an enrolment written by another process (`ioc-hub enrol` while the hub
/// runs) is seen by the next request from that key; one removed by another process
/// (`ioc-hub certificates revoke`) is refused within `maxCacheAgeMillis`, and so is one
/// added (`ioc-hub enrol`) seen within it; lookups read the database at most once per
/// that period, whatever the keys asked about.
public final class EnrolmentBook: Sendable {
    private let replica: Replica
    private let cache = Mutex<(byKey: [PublicKey: Enrolment], loadedMillis: UInt64)>(([:], 0))
    public static let maxCacheAgeMillis: UInt64 = 1_000
    private let incarnations = Mutex<[PublicKey: UInt32]>([:])

    public init(replica: Replica) throws(ReplicaError) {
        self.replica = replica
        try replica.withDatabase { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS enrolment (
                    public_key BLOB PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL UNIQUE,
                    district TEXT NOT NULL,
                    enrolled_ms INTEGER NOT NULL
                ) WITHOUT ROWID
                """)
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS node_incarnation (
                    public_key BLOB PRIMARY KEY NOT NULL,
                    highest INTEGER NOT NULL
                ) WITHOUT ROWID
                """)
        }
        try reload()
    }

    /// Records that `key` spoke as incarnation `number`, and returns the highest it ever
    /// did (a node put back to an older copy learns it in the Welcome and continues from
    /// it). Writes only when the number rises: once per incarnation of a node.
    public func noteIncarnation(_ key: PublicKey, _ number: UInt32) throws(ReplicaError) -> UInt32 {
        if let known = incarnations.withLock({ $0[key] }), known >= number { return known }
        let highest = try replica.withDatabase { db -> UInt32 in
            try db.execute(
                sql: """
                    INSERT INTO node_incarnation (public_key, highest) VALUES (?, ?)
                    ON CONFLICT (public_key) DO UPDATE SET highest = max(highest, excluded.highest)
                    """, arguments: [Data(key.rawRepresentation), Int64(number)])
            return UInt32(try Int64.fetchOne(db, sql: "SELECT highest FROM node_incarnation WHERE public_key = ?", arguments: [Data(key.rawRepresentation)]) ?? 0)
        }
        incarnations.withLock { $0[key] = highest }
        return highest
    }

    /// Enrols `key` for `district` under `name`, replacing an earlier enrolment of the same
    /// name (a node that got a new key). Idempotent.
    public func enrol(_ key: PublicKey, name: String, district: String) throws(ReplicaError) -> Enrolment {
        let enrolment = Enrolment(publicKey: key, name: name, district: district, enrolledAtMillis: Int64(Replica.systemMillis()))
        try replica.withDatabase { db in
            try db.execute(sql: "DELETE FROM enrolment WHERE name = ? OR public_key = ?", arguments: [name, Data(key.rawRepresentation)])
            try db.execute(
                sql: "INSERT INTO enrolment (public_key, name, district, enrolled_ms) VALUES (?, ?, ?, ?)",
                arguments: [Data(key.rawRepresentation), name, district, enrolment.enrolledAtMillis])
        }
        try reload()
        return enrolment
    }

    /// Removes the enrolment of `name` (a stolen or retired node); returns whether there was one.
    /// A hub that runs refuses its key from its next `refresh()` on.
    @discardableResult
    public func remove(name: String) throws(ReplicaError) -> Bool {
        let removed = try replica.withDatabase { db in
            try db.execute(sql: "DELETE FROM enrolment WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
        try reload()
        return removed
    }

    /// Re-reads the table, so enrolments removed by another process (`ioc-hub
    /// certificates revoke`) stop being accepted.
    public func refresh() { try? reload() }

    /// The enrolment of `key`, re-reading the table once before answering "unknown".
    public func lookup(_ key: PublicKey) -> Enrolment? {
        let now = Replica.systemMillis()
        let (known, age) = cache.withLock { ($0.byKey[key], now &- $0.loadedMillis) }
        // Unknown keys are answered from the cache too while it is fresh: a flood of
        // strangers costs one read a second, never the write lock.
        if age < Self.maxCacheAgeMillis { return known }
        try? reload()
        return cache.withLock { $0.byKey[key] }
    }

    public func all() -> [Enrolment] {
        try? reload()
        return cache.withLock { Array($0.byKey.values) }.sorted { $0.name < $1.name }
    }

    private func reload() throws(ReplicaError) {
        let rows = try replica.withReadOnlyDatabase { db in
            try Row.fetchAll(db, sql: "SELECT public_key, name, district, enrolled_ms FROM enrolment").map { row in
                (row[0] as Data, row[1] as String, row[2] as String, row[3] as Int64)
            }
        }
        var fresh: [PublicKey: Enrolment] = [:]
        for (raw, name, district, at) in rows {
            guard let key = try? PublicKey(rawRepresentation: Array(raw)) else { continue }
            fresh[key] = Enrolment(publicKey: key, name: name, district: district, enrolledAtMillis: at)
        }
        let now = Replica.systemMillis()
        cache.withLock { $0 = (fresh, now) }
    }
}
