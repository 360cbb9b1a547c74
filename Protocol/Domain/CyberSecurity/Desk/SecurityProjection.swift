import CRDT
import GRDB
import Replica

/// Query tables of the cyber-security service, derived from replicated entities in the
/// transaction that changes them (see `ReplicaProjection`): one row per alert with the
/// columns lists filter on and its whole document, and the hourly counts by band.
public struct SecurityProjection: ReplicaProjection {
    public let name = "security"
    public let version = 1

    public init() {}

    public func prepare(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS security_alert (
                id TEXT PRIMARY KEY NOT NULL, unit TEXT NOT NULL, key TEXT NOT NULL, host TEXT NOT NULL, band INTEGER NOT NULL,
                status TEXT NOT NULL, first_ms INTEGER NOT NULL, last_ms INTEGER NOT NULL, doc TEXT NOT NULL) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS security_alert_last ON security_alert (last_ms);
            CREATE INDEX IF NOT EXISTS security_alert_host ON security_alert (host);
            CREATE TABLE IF NOT EXISTS security_hour (
                unit TEXT NOT NULL, hour_ms INTEGER NOT NULL, low INTEGER NOT NULL, medium INTEGER NOT NULL, high INTEGER NOT NULL,
                critical INTEGER NOT NULL, PRIMARY KEY (unit, hour_ms)) WITHOUT ROWID;
            """)
    }

    public func reset(_ db: Database) throws {
        try db.execute(sql: "DROP TABLE IF EXISTS security_alert; DROP TABLE IF EXISTS security_hour;")
        try prepare(db)
    }

    public func entityDidChange(_ db: Database, _ entity: ProjectedEntity) throws {
        switch entity.type {
        case SecurityDesk.alertType:
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO security_alert (id, unit, key, host, band, status, first_ms, last_ms, doc)
                    SELECT ?1, json_extract(?2, '$.unit'), json_extract(?2, '$.key'), json_extract(?2, '$.host'), json_extract(?2, '$.band'),
                        json_extract(?2, '$.status'), json_extract(?2, '$.first_ms'), json_extract(?2, '$.last_ms'), ?2
                    WHERE json_extract(?2, '$.key') IS NOT NULL
                    """, arguments: [entity.id.description, entity.document])
        case SecurityDesk.hourType:
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO security_hour (unit, hour_ms, low, medium, high, critical)
                    SELECT json_extract(?1, '$.unit'), json_extract(?1, '$.hour_ms'), ifnull(json_extract(?1, '$.low'), 0),
                        ifnull(json_extract(?1, '$.medium'), 0), ifnull(json_extract(?1, '$.high'), 0), ifnull(json_extract(?1, '$.critical'), 0)
                    WHERE json_extract(?1, '$.hour_ms') IS NOT NULL
                    """, arguments: [entity.document])
        default: break
        }
    }
}
