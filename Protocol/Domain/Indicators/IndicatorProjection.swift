import CRDT
import Foundation
import GRDB
import Replica

/// Query tables of the indicators service, derived from replicated entities in the
/// transaction that changes them (see `ReplicaProjection`): the catalog, one row per figure
/// (with who wrote it and any conflicting values), targets, report statuses and rankings.
public struct IndicatorProjection: ReplicaProjection {
    public let name = "indicators"
    public let version = 1

    public init() {}

    public func prepare(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS indicator_def (code TEXT PRIMARY KEY NOT NULL, grp TEXT NOT NULL, doc TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS indicator_value (
                indicator TEXT NOT NULL, area TEXT NOT NULL, period TEXT NOT NULL, sort_key INTEGER NOT NULL, year INTEGER NOT NULL,
                months INTEGER NOT NULL, value REAL NOT NULL, status TEXT NOT NULL, source TEXT, note TEXT, by TEXT, at_ms INTEGER,
                conflicting TEXT, PRIMARY KEY (indicator, area, period)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS indicator_value_area ON indicator_value (area, indicator, sort_key);
            CREATE TABLE IF NOT EXISTS indicator_target (
                indicator TEXT NOT NULL, area TEXT NOT NULL, year INTEGER NOT NULL, value REAL NOT NULL, note TEXT,
                PRIMARY KEY (indicator, area, year)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS indicator_report (
                area TEXT NOT NULL, period TEXT NOT NULL, status TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (area, period)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS governance_ranking (idx TEXT NOT NULL, year INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (idx, year)) WITHOUT ROWID;
            """)
    }

    public func reset(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM indicator_def; DELETE FROM indicator_value; DELETE FROM indicator_target; DELETE FROM indicator_report; DELETE FROM governance_ranking;")
    }

    public func entityDidChange(_ db: Database, _ entity: ProjectedEntity) throws {
        switch entity.type {
        case IndicatorCatalog.definitionType:
            guard let code = Self.string(entity.state, "code"), let group = Self.string(entity.state, "group") else { return }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO indicator_def (code, grp, doc) VALUES (?, ?, ?)")
                .execute(arguments: [code, group, entity.document])
        case IndicatorDesk.yearType:
            try figures(db, entity)
        case IndicatorDesk.reportType:
            guard let area = Self.string(entity.state, "area"), let period = Self.string(entity.state, "period") else { return }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO indicator_report (area, period, status, doc) VALUES (?, ?, ?, ?)")
                .execute(arguments: [area, period, Self.string(entity.state, "status") ?? ReportStatus.draft.rawValue, entity.document])
        case IndicatorCatalog.rankingType:
            guard let index = Self.string(entity.state, "index"), let year = Self.number(entity.state, "year") else { return }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO governance_ranking (idx, year, doc) VALUES (?, ?, ?)")
                .execute(arguments: [index, Int(year), entity.document])
        default: break
        }
    }

    private func figures(_ db: Database, _ entity: ProjectedEntity) throws {
        let state = entity.state
        guard let indicator = Self.string(state, "indicator"), let area = Self.string(state, "area"), let year = Self.number(state, "year") else { return }
        let insert = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO indicator_value
                (indicator, area, period, sort_key, year, months, value, status, source, note, by, at_ms, conflicting)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (field, register) in state.registers where field.hasPrefix("p.") {
            guard let winner = register.winner, let period = ReportingPeriod(parsing: String(field.dropFirst(2))),
                let figure = Self.object(winner.value), let value = figure["value"] as? Double
            else { continue }
            let others = register.frontier.dropFirst().compactMap { Self.object($0.value)?["value"] as? Double }
            try insert.execute(arguments: [
                indicator, area, period.description, period.sortKey, period.year, period.months.count, value,
                figure["status"] as? String ?? FigureStatus.estimate.rawValue, figure["source"] as? String, figure["note"] as? String,
                winner.author, Int64(winner.stamp.hlc.physicalMillis), others.isEmpty ? nil : JSONFragment.text(others),
            ])
        }
        if let target = state.registers["target"]?.winner.flatMap({ Self.object($0.value) }), let value = target["value"] as? Double {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO indicator_target (indicator, area, year, value, note) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [indicator, area, Int(year), value, target["note"] as? String])
        }
    }

    static func object(_ payload: Payload) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(payload))) as? [String: Any]
    }

    static func string(_ state: EntityState, _ field: String) -> String? {
        state.registers[field]?.value.flatMap { (try? JSONSerialization.jsonObject(with: Data($0), options: .fragmentsAllowed)) as? String }
    }

    static func number(_ state: EntityState, _ field: String) -> Double? {
        state.registers[field]?.value.flatMap { (try? JSONSerialization.jsonObject(with: Data($0), options: .fragmentsAllowed)) as? Double }
    }
}
