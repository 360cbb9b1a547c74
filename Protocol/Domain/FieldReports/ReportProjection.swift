import CRDT
import Foundation
import GRDB
import Replica
import Vietnam

/// The tables the field-report service queries instead of parsing documents: one fact
/// row per case, monthly totals in the province's statistic's shape, a histogram of
/// resolution times, the tracking-code index and a diacritic-folded full-text index.
///
/// Guarantees: maintained in the transaction that changes a case or report (local edit
/// or sync), so totals always equal the sum over the facts they came from, and the
/// published invariant received = processed + processing + ineligible holds at every
/// commit. Facts derive only from the merged state, so every replica that holds the
/// same cases holds the same statistics, whatever order the changes came in.
public struct ReportProjection: ReplicaProjection {
    public let name = "field-reports"
    /// 2: resolution histograms inside `stat_month`, open cases by deadline in `stat_open`.
    /// 3: the search text folds `’` as `'`, as the search box does.
    /// 4: each case's commune (`case_place`), from its report's location.
    public let version = 4

    public init() {}

    /// `stat_open`'s deadline for an open case that has none: never overdue.
    static let noDeadline = Int64.max

    public func prepare(_ db: Database) throws {
        // Version 1's shapes, rebuilt by the version change.
        if try db.tableExists("stat_month"), try !db.columns(in: "stat_month").contains(where: { $0.name == "resolve_hist" }) {
            try db.execute(sql: "DROP TABLE stat_month")
        }
        try db.execute(sql: """
            DROP TABLE IF EXISTS stat_resolve;
            DROP INDEX IF EXISTS case_fact_open;
            DROP INDEX IF EXISTS case_fact_day;

            CREATE TABLE IF NOT EXISTS case_fact (
                id BLOB PRIMARY KEY NOT NULL,
                scope TEXT NOT NULL,
                unit TEXT NOT NULL,
                category TEXT NOT NULL,
                status TEXT NOT NULL,
                outcome INTEGER NOT NULL,        -- 0 processing, 1 processed, 2 ineligible
                received_ms INTEGER NOT NULL,
                received_day INTEGER NOT NULL,   -- Julian day in Vietnam
                received_month INTEGER NOT NULL, -- yyyymm
                deadline_ms INTEGER,
                resolved_ms INTEGER,
                on_time INTEGER,                 -- processed: resolved by the deadline
                rating INTEGER,
                tracking_code TEXT NOT NULL,
                conflicted INTEGER NOT NULL
            ) WITHOUT ROWID;
            -- Covers the statistics' scan of the days of a partial month (no lookup into the table).
            CREATE INDEX IF NOT EXISTS case_fact_days ON case_fact (
                received_day, category, scope, unit, outcome, on_time, rating, received_ms, resolved_ms, received_month);
            CREATE INDEX IF NOT EXISTS case_fact_code ON case_fact (tracking_code);
            CREATE INDEX IF NOT EXISTS case_fact_inbox ON case_fact (scope, status, deadline_ms);
            CREATE INDEX IF NOT EXISTS case_fact_due ON case_fact (outcome, deadline_ms);
            -- Erased reports whose earlier changes this site's log no longer carries
            -- (`redactErasedReporters`): a fact about the log, so a rebuild keeps it.
            CREATE TABLE IF NOT EXISTS report_redacted (id BLOB PRIMARY KEY NOT NULL) WITHOUT ROWID;

            CREATE TABLE IF NOT EXISTS stat_month (
                scope TEXT NOT NULL, unit TEXT NOT NULL, category TEXT NOT NULL, month INTEGER NOT NULL,
                received INTEGER NOT NULL DEFAULT 0,
                processed_on_time INTEGER NOT NULL DEFAULT 0,
                processed_overdue INTEGER NOT NULL DEFAULT 0,
                ineligible INTEGER NOT NULL DEFAULT 0,
                rating_sum INTEGER NOT NULL DEFAULT 0,
                rating_count INTEGER NOT NULL DEFAULT 0,
                resolve_hist BLOB,               -- ResolveHistogram of the processed cases
                PRIMARY KEY (month, scope, unit, category)
            ) WITHOUT ROWID;

            -- Open cases by day of receipt and deadline: the on time / overdue split at query time.
            CREATE TABLE IF NOT EXISTS stat_open (
                received_day INTEGER NOT NULL, scope TEXT NOT NULL, unit TEXT NOT NULL, category TEXT NOT NULL,
                deadline_ms INTEGER NOT NULL, month INTEGER NOT NULL, n INTEGER NOT NULL,
                PRIMARY KEY (received_day, scope, unit, category, deadline_ms)
            ) WITHOUT ROWID;

            CREATE TABLE IF NOT EXISTS report_external (key TEXT PRIMARY KEY NOT NULL, report_id BLOB NOT NULL) WITHOUT ROWID;
            -- The commune (2025 unit code) whose area holds each case's report location; no row
            -- without a location. Keyed by the case, so report and case may arrive in any order.
            CREATE TABLE IF NOT EXISTS case_place (case_id BLOB PRIMARY KEY NOT NULL, commune TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS search_key (rid INTEGER PRIMARY KEY, case_id BLOB NOT NULL UNIQUE);
            CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
            """)
    }

