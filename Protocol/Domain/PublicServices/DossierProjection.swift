import CRDT
import Foundation
import GRDB
import Replica

/// Query tables of the public-service monitoring, derived from replicated entities in the
/// transaction that changes them (see `ReplicaProjection`): one row per dossier with the
/// columns lists filter on, the weekly reports with their acknowledgment, the entered scores.
public struct DossierProjection: ReplicaProjection {
    public let name = "dossiers"
    public let version = 3

    public init() {}

    public func prepare(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS dossier (
                code TEXT PRIMARY KEY NOT NULL, unit TEXT NOT NULL, field TEXT NOT NULL, procedure TEXT NOT NULL, status TEXT NOT NULL,
                channel TEXT NOT NULL, received_ms INTEGER NOT NULL, closed_ms INTEGER, updated_ms INTEGER,
                record TEXT NOT NULL, applicant TEXT, applicant_erased INTEGER NOT NULL DEFAULT 0, steps TEXT NOT NULL, step_fields TEXT NOT NULL,
                tally_seq INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS dossier_tally_seq ON dossier (tally_seq);
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
            try db.execute(
                sql: "INSERT OR REPLACE INTO overdue_report (id, unit, week, issued_ms, doc, read) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [report.id, report.unit, report.week.first.description, report.issuedAt, String(decoding: body, as: UTF8.self), read == "null" ? nil : read])
        case DossierDesk.scoreType:
            guard let unit = Self.string(entity.state, "unit"), let month = Self.string(entity.state, "month") else { return }
            var entered: [String: Double] = [:]
            for (field, register) in entity.state.registers where field.hasPrefix("i.") {
                if let value = register.winner.flatMap({ try? JSONSerialization.jsonObject(with: Data($0.value), options: .fragmentsAllowed) as? Double }) {
                    entered[String(field.dropFirst(2))] = value
                }
            }
            let doc = String(decoding: (try? JSONSerialization.data(withJSONObject: entered, options: [.sortedKeys])) ?? Data("{}".utf8), as: UTF8.self)
            try db.execute(sql: "INSERT OR REPLACE INTO service_score (unit, month, doc) VALUES (?, ?, ?)", arguments: [unit, month, doc])
        default: break
        }
    }

    // No Foundation JSON here: this runs once per dossier per change (the hub ingests
    // thousands a second), so SQLite's own JSON functions read the record's columns and the
    // steps are joined as the bytes they were stored as.
    private func dossier(_ db: Database, _ entity: ProjectedEntity) throws {
        let state = entity.state
        guard let body = state.registers["record"]?.winner?.value else { return }
        var steps: [(at: Int64, bytes: [UInt8])] = []
        var fields: [String] = []
        for (field, register) in state.registers where field.hasPrefix("t.") {
            fields.append(field)
            if let value = register.winner?.value, value.first == UInt8(ascii: "{") { steps.append((Self.stepTime(value), value)) }
        }
        steps.sort { $0.at != $1.at ? $0.at < $1.at : $0.bytes.lexicographicallyPrecedes($1.bytes) }
        var stepsText: [UInt8] = [UInt8(ascii: "[")]
        for (index, step) in steps.enumerated() {
            if index > 0 { stepsText.append(UInt8(ascii: ",")) }
            stepsText += step.bytes
        }
        stepsText.append(UInt8(ascii: "]"))
        let applicant = state.registers["applicant"]?.winner.map { String(decoding: $0.value, as: UTF8.self) }
        let erased = state.registers["applicant_erased_at"]?.winner != nil
        try db.cachedStatement(sql: Self.insertDossier).execute(
            arguments: [String(decoding: body, as: UTF8.self), applicant, erased, String(decoding: stepsText, as: UTF8.self), fields.sorted().joined(separator: " ")])
    }

    static let insertDossier = """
        INSERT OR REPLACE INTO dossier (code, unit, field, procedure, status, channel, received_ms, closed_ms, updated_ms, record, applicant,
            applicant_erased, steps, step_fields, tally_seq)
        SELECT json_extract(?1, '$.code'), json_extract(?1, '$.unit'), json_extract(?1, '$.field.code'), json_extract(?1, '$.procedure.code'),
            json_extract(?1, '$.status'), json_extract(?1, '$.channel'), json_extract(?1, '$.receivedAt'),
            CASE WHEN json_extract(?1, '$.status') IN (\(Self.openStatuses)) THEN NULL
                ELSE coalesce(json_extract(?1, '$.finishedAt'), json_extract(?1, '$.returnedAt')) END,
            json_extract(?1, '$.updatedAt'), ?1, ?2, ?3, ?4, ?5, (SELECT coalesce(max(tally_seq), 0) + 1 FROM dossier)
        WHERE json_valid(?1) AND json_type(?1, '$.code') = 'text' AND json_type(?1, '$.unit') = 'text' AND json_type(?1, '$.receivedAt') = 'integer'
            AND json_type(?1, '$.field.code') = 'text' AND json_type(?1, '$.procedure.code') = 'text' AND json_type(?1, '$.status') = 'text'
            AND json_type(?1, '$.channel') = 'text'
        """

    /// `'da-tiep-nhan', …`: the statuses a dossier is open in (`DossierStatus.isOpen`).
    static let openStatuses = DossierStatus.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// The `at` of a step as stored (`{"action":…,"at":1767580200000,…}`), without parsing the rest.
    static func stepTime(_ bytes: [UInt8]) -> Int64 {
        let key = Array(#""at":"#.utf8)
        guard bytes.count > key.count else { return 0 }
        for start in 0...(bytes.count - key.count) where bytes[start] == key[0] && Array(bytes[start..<start + key.count]) == key {
            var value: Int64 = 0
            var index = start + key.count
            while index < bytes.count, (48...57).contains(bytes[index]) {
                value = value &* 10 &+ Int64(bytes[index] - 48)
                index += 1
            }
            return value
        }
        return 0
    }

    static func string(_ state: EntityState, _ field: String) -> String? {
        state.registers[field]?.value.flatMap { (try? JSONSerialization.jsonObject(with: Data($0), options: .fragmentsAllowed)) as? String }
    }
}
