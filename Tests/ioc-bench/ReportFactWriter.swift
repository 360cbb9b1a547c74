import FieldReports
import Foundation
import GRDB
import Vietnam

/// Writes the rows `ReportProjection` would derive from cases straight into its tables:
/// one `case_fact` row per case, and the `stat_month` totals (with their resolution
/// histograms) and `stat_open` counts summed in memory and inserted once (what the
/// projection's per-case upserts add up to).
///
/// Mirrors `ReportProjection.fact(_:)`, `caseDidChange` and `contribute` for a case whose
/// merged state holds `SyntheticCase.edits`: scope the district; unit "" when none is set;
/// outcome from the status; resolved time kept for processed cases only; on time when
/// processed and resolved by the deadline; ratings 1–5; never conflicted; open cases
/// counted by day of receipt and deadline. `ReportHubLoad` checks the mirror against the
/// projection itself on a sample of cases every run.
struct ReportFactWriter {
    struct MonthKey: Hashable {
        var month: Int
        var scope: String
        var unit: String
        var category: String
    }

    struct MonthTotals {
        var received = 0
        var processedOnTime = 0
        var processedOverdue = 0
        var ineligible = 0
        var ratingSum = 0
        var ratingCount = 0
        var resolve = ResolveHistogram()
    }

    struct OpenKey: Hashable {
        var day: Int
        var month: MonthKey
        var deadlineMillis: Int64
    }

    private var months: [MonthKey: MonthTotals] = [:]
    private var open: [OpenKey: Int] = [:]
    private let insertFact: Statement

    static let factSQL = """
        INSERT INTO case_fact (id, scope, unit, category, status, outcome, received_ms, received_day, received_month,
            deadline_ms, resolved_ms, on_time, rating, tracking_code, conflicted)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    init(_ db: Database) throws {
        insertFact = try db.makeStatement(sql: Self.factSQL)
    }

    /// One case's fact row now, its part of the totals for `finish`.
    mutating func add(_ item: SyntheticCase) throws {
        let outcome = item.status.outcome
        let resolved = outcome == .processed ? item.resolvedMillis : nil
        let onTime: Bool? = outcome == .processed ? resolved.map { $0 <= item.deadlineMillis } ?? true : nil
        let rating = item.rating.flatMap { (1...5).contains($0) ? $0 : nil }
        let month = VietnamTime.monthKey(VietnamTime.date(millis: item.receivedMillis))
        try insertFact.execute(arguments: [
            Data(item.id.bytes), item.district, item.unit, item.category, item.status.rawValue, outcome.rawValue, item.receivedMillis,
            VietnamTime.julianDay(millis: item.receivedMillis), month, item.deadlineMillis, resolved, onTime, rating, item.trackingCode, false,
        ])
        let key = MonthKey(month: month, scope: item.district, unit: item.unit, category: item.category)
        var totals = months[key] ?? MonthTotals()
        totals.received += 1
        if onTime == true { totals.processedOnTime += 1 }
        if onTime == false { totals.processedOverdue += 1 }
        if outcome == .ineligible { totals.ineligible += 1 }
        if let rating {
            totals.ratingSum += rating
            totals.ratingCount += 1
        }
        if outcome == .processed, let resolved { totals.resolve.record(millis: resolved - item.receivedMillis) }
        months[key] = totals
        if outcome == .processing {
            open[OpenKey(day: VietnamTime.julianDay(millis: item.receivedMillis), month: key, deadlineMillis: item.deadlineMillis), default: 0] += 1
        }
    }

    /// Inserts the summed totals.
    func finish(_ db: Database) throws {
        let month = try db.makeStatement(sql: """
            INSERT INTO stat_month (scope, unit, category, month, received, processed_on_time, processed_overdue, ineligible, rating_sum, rating_count, resolve_hist)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (key, totals) in months {
            try month.execute(arguments: [
                key.scope, key.unit, key.category, key.month, totals.received, totals.processedOnTime, totals.processedOverdue,
                totals.ineligible, totals.ratingSum, totals.ratingCount, totals.resolve.blob,
            ])
        }
        let openRow = try db.makeStatement(sql: "INSERT INTO stat_open (received_day, scope, unit, category, deadline_ms, month, n) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for (key, n) in open {
            try openRow.execute(arguments: [key.day, key.month.scope, key.month.unit, key.month.category, key.deadlineMillis, key.month.month, n])
        }
    }

    /// The three tables' rows as text, sorted: what two databases are compared by.
    static func dump(_ db: Database) throws -> [String] {
        var lines: [String] = []
        for (table, columns) in [
            ("case_fact", "hex(id), scope, unit, category, status, outcome, received_ms, received_day, received_month, deadline_ms, resolved_ms, on_time, rating, tracking_code, conflicted"),
            ("stat_month", "scope, unit, category, month, received, processed_on_time, processed_overdue, ineligible, rating_sum, rating_count, hex(resolve_hist)"),
            ("stat_open", "received_day, scope, unit, category, deadline_ms, month, n"),
        ] {
            let rows = try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) WHERE \(table == "stat_open" ? "n" : table == "stat_month" ? "received" : "1") <> 0")
            lines += rows.map { row in table + "|" + row.databaseValues.map { $0.isNull ? "∅" : "\($0)" }.joined(separator: "|") }
        }
        return lines.sorted()
    }
}