    public func reset(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM case_fact; DELETE FROM stat_month; DELETE FROM stat_open; DELETE FROM search_key; DELETE FROM search_text; DELETE FROM report_external; DELETE FROM case_place;")
    }

    public func entityDidChange(_ db: Database, _ entity: ProjectedEntity) throws {
        switch entity.type {
        case RecordDesk.caseType: try caseDidChange(db, entity)
        case RecordDesk.reportType: try reportDidChange(db, entity)
        default: break
        }
    }

    struct Fact: Equatable {
        var scope, unit, category, status: String
        var outcome: CaseStatus.Outcome
        var receivedMillis: Int64
        var deadlineMillis: Int64?
        var resolvedMillis: Int64?
        var rating: Int64?
        var trackingCode: String
        var conflicted: Bool

        var month: Int { VietnamTime.monthKey(VietnamTime.date(millis: receivedMillis)) }
        var onTime: Bool? {
            guard outcome == .processed else { return nil }
            guard let deadlineMillis, let resolvedMillis else { return true }
            return resolvedMillis <= deadlineMillis
        }
    }

    static func fact(_ entity: ProjectedEntity) -> Fact? {
        let state = entity.state
        guard let received = state.int("received_at") else { return nil }
        let status = state.string("status").flatMap(CaseStatus.init(rawValue:)) ?? .received
        return Fact(
            scope: entity.scope, unit: state.string("unit") ?? "", category: state.string("category") ?? "khac",
            status: status.rawValue, outcome: status.outcome, receivedMillis: received, deadlineMillis: state.int("deadline_at"),
            resolvedMillis: status.outcome == .processed ? state.int("resolved_at") : nil,
            rating: state.int("rating").flatMap { (1...5).contains($0) ? $0 : nil },
            trackingCode: state.string("tracking_code") ?? "", conflicted: state.registers["status"]?.isConflicted ?? false)
    }

