import Foundation
import GRDB
import Vietnam

/// What a statistics request asks: cases received in [from, to] (dates in Vietnam,
/// inclusive; nil: unbounded), optionally of one district, unit or category, grouped by
/// one dimension.
public struct StatisticsQuery: Sendable, Hashable {
    /// `commune`: the 2025 commune or ward whose area holds the report's location ("" for
    /// reports without a location or outside every area).
    public enum Grouping: String, Sendable, CaseIterable { case district, commune, unit, category, month, none }
    public var from: CivilDate?
    public var to: CivilDate?
    public var scope: String?
    public var unit: String?
    public var category: String?
    public var groupBy: Grouping

    public init(from: CivilDate? = nil, to: CivilDate? = nil, scope: String? = nil, unit: String? = nil, category: String? = nil, groupBy: Grouping = .none) {
        self.from = from
        self.to = to
        self.scope = scope
        self.unit = unit
        self.category = category
        self.groupBy = groupBy
    }
}

/// One line of the province's statistic: received = processed (on time, overdue) +
/// processing (on time, overdue) + ineligible, with the median time from receipt to
/// resolution and the citizens' average rating.
public struct StatisticsRow: Sendable, Hashable, Codable {
    public var key: String
    public var received = 0
    public var processedOnTime = 0
    public var processedOverdue = 0
    public var processingOnTime = 0
    public var processingOverdue = 0
    public var ineligible = 0
    public var ratingSum = 0
    public var ratingCount = 0
    /// Resolution times of the processed cases.
    public var resolveHistogram = ResolveHistogram()

    public init(key: String) { self.key = key }

    public var processed: Int { processedOnTime + processedOverdue }
    public var processing: Int { processingOnTime + processingOverdue }
    /// The published invariant; true by construction, checked by tests.
    public var isBalanced: Bool { received == processed + processing + ineligible }
    public var ratingAverage: Double? { ratingCount == 0 ? nil : Double(ratingSum) / Double(ratingCount) }

    /// Median hours from receipt to resolution, read from the histogram (±9 %).
    public var medianResolveHours: Double? { resolveHistogram.medianHours }

    public mutating func add(_ other: StatisticsRow) {
        received += other.received
        processedOnTime += other.processedOnTime
        processedOverdue += other.processedOverdue
        processingOnTime += other.processingOnTime
        processingOverdue += other.processingOverdue
        ineligible += other.ineligible
        ratingSum += other.ratingSum
        ratingCount += other.ratingCount
        resolveHistogram.add(other.resolveHistogram)
    }

    /// The province's sentence: "Tiếp nhận 186 phản ánh: đã xử lý 175 (đúng hạn 119, quá hạn 56), …".
    public var sentenceVI: String {
        "Tiếp nhận \(received) phản ánh: đã xử lý \(processed) (đúng hạn \(processedOnTime), quá hạn \(processedOverdue)), "
            + "đang xử lý \(processing) (trong hạn \(processingOnTime), quá hạn \(processingOverdue)), không đủ điều kiện \(ineligible)."
    }

    public var json: [String: Any] {
        var object: [String: Any] = [
            "key": key, "received": received,
            "processed": ["total": processed, "on_time": processedOnTime, "overdue": processedOverdue],
            "processing": ["total": processing, "on_time": processingOnTime, "overdue": processingOverdue],
            "ineligible": ineligible, "rating_count": ratingCount,
        ]
        object["median_resolve_hours"] = medianResolveHours.map { ($0 * 10).rounded() / 10 } ?? NSNull()
        object["rating_average"] = ratingAverage.map { ($0 * 100).rounded() / 100 } ?? NSNull()
        return object
    }
}

