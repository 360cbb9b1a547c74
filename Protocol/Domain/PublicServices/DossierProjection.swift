import CRDT
import Foundation
import GRDB
import Replica

/// Query tables of the public-service monitoring, derived from replicated entities in the
/// transaction that changes them (see `ReplicaProjection`): one row per dossier with the
/// columns lists filter on, the weekly reports with their acknowledgment, the entered scores.
///
/// A dossier's row is its latest change's: `tally_seq` is the rowid, so a written dossier
/// moves to the table's end (an append, not a write at a random page) and `DossierTally`
/// reads what changed since it last looked. Its steps stay in the entity's document only.
public struct DossierProjection: ReplicaProjection {
    public let name = "dossiers"
    public let version = 4

    public init() {}

    public func prepare(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS dossier (
                tally_seq INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, unit TEXT NOT NULL, field TEXT NOT NULL, procedure TEXT NOT NULL,
                status TEXT NOT NULL, channel TEXT NOT NULL, received_ms INTEGER NOT NULL, closed_ms INTEGER, updated_ms INTEGER,
                record TEXT NOT NULL, applicant TEXT, applicant_erased INTEGER NOT NULL DEFAULT 0, step_fields TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS dossier_tally (generation INTEGER NOT NULL);
            INSERT INTO dossier_tally (generation) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM dossier_tally);
            CREATE INDEX IF NOT EXISTS dossier_unit_received ON dossier (unit, received_ms);
            CREATE INDEX IF NOT EXISTS dossier_open ON dossier (unit, closed_ms);
            CREATE TABLE IF NOT EXISTS overdue_report (
                id TEXT PRIMARY KEY NOT NULL, unit TEXT NOT NULL, week TEXT NOT NULL, issued_ms INTEGER NOT NULL, doc TEXT NOT NULL, read TEXT
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS overdue_report_unit ON overdue_report (unit, week);
            CREATE TABLE IF NOT EXISTS service_score (unit TEXT NOT NULL, month TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (unit, month)) WITHOUT ROWID;
            """)
    }

    public func reset(_ db: Database) throws {
        // Dropped rather than emptied so a new version's columns exist; the generation tells
        // `DossierTally` to reload whole.
        try db.execute(sql: "DROP TABLE IF EXISTS dossier; DROP TABLE IF EXISTS overdue_report; DROP TABLE IF EXISTS service_score;")
        try prepare(db)
        try db.execute(sql: "UPDATE dossier_tally SET generation = generation + 1")
    }

    public func entityDidChange(_ db: Database, _ entity: ProjectedEntity) throws {
        switch entity.type {
        case DossierDesk.dossierType: try dossier(db, entity)
        case DossierDesk.reportType:
            guard let body = entity.state.registers["report"]?.winner?.value,
                let report = try? JSONDecoder().decode(OverdueReport.self, from: Data(body))
            else { return }
            let read = entity.state.registers["read"]?.winner.map { String(decoding: $0.value, as: UTF8.self) }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO overdue_report (id, unit, week, issued_ms, doc, read) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [report.id, report.unit, report.week.first.description, report.issuedAt, String(decoding: body, as: UTF8.self), read == "null" ? nil : read])
        case DossierDesk.scoreType:
            guard let unit = Self.string(entity.state, "unit"), let month = Self.string(entity.state, "month") else { return }
            var entered: [String: Double] = [:]
            for (field, register) in entity.state.registers where field.hasPrefix("i.") {
                if let value = register.winner.flatMap({ try? JSONSerialization.jsonObject(with: Data($0.value), options: .fragmentsAllowed) as? Double }) {
                    entered[String(field.dropFirst(2))] = value
                }
            }
            let doc = String(decoding: (try? JSONSerialization.data(withJSONObject: entered, options: [.sortedKeys])) ?? Data("{}".utf8), as: UTF8.self)
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO service_score (unit, month, doc) VALUES (?, ?, ?)").execute(arguments: [unit, month, doc])
        default: break
        }
    }

    // No Foundation JSON here: this runs once per dossier per change (the hub ingests
    // thousands a second), so SQLite's own JSON functions read the record's columns.
    private func dossier(_ db: Database, _ entity: ProjectedEntity) throws {
        let state = entity.state
        guard let body = state.registers["record"]?.winner?.value else { return }
        let fields = state.registers.keys.filter { $0.hasPrefix("t.") }.sorted()
        let applicant = state.registers["applicant"]?.winner.map { String(decoding: $0.value, as: UTF8.self) }
        let erased = state.registers["applicant_erased_at"]?.winner != nil
        try db.cachedStatement(sql: Self.insertDossier).execute(
            arguments: [String(decoding: body, as: UTF8.self), applicant, erased, fields.joined(separator: " ")])
    }

    static let insertDossier = """
        INSERT OR REPLACE INTO dossier (code, unit, field, procedure, status, channel, received_ms, closed_ms, updated_ms, record, applicant,
            applicant_erased, step_fields, tally_seq)
        SELECT json_extract(?1, '$.code'), json_extract(?1, '$.unit'), json_extract(?1, '$.field.code'), json_extract(?1, '$.procedure.code'),
            json_extract(?1, '$.status'), json_extract(?1, '$.channel'), json_extract(?1, '$.receivedAt'),
            CASE WHEN json_extract(?1, '$.status') IN (\(Self.openStatuses)) THEN NULL
                ELSE coalesce(json_extract(?1, '$.finishedAt'), json_extract(?1, '$.returnedAt')) END,
            json_extract(?1, '$.updatedAt'), ?1, ?2, ?3, ?4, (SELECT coalesce(max(tally_seq), 0) + 1 FROM dossier)
        WHERE json_valid(?1) AND json_type(?1, '$.code') = 'text' AND json_type(?1, '$.unit') = 'text' AND json_type(?1, '$.receivedAt') = 'integer'
            AND json_type(?1, '$.field.code') = 'text' AND json_type(?1, '$.procedure.code') = 'text' AND json_type(?1, '$.status') = 'text'
            AND json_type(?1, '$.channel') = 'text'
        """

    /// `'da-tiep-nhan', …`: the statuses a dossier is open in (`DossierStatus.isOpen`).
    static let openStatuses = DossierStatus.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ", ")

    static func string(_ state: EntityState, _ field: String) -> String? {
        state.registers[field]?.value.flatMap { (try? JSONSerialization.jsonObject(with: Data($0), options: .fragmentsAllowed)) as? String }
    }
}