    private func caseDidChange(_ db: Database, _ entity: ProjectedEntity) throws {
        let id = Data(entity.id.bytes)
        let old = try Row.fetchOne(
            db.cachedStatement(sql: """
                SELECT scope, unit, category, status, outcome, received_ms, deadline_ms, resolved_ms, rating, tracking_code, conflicted
                FROM case_fact WHERE id = ?
                """), arguments: [id]
        ).map { row in
            Fact(
                scope: row[0], unit: row[1], category: row[2], status: row[3], outcome: CaseStatus.Outcome(rawValue: row[4]) ?? .processing,
                receivedMillis: row[5], deadlineMillis: row[6], resolvedMillis: row[7], rating: row[8], trackingCode: row[9],
                conflicted: row[10])
        }
        let new = Self.fact(entity)
        guard old != new else { return }
        if let old { try contribute(db, old, sign: -1) }
        guard let new else {
            try db.cachedStatement(sql: "DELETE FROM case_fact WHERE id = ?").execute(arguments: [id])
            return
        }
        try contribute(db, new, sign: 1)
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO case_fact (id, scope, unit, category, status, outcome, received_ms, received_day, received_month,
                deadline_ms, resolved_ms, on_time, rating, tracking_code, conflicted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                id, new.scope, new.unit, new.category, new.status, new.outcome.rawValue, new.receivedMillis,
                VietnamTime.julianDay(millis: new.receivedMillis), new.month, new.deadlineMillis, new.resolvedMillis,
                new.onTime, new.rating, new.trackingCode, new.conflicted,
            ])
    }

    /// Adds (`sign` 1) or removes (-1) one case's part of the monthly totals, their
    /// resolution histogram and the open cases' deadlines.
    private func contribute(_ db: Database, _ fact: Fact, sign: Int) throws {
        let onTime = fact.onTime
        try db.cachedStatement(sql: """
            INSERT INTO stat_month (scope, unit, category, month, received, processed_on_time, processed_overdue, ineligible, rating_sum, rating_count)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            ON CONFLICT (month, scope, unit, category) DO UPDATE SET
                received = received + ?5, processed_on_time = processed_on_time + ?6, processed_overdue = processed_overdue + ?7,
                ineligible = ineligible + ?8, rating_sum = rating_sum + ?9, rating_count = rating_count + ?10
            """).execute(arguments: [
                fact.scope, fact.unit, fact.category, fact.month, sign,
                onTime == true ? sign : 0, onTime == false ? sign : 0, fact.outcome == .ineligible ? sign : 0,
                fact.rating.map { Int($0) * sign } ?? 0, fact.rating == nil ? 0 : sign,
            ])
        switch fact.outcome {
        case .processed:
            guard let resolved = fact.resolvedMillis else { return }
            let key: StatementArguments = [fact.month, fact.scope, fact.unit, fact.category]
            var histogram = ResolveHistogram(
                blob: try Data.fetchOne(
                    db.cachedStatement(sql: "SELECT resolve_hist FROM stat_month WHERE month = ? AND scope = ? AND unit = ? AND category = ?"),
                    arguments: key))
            histogram.record(millis: resolved - fact.receivedMillis, count: sign)
            try db.cachedStatement(sql: "UPDATE stat_month SET resolve_hist = ? WHERE month = ? AND scope = ? AND unit = ? AND category = ?")
                .execute(arguments: [histogram.blob] + key)
        case .processing:
            try db.cachedStatement(sql: """
                INSERT INTO stat_open (received_day, scope, unit, category, deadline_ms, month, n) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (received_day, scope, unit, category, deadline_ms) DO UPDATE SET n = n + ?7
                """).execute(arguments: [
                    VietnamTime.julianDay(millis: fact.receivedMillis), fact.scope, fact.unit, fact.category,
                    fact.deadlineMillis ?? Self.noDeadline, fact.month, sign,
                ])
            if sign < 0 {
                // Only open cases stay: the split scans this table whole for long ranges.
                try db.cachedStatement(sql: """
                    DELETE FROM stat_open WHERE received_day = ? AND scope = ? AND unit = ? AND category = ? AND deadline_ms = ? AND n = 0
                    """).execute(arguments: [
                        VietnamTime.julianDay(millis: fact.receivedMillis), fact.scope, fact.unit, fact.category, fact.deadlineMillis ?? Self.noDeadline,
                    ])
            }
        case .ineligible:
            break
        }
    }

    private func reportDidChange(_ db: Database, _ entity: ProjectedEntity) throws {
        let state = entity.state
        if let external = state.string("external_id") {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO report_external (key, report_id) VALUES (?, ?)")
                .execute(arguments: [external, Data(entity.id.bytes)])
        }
        guard let caseText = state.string("case_id"), let caseID = EntityID(caseText) else { return }
        try place(db, case: caseID, location: state.registers["location"]?.value)
        var parts = [state.string("tracking_code"), state.string("description"), state.string("address"), state.string("category")]
        if let reporter = state.registers["reporter"]?.value,
            let object = (try? JSONSerialization.jsonObject(with: Data(reporter))) as? [String: Any]
        {
            parts.append(object["name"] as? String)
            parts.append(object["phone"] as? String)
        }
        let body = VietnameseFolding.fold(parts.compactMap { $0 }.joined(separator: " "))
        let key = Data(caseID.bytes)
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO search_key (case_id) VALUES (?)").execute(arguments: [key])
        guard let rid = try Int64.fetchOne(db.cachedStatement(sql: "SELECT rid FROM search_key WHERE case_id = ?"), arguments: [key]) else { return }
        try db.cachedStatement(sql: "DELETE FROM search_text WHERE rowid = ?").execute(arguments: [rid])
        try db.cachedStatement(sql: "INSERT INTO search_text (rowid, body) VALUES (?, ?)").execute(arguments: [rid, body])
    }

    /// Files the case under the commune whose area holds `location` (`{"lat", "lon"}`), or
    /// under none without one; "" when the position lies outside every commune's area.
    private func place(_ db: Database, case caseID: EntityID, location: [UInt8]?) throws {
        let key = Data(caseID.bytes)
        guard let location, let object = (try? JSONSerialization.jsonObject(with: Data(location))) as? [String: Any],
            let lat = (object["lat"] as? NSNumber)?.doubleValue, let lon = (object["lon"] as? NSNumber)?.doubleValue
        else {
            try db.cachedStatement(sql: "DELETE FROM case_place WHERE case_id = ?").execute(arguments: [key])
            return
        }
        let commune = UnitBoundaries.shipped.commune(latitude: lat, longitude: lon)?.code ?? ""
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO case_place (case_id, commune) VALUES (?, ?)").execute(arguments: [key, commune])
    }
}
