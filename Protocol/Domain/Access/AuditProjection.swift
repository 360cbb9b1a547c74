import CRDT
import Foundation
import GRDB
import Replica

/// The audit log's table (`audit_log`), one row per entry, indexed for the administrators'
/// filters by time, account, action and address.
///
/// Guarantees: maintained in the transaction that stores an entry, local or synced, so the
/// table holds exactly the entries the replica holds.
public struct AuditProjection: ReplicaProjection {
    public let name = "audit"
    public let version = 1

    public init() {}

    public func prepare(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS audit_log (
                id BLOB PRIMARY KEY NOT NULL,
                at_ms INTEGER NOT NULL,
                site TEXT NOT NULL,
                account TEXT NOT NULL,
                roles TEXT NOT NULL,
                address TEXT NOT NULL,
                action TEXT NOT NULL,
                request TEXT NOT NULL,
                status INTEGER NOT NULL,
                refused INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at_ms);
            CREATE INDEX IF NOT EXISTS audit_log_account ON audit_log (account, at_ms);
            CREATE INDEX IF NOT EXISTS audit_log_action ON audit_log (action, at_ms);
            CREATE INDEX IF NOT EXISTS audit_log_address ON audit_log (address, at_ms);
            """)
    }

    public func reset(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM audit_log")
    }

    public func entityDidChange(_ db: Database, _ entity: ProjectedEntity) throws {
        guard entity.type == AuditLog.entityType else { return }
        guard let entry = AuditLog.decode(entity.document, id: entity.id, site: entity.scope) else {
            try db.cachedStatement(sql: "DELETE FROM audit_log WHERE id = ?").execute(arguments: [Data(entity.id.bytes)])
            return
        }
        try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO audit_log (id, at_ms, site, account, roles, address, action, request, status, refused)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                Data(entity.id.bytes), entry.atMillis, entry.site, entry.account, entry.roles.joined(separator: ","), entry.address,
                entry.action.rawValue, entry.request, entry.status, entry.refused,
            ])
    }
}