/// Computes statistics from `ReportProjection`'s tables.
///
/// Whole months come from the monthly totals (with their resolution histograms), the
/// days of a partial month at either end from the case facts (through an index that
/// covers the scan), and the split of open cases into on time and overdue from the open
/// cases' deadlines by day of receipt (it depends on `now`). The cost grows with months ×
/// groups, the days at the ends and the open cases, not with the number of reports.
public enum ReportStatistics {
    public static func compute(_ db: Database, _ query: StatisticsQuery, nowMillis: Int64) throws -> (rows: [StatisticsRow], total: StatisticsRow) {
        if query.groupBy == .commune { return try computeByCommune(db, query, nowMillis: nowMillis) }
        var rows: [String: StatisticsRow] = [:]
        let groupColumn: String
        switch query.groupBy {
        case .commune: groupColumn = "''"
        case .district: groupColumn = "scope"
        case .unit: groupColumn = "unit"
        case .category: groupColumn = "category"
        case .month: groupColumn = "month"
        case .none: groupColumn = "'all'"
        }
        let factGroup = query.groupBy == .month ? "received_month" : groupColumn

        // Whole months inside the range, and the days of partial months at its ends.
        let fromDay = query.from?.julianDay
        let toDay = query.to?.julianDay
        var monthLow = Int.min, monthHigh = Int.max
        var edges: [(Int, Int)] = []
        if let from = query.from {
            let first = CivilDate(from.year, from.month, 1)
            if from == first { monthLow = VietnamTime.monthKey(from) } else {
                monthLow = VietnamTime.monthKey(Self.nextMonth(from))
                edges.append((from.julianDay, min(Self.nextMonth(from).julianDay - 1, toDay ?? Int.max)))
            }
        }
        if let to = query.to {
            let next = Self.nextMonth(to)
            if next.julianDay - 1 == to.julianDay { monthHigh = VietnamTime.monthKey(to) } else {
                monthHigh = VietnamTime.monthKey(Self.previousMonth(to))
                let start = max(CivilDate(to.year, to.month, 1).julianDay, fromDay ?? Int.min)
                if !edges.contains(where: { $0.0 == start }) { edges.append((start, to.julianDay)) }
            }
        }

        var filters: [String] = []
        var arguments: StatementArguments = []
        if let scope = query.scope { filters.append("scope = ?"); arguments += [scope] }
        if let unit = query.unit { filters.append("unit = ?"); arguments += [unit] }
        if let category = query.category { filters.append("category = ?"); arguments += [category] }
        let filterSQL = filters.map { " AND " + $0 }.joined()

        if monthLow <= monthHigh {
            let monthArgs: StatementArguments = [monthLow == Int.min ? 0 : monthLow, monthHigh == Int.max ? 999_999 : monthHigh]
            let months = try Row.fetchCursor(db, sql: """
                SELECT \(groupColumn), received, processed_on_time, processed_overdue, ineligible, rating_sum, rating_count, resolve_hist
                FROM stat_month WHERE month BETWEEN ? AND ?\(filterSQL)
                """, arguments: monthArgs + arguments)
            while let r = try months.next() {
                let key = Self.key(r)
                var line = rows[key] ?? StatisticsRow(key: key)
                line.received += r[1]; line.processedOnTime += r[2]; line.processedOverdue += r[3]
                line.ineligible += r[4]; line.ratingSum += r[5]; line.ratingCount += r[6]
                try r.withUnsafeData(atIndex: 7) { blob in
                    blob?.withUnsafeBytes { line.resolveHistogram.add($0) }
                }
                rows[key] = line
            }
        } else if edges.isEmpty, let fromDay, let toDay, fromDay <= toDay {
            edges.append((fromDay, toDay))
        }

        for (low, high) in edges where low <= high {
            let facts = try Row.fetchCursor(db, sql: """
                SELECT \(factGroup), outcome, on_time, rating, received_ms, resolved_ms FROM case_fact
                WHERE received_day BETWEEN ? AND ?\(filterSQL)
                """, arguments: [low, high] + arguments)
            while let r = try facts.next() {
                let key = Self.key(r)
                var line = rows[key] ?? StatisticsRow(key: key)
                Self.add(fact: r, to: &line)
                rows[key] = line
            }
        }

        // Open cases: how many of them are past their deadline now.
        var dayFilter = ""
        var dayArgs: StatementArguments = []
        if let fromDay { dayFilter += " AND received_day >= ?"; dayArgs += [fromDay] }
        if let toDay { dayFilter += " AND received_day <= ?"; dayArgs += [toDay] }
        let open = try Row.fetchCursor(db, sql: """
            SELECT \(groupColumn), sum(CASE WHEN deadline_ms < ? THEN n ELSE 0 END) FROM stat_open
            WHERE 1\(dayFilter)\(filterSQL) GROUP BY 1
            """, arguments: [nowMillis] + dayArgs + arguments)
        var overdueByKey: [String: Int] = [:]
        while let r = try open.next() { overdueByKey[Self.key(r)] = r[1] }
        for key in Set(rows.keys).union(overdueByKey.keys) {
            var line = rows[key] ?? StatisticsRow(key: key)
            let processing = line.received - line.processed - line.ineligible
            let overdue = min(overdueByKey[key] ?? 0, max(processing, 0))
            line.processingOverdue = overdue
            line.processingOnTime = processing - overdue
            rows[key] = line
        }
        var total = StatisticsRow(key: "total")
        for line in rows.values { total.add(line) }
        return (rows.values.sorted { $0.key < $1.key }, total)
    }

    /// Adds one case of `case_fact` read as columns 1…5 (outcome, on_time, rating, received_ms,
    /// resolved_ms): received, and processed or ineligible with its rating and resolution
    /// time. Returns its outcome; an open case's on time or overdue is the caller's to count.
    @discardableResult
    static func add(fact r: Row, to line: inout StatisticsRow) -> CaseStatus.Outcome {
        line.received += 1
        let outcome = CaseStatus.Outcome(rawValue: r[1]) ?? .processing
        switch outcome {
        case .processed:
            if (r[2] as Bool?) ?? true { line.processedOnTime += 1 } else { line.processedOverdue += 1 }
            if let resolved = r[5] as Int64? { line.resolveHistogram.record(millis: resolved - (r[4] as Int64)) }
        case .ineligible: line.ineligible += 1
        case .processing: break
        }
        if let rating = r[3] as Int? { line.ratingSum += rating; line.ratingCount += 1 }
        return outcome
    }

    /// The group's name in column 0: text, or a month number as text.
    private static func key(_ row: Row) -> String {
        switch (row[0] as DatabaseValue).storage {
        case let .string(text): text
        case let .int64(number): String(number)
        case let .double(number): String(Int64(number))
        case .blob, .null: ""
        }
    }

    static func nextMonth(_ date: CivilDate) -> CivilDate {
        date.month == 12 ? CivilDate(date.year + 1, 1, 1) : CivilDate(date.year, date.month + 1, 1)
    }

    static func previousMonth(_ date: CivilDate) -> CivilDate {
        date.month == 1 ? CivilDate(date.year - 1, 12, 1) : CivilDate(date.year, date.month - 1, 1)
    }
}
