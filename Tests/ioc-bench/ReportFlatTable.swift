import FieldReports
import Foundation
import GRDB

/// The statistics baseline: every case as one row of one flat table,
/// `report(district, unit, category, received_day, status, deadline_ms, resolved_ms, rating)`,
/// in a fresh database with the replica's settings (DatabasePool, so WAL; synchronous
/// NORMAL; the same 64 MiB page cache), and the statistic computed by one GROUP BY with
/// CASE sums over it.
///
/// Indexes: the day (every query but "all time" bounds it), and district + day and
/// category + day for the queries that name one; ANALYZE once loaded, so the planner
/// may prefer a scan where a range covers most of the table.
final class ReportFlatTable: Sendable {
    private let pool: DatabasePool
    static let insertSQL = """
        INSERT INTO report (district, unit, category, received_day, status, deadline_ms, resolved_ms, rating)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let processed = "status IN ('resolved', 'closed')"
    static let processing = "status IN ('received', 'accepted', 'assigned', 'in_progress')"

    init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try pool.write { db in
            try db.execute(sql: """
                CREATE TABLE report (
                    district TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    category TEXT NOT NULL,
                    received_day INTEGER NOT NULL,  -- Julian day in Vietnam
                    status TEXT NOT NULL,
                    deadline_ms INTEGER,
                    resolved_ms INTEGER,            -- processed cases only
                    rating INTEGER
                )
                """)
        }
    }

    /// Many cases in one transaction.
    func insert(_ cases: [SyntheticCase]) async throws {
        try await pool.write { db in
            let statement = try db.cachedStatement(sql: Self.insertSQL)
            for item in cases {
                try statement.execute(arguments: [
                    item.district, item.unit, item.category, item.receivedDay, item.status.rawValue, item.deadlineMillis,
                    item.status.outcome == .processed ? item.resolvedMillis : nil, item.rating,
                ])
            }
        }
    }

    /// Builds the indexes once every row is in, and gathers the planner's statistics.
    func index() async throws {
        try await pool.write { db in
            try db.execute(sql: """
                CREATE INDEX report_day ON report (received_day);
                CREATE INDEX report_district_day ON report (district, received_day);
                CREATE INDEX report_category_day ON report (category, received_day);
                ANALYZE;
                """)
        }
    }

    func count() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM report") ?? 0 }
    }

    /// The statistic of `query` at `nowMillis`, in the rows' shape of `ReportStatistics`
    /// (without the median resolution time: the table keeps the day of receipt, not the time).
    func statistics(_ query: StatisticsQuery, nowMillis: Int64) async throws -> [StatisticsRow] {
        let group: String
        switch query.groupBy {
        case .district: group = "district"
        // The flat table keeps no location; the benchmark's queries group by the other keys.
        case .commune: group = "''"
        case .unit: group = "unit"
        case .category: group = "category"
        case .month: group = "strftime('%Y%m', received_day)"
        case .none: group = "'all'"
        }
        var filters: [String] = []
        var arguments: StatementArguments = [nowMillis, nowMillis]
        if let from = query.from { filters.append("received_day >= ?"); arguments += [from.julianDay] }
        if let to = query.to { filters.append("received_day <= ?"); arguments += [to.julianDay] }
        if let scope = query.scope { filters.append("district = ?"); arguments += [scope] }
        if let unit = query.unit { filters.append("unit = ?"); arguments += [unit] }
        if let category = query.category { filters.append("category = ?"); arguments += [category] }
        let whereSQL = filters.isEmpty ? "" : " WHERE " + filters.joined(separator: " AND ")
        let sql = """
            SELECT \(group), count(*),
                sum(CASE WHEN \(Self.processed) AND (deadline_ms IS NULL OR resolved_ms IS NULL OR resolved_ms <= deadline_ms) THEN 1 ELSE 0 END),
                sum(CASE WHEN \(Self.processed) AND resolved_ms > deadline_ms THEN 1 ELSE 0 END),
                sum(CASE WHEN \(Self.processing) AND (deadline_ms IS NULL OR deadline_ms >= ?1) THEN 1 ELSE 0 END),
                sum(CASE WHEN \(Self.processing) AND deadline_ms < ?2 THEN 1 ELSE 0 END),
                sum(CASE WHEN status = 'ineligible' THEN 1 ELSE 0 END),
                coalesce(sum(rating), 0), count(rating)
            FROM report\(whereSQL) GROUP BY 1 ORDER BY 1
            """
        let finalArguments = arguments
        return try await pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: finalArguments).map { r in
                var row = StatisticsRow(key: r[0])
                row.received = r[1]
                row.processedOnTime = r[2]
                row.processedOverdue = r[3]
                row.processingOnTime = r[4]
                row.processingOverdue = r[5]
                row.ineligible = r[6]
                row.ratingSum = r[7]
                row.ratingCount = r[8]
                return row
            }
        }
    }
}
