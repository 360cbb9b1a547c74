import Foundation
import GRDB
import WorkingCalendar

/// What a statistics request asks: cases received in [from, to] (dates in Vietnam,
/// inclusive; nil: unbounded), optionally of one district, unit or category, grouped by
/// one dimension.
public struct StatisticsQuery: Sendable, Hashable {
    public enum Grouping: String, Sendable, CaseIterable { case district, unit, category, month, none }
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
    /// Resolution-time histogram (see `ReportProjection.resolveBuckets`).
    var resolveHistogram: [Int] = []

    public init(key: String) { self.key = key }

    public var processed: Int { processedOnTime + processedOverdue }
    public var processing: Int { processingOnTime + processingOverdue }
    /// The published invariant; true by construction, checked by tests.
    public var isBalanced: Bool { received == processed + processing + ineligible }
    public var ratingAverage: Double? { ratingCount == 0 ? nil : Double(ratingSum) / Double(ratingCount) }

    /// Median hours from receipt to resolution, read from the histogram (±9 %).
    public var medianResolveHours: Double? {
        let total = resolveHistogram.reduce(0, +)
        guard total > 0 else { return nil }
        let half = Double(total) / 2
        var seen = 0
        for (bucket, count) in resolveHistogram.enumerated() where count > 0 {
            if Double(seen + count) >= half {
                return ReportProjection.bucketHours(bucket, fraction: (half - Double(seen)) / Double(count))
            }
            seen += count
        }
        return nil
    }

    public mutating func add(_ other: StatisticsRow) {
        received += other.received
        processedOnTime += other.processedOnTime
        processedOverdue += other.processedOverdue
        processingOnTime += other.processingOnTime
        processingOverdue += other.processingOverdue
        ineligible += other.ineligible
        ratingSum += other.ratingSum
        ratingCount += other.ratingCount
        if resolveHistogram.isEmpty { resolveHistogram = Array(repeating: 0, count: ReportProjection.resolveBuckets) }
        for (index, count) in other.resolveHistogram.enumerated() { resolveHistogram[index] += count }
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
/// Whole months come from the monthly totals, the days of a partial month at either end
/// from the case facts, and the split of open cases into on time and overdue from the
/// facts of open cases only (it depends on `now`). The cost grows with months × groups
/// and open cases, not with the number of reports.
public enum ReportStatistics {
    public static func compute(_ db: Database, _ query: StatisticsQuery, nowMillis: Int64) throws -> (rows: [StatisticsRow], total: StatisticsRow) {
        var rows: [String: StatisticsRow] = [:]
        func row(_ key: String) -> StatisticsRow { rows[key] ?? StatisticsRow(key: key) }
        let groupColumn: String
        switch query.groupBy {
        case .district: groupColumn = "scope"
        case .unit: groupColumn = "unit"
        case .category: groupColumn = "category"
        case .month: groupColumn = "CAST(month AS TEXT)"
        case .none: groupColumn = "'all'"
        }
        let factGroup = query.groupBy == .month ? "CAST(received_month AS TEXT)" : groupColumn

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
            let cube = try Row.fetchCursor(db, sql: """
                SELECT \(groupColumn), sum(received), sum(processed_on_time), sum(processed_overdue), sum(ineligible), sum(rating_sum), sum(rating_count)
                FROM stat_month WHERE month BETWEEN ? AND ?\(filterSQL) GROUP BY 1
                """, arguments: monthArgs + arguments)
            while let r = try cube.next() {
                let key: String = r[0]
                var line = row(key)
                line.received += r[1]; line.processedOnTime += r[2]; line.processedOverdue += r[3]
                line.ineligible += r[4]; line.ratingSum += r[5]; line.ratingCount += r[6]
                rows[key] = line
            }
            let hist = try Row.fetchCursor(db, sql: """
                SELECT \(groupColumn), bucket, sum(n) FROM stat_resolve WHERE month BETWEEN ? AND ?\(filterSQL) GROUP BY 1, 2
                """, arguments: monthArgs + arguments)
            while let r = try hist.next() {
                let key: String = r[0]
                var line = row(key)
                if line.resolveHistogram.isEmpty { line.resolveHistogram = Array(repeating: 0, count: ReportProjection.resolveBuckets) }
                line.resolveHistogram[r[1] as Int] += r[2] as Int
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
                let key: String = r[0]
                var line = row(key)
                line.received += 1
                switch CaseStatus.Outcome(rawValue: r[1]) ?? .processing {
                case .processed:
                    if (r[2] as Bool?) ?? true { line.processedOnTime += 1 } else { line.processedOverdue += 1 }
                    if let resolved = r[5] as Int64? {
                        if line.resolveHistogram.isEmpty { line.resolveHistogram = Array(repeating: 0, count: ReportProjection.resolveBuckets) }
                        line.resolveHistogram[ReportProjection.resolveBucket(millis: resolved - (r[4] as Int64))] += 1
                    }
                case .ineligible: line.ineligible += 1
                case .processing: break
                }
                if let rating = r[3] as Int? { line.ratingSum += rating; line.ratingCount += 1 }
                rows[key] = line
            }
        }

        // Open cases: how many of them are past their deadline now.
        var dayFilter = ""
        var dayArgs: StatementArguments = []
        if let fromDay { dayFilter += " AND received_day >= ?"; dayArgs += [fromDay] }
        if let toDay { dayFilter += " AND received_day <= ?"; dayArgs += [toDay] }
        let open = try Row.fetchCursor(db, sql: """
            SELECT \(factGroup), count(*), sum(deadline_ms IS NOT NULL AND deadline_ms < ?) FROM case_fact
            WHERE outcome = 0\(dayFilter)\(filterSQL) GROUP BY 1
            """, arguments: [nowMillis] + dayArgs + arguments)
        var openCounts: [String: (total: Int, overdue: Int)] = [:]
        while let r = try open.next() { openCounts[r[0]] = (r[1], r[2]) }
        for key in Set(rows.keys).union(openCounts.keys) {
            var line = row(key)
            let processing = line.received - line.processed - line.ineligible
            let overdue = min(openCounts[key]?.overdue ?? 0, max(processing, 0))
            line.processingOverdue = overdue
            line.processingOnTime = processing - overdue
            rows[key] = line
        }
        var total = StatisticsRow(key: "total")
        for line in rows.values { total.add(line) }
        return (rows.values.sorted { $0.key < $1.key }, total)
    }

    static func nextMonth(_ date: CivilDate) -> CivilDate {
        date.month == 12 ? CivilDate(date.year + 1, 1, 1) : CivilDate(date.year, date.month + 1, 1)
    }

    static func previousMonth(_ date: CivilDate) -> CivilDate {
        date.month == 1 ? CivilDate(date.year - 1, 12, 1) : CivilDate(date.year, date.month - 1, 1)
    }
}
