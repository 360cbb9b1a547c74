import CRDT
import GRDB
import Replica

/// Query tables of the cyber-security service, derived from replicated entities in the
/// transaction that changes them (see `ReplicaProjection`): one row per alert with the
/// columns lists filter on and its whole document, the hourly counts by band; the monitored
/// sites, what each vantage point last reported of them, their hourly probe counts, pages,
/// baselines and incidents.
public struct SecurityProjection: ReplicaProjection {
    public let name = "security"
    public let version = 3

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
            CREATE TABLE IF NOT EXISTS security_site (code TEXT PRIMARY KEY NOT NULL, owner TEXT NOT NULL, retired INTEGER NOT NULL, doc TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS security_vantage (
                site TEXT NOT NULL, vantage TEXT NOT NULL, state TEXT NOT NULL, checked_ms INTEGER NOT NULL, doc TEXT NOT NULL,
                PRIMARY KEY (site, vantage)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS security_probe_hour (
                site TEXT NOT NULL, vantage TEXT NOT NULL, hour_ms INTEGER NOT NULL, checks INTEGER NOT NULL, failed INTEGER NOT NULL,
                degraded INTEGER NOT NULL, millis INTEGER NOT NULL, PRIMARY KEY (site, hour_ms, vantage)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS security_page (site TEXT PRIMARY KEY NOT NULL, hash TEXT NOT NULL, seen_ms INTEGER NOT NULL, fingerprint TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS security_baseline (
                site TEXT PRIMARY KEY NOT NULL, hash TEXT NOT NULL, approved_ms INTEGER NOT NULL, approved_by TEXT NOT NULL, fingerprint TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS security_incident (
                id TEXT PRIMARY KEY NOT NULL, site TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, start_ms INTEGER NOT NULL, end_ms INTEGER,
                opened_by TEXT NOT NULL, doc TEXT NOT NULL) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS security_incident_site ON security_incident (site, start_ms);
            CREATE TABLE IF NOT EXISTS security_traffic (
                site TEXT NOT NULL, hour_ms INTEGER NOT NULL, requests INTEGER NOT NULL, client_errors INTEGER NOT NULL, server_errors INTEGER NOT NULL,
                bytes INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (site, hour_ms)) WITHOUT ROWID;
            """)
    }

    public func reset(_ db: Database) throws {
        try db.execute(sql: """
            DROP TABLE IF EXISTS security_alert; DROP TABLE IF EXISTS security_hour; DROP TABLE IF EXISTS security_site;
            DROP TABLE IF EXISTS security_vantage; DROP TABLE IF EXISTS security_probe_hour; DROP TABLE IF EXISTS security_page;
            DROP TABLE IF EXISTS security_baseline; DROP TABLE IF EXISTS security_incident; DROP TABLE IF EXISTS security_traffic;
            """)
        try prepare(db)
    }

    public func entityDidChange(_ db: Database, _ entity: ProjectedEntity) throws {
        switch entity.type {
        case SecurityDesk.alertType:
            if let row = AlertRow(entity.state) {
                try db.cachedStatement(sql: """
                        INSERT INTO security_alert (id, unit, key, host, band, status, first_ms, last_ms, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET band = excluded.band, status = excluded.status, first_ms = excluded.first_ms,
                            last_ms = excluded.last_ms, doc = excluded.doc
                        """).execute(arguments: [entity.id.description, row.unit, row.key, row.host, row.band, row.status, row.first, row.last, entity.document])
                return
            }
            try db.cachedStatement(sql: """
                    INSERT INTO security_alert (id, unit, key, host, band, status, first_ms, last_ms, doc)
                    SELECT ?1, json_extract(?2, '$.unit'), json_extract(?2, '$.key'), json_extract(?2, '$.host'), json_extract(?2, '$.band'),
                        json_extract(?2, '$.status'), json_extract(?2, '$.first_ms'), json_extract(?2, '$.last_ms'), ?2
                    WHERE json_extract(?2, '$.key') IS NOT NULL
                    ON CONFLICT (id) DO UPDATE SET band = excluded.band, status = excluded.status, first_ms = excluded.first_ms,
                        last_ms = excluded.last_ms, doc = excluded.doc
                    """).execute(arguments: [entity.id.description, entity.document])
        case SecurityDesk.hourType:
            try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO security_hour (unit, hour_ms, low, medium, high, critical)
                    SELECT json_extract(?1, '$.unit'), json_extract(?1, '$.hour_ms'), ifnull(json_extract(?1, '$.low'), 0),
                        ifnull(json_extract(?1, '$.medium'), 0), ifnull(json_extract(?1, '$.high'), 0), ifnull(json_extract(?1, '$.critical'), 0)
                    WHERE json_extract(?1, '$.hour_ms') IS NOT NULL
                    """).execute(arguments: [entity.document])
        case SecurityDesk.siteType:
            try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO security_site (code, owner, retired, doc)
                    SELECT json_extract(?1, '$.site.code'), json_extract(?1, '$.site.owner'), ifnull(json_extract(?1, '$.site.retired'), 0), json_extract(?1, '$.site')
                    WHERE json_type(?1, '$.site.code') = 'text' AND json_type(?1, '$.site.owner') = 'text'
                    """).execute(arguments: [entity.document])
        case SiteMonitor.vantageType:
            try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO security_vantage (site, vantage, state, checked_ms, doc)
                    SELECT json_extract(?1, '$.site'), json_extract(?1, '$.vantage'), json_extract(?1, '$.state'), json_extract(?1, '$.checked_ms'), ?1
                    WHERE json_type(?1, '$.site') = 'text' AND json_type(?1, '$.vantage') = 'text' AND json_type(?1, '$.state') = 'text'
                        AND json_type(?1, '$.checked_ms') = 'integer'
                    """).execute(arguments: [entity.document])
        case SiteMonitor.hourType:
            try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO security_probe_hour (site, vantage, hour_ms, checks, failed, degraded, millis)
                    SELECT json_extract(?1, '$.site'), json_extract(?1, '$.vantage'), json_extract(?1, '$.hour_ms'), ifnull(json_extract(?1, '$.checks'), 0),
                        ifnull(json_extract(?1, '$.failed'), 0), ifnull(json_extract(?1, '$.degraded'), 0), ifnull(json_extract(?1, '$.millis'), 0)
                    WHERE json_type(?1, '$.site') = 'text' AND json_type(?1, '$.vantage') = 'text' AND json_type(?1, '$.hour_ms') = 'integer'
                    """).execute(arguments: [entity.document])
        case SecurityDesk.pageType:
            try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO security_page (site, hash, seen_ms, fingerprint)
                    SELECT json_extract(?1, '$.site'), json_extract(?1, '$.fingerprint.domHash'), json_extract(?1, '$.seen_ms'), json_extract(?1, '$.fingerprint')
                    WHERE json_type(?1, '$.site') = 'text' AND json_type(?1, '$.fingerprint.domHash') = 'text' AND json_type(?1, '$.seen_ms') = 'integer'
                    """).execute(arguments: [entity.document])
        case SecurityDesk.baselineType:
            try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO security_baseline (site, hash, approved_ms, approved_by, fingerprint)
                    SELECT json_extract(?1, '$.site'), json_extract(?1, '$.fingerprint.domHash'), json_extract(?1, '$.approved_ms'),
                        json_extract(?1, '$.approved_by'), json_extract(?1, '$.fingerprint')
                    WHERE json_type(?1, '$.site') = 'text' AND json_type(?1, '$.fingerprint.domHash') = 'text' AND json_type(?1, '$.approved_ms') = 'integer'
                        AND json_type(?1, '$.approved_by') = 'text'
                    """).execute(arguments: [entity.document])
        case SecurityDesk.trafficType:
            try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO security_traffic (site, hour_ms, requests, client_errors, server_errors, bytes, doc)
                    SELECT json_extract(?1, '$.site'), json_extract(?1, '$.hour_ms'), ifnull(json_extract(?1, '$.requests'), 0),
                        ifnull(json_extract(?1, '$.client_errors'), 0), ifnull(json_extract(?1, '$.server_errors'), 0), ifnull(json_extract(?1, '$.bytes'), 0), ?1
                    WHERE json_type(?1, '$.site') = 'text' AND json_type(?1, '$.hour_ms') = 'integer'
                    """).execute(arguments: [entity.document])
        case SecurityDesk.incidentType:
            try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO security_incident (id, site, kind, status, start_ms, end_ms, opened_by, doc)
                    SELECT ?1, json_extract(?2, '$.site'), json_extract(?2, '$.kind'), json_extract(?2, '$.status'), json_extract(?2, '$.start_ms'),
                        json_extract(?2, '$.end_ms'), ifnull(json_extract(?2, '$.opened_by'), 'monitor'), ?2
                    WHERE json_type(?2, '$.site') = 'text' AND json_type(?2, '$.kind') = 'text' AND json_type(?2, '$.status') = 'text'
                        AND json_type(?2, '$.start_ms') = 'integer'
                    """).execute(arguments: [entity.id.description, entity.document])
        default: break
        }
    }
}

/// An alert's columns read straight from its registers, for the common case of plain values:
/// SQLite's `json_extract` parsed the whole document once per column (a twentieth of an
/// ingest). Nil when a field is absent or needs unescaping; the JSON path then decides.
private struct AlertRow {
    var unit: String, key: String, host: String, status: String
    var band: Int64, first: Int64, last: Int64

    init?(_ state: EntityState) {
        func text(_ field: String) -> String? {
            guard let bytes = state.registers[field]?.winner?.value, bytes.count >= 2, bytes.first == UInt8(ascii: "\""),
                bytes.last == UInt8(ascii: "\""), !bytes.contains(UInt8(ascii: "\\"))
            else { return nil }
            return String(decoding: bytes.dropFirst().dropLast(), as: UTF8.self)
        }
        func integer(_ field: String) -> Int64? {
            state.registers[field]?.winner.flatMap { Int64(String(decoding: $0.value, as: UTF8.self)) }
        }
        guard let unit = text("unit"), let key = text("key"), let host = text("host"), let status = text("status"),
            let band = integer("band"), let first = integer("first_ms"), let last = integer("last_ms")
        else { return nil }
        (self.unit, self.key, self.host, self.status, self.band, self.first, self.last) = (unit, key, host, status, band, first, last)
    }
}
