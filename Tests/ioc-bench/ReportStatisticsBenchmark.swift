import FieldReports
import Foundation

/// Step 1b: statistics requests at the hub (`RecordDesk.statistics`, which reads the
/// projection's tables through `Replica.read`) against the same statistic computed by one
/// GROUP BY over the flat table, request by request, alternating which goes first.
///
/// Every request's answers are compared figure by figure (received, processed on time and
/// overdue, processing on time and overdue, ineligible, rating sum and count) and every
/// row of both is checked for received = processed + processing + ineligible.
struct ReportStatisticsBenchmark {
    struct Result: Sendable {
        var kinds: [ReportQueryMix.Kind]
        var hubMillis: [Double]
        var sqliteMillis: [Double]
        var compared: Int
        var identical: Int
        var rowsChecked: Int
        var unbalancedRows: Int
        /// The first difference found, if any.
        var firstDifference: String?
        /// The first request's totals, as the check line shows them.
        var sampleLine: String

        func millis(_ kind: ReportQueryMix.Kind, hub: Bool) -> [Double] {
            zip(kinds, hub ? hubMillis : sqliteMillis).filter { $0.0 == kind }.map(\.1).sorted()
        }
    }

    let requests: [ReportQueryMix.Request]
    let nowMillis: Int64

    func run(desk: RecordDesk, flat: ReportFlatTable) async throws -> Result {
        // One untimed request of each kind first, so both start with warm caches.
        for kind in ReportQueryMix.Kind.allCases {
            guard let request = requests.first(where: { $0.kind == kind }) else { continue }
            _ = try await desk.statistics(request.query)
            _ = try await flat.statistics(request.query, nowMillis: nowMillis)
        }
        let progress = ProgressBar(
            "step 1: \(requests.count) statistics requests at the hub and in plain SQLite", total: requests.count)
        let clock = ContinuousClock()
        var result = Result(
            kinds: requests.map(\.kind), hubMillis: [], sqliteMillis: [], compared: 0, identical: 0, rowsChecked: 0, unbalancedRows: 0,
            firstDifference: nil, sampleLine: "")
        for (index, request) in requests.enumerated() {
            var hub: (rows: [StatisticsRow], total: StatisticsRow)?
            var plain: [StatisticsRow] = []
            for turn in 0..<2 {
                let start = clock.now
                if (turn == 0) == index.isMultiple(of: 2) {
                    hub = try await desk.statistics(request.query)
                    result.hubMillis.append((clock.now - start).milliseconds)
                } else {
                    plain = try await flat.statistics(request.query, nowMillis: nowMillis)
                    result.sqliteMillis.append((clock.now - start).milliseconds)
                }
            }
            guard let hub else { throw BenchmarkFailure("no answer from the hub") }
            check(request, hub: hub, plain: plain, into: &result)
            progress.update(index + 1)
        }
        let hubSorted = result.hubMillis.sorted()
        let plainSorted = result.sqliteMillis.sorted()
        progress.finish(
            "hub p50 \(Format.fixed(Percentile.of(hubSorted, 0.5), 2)) ms, p95 \(Format.fixed(Percentile.of(hubSorted, 0.95), 2)) ms; "
                + "SQLite p50 \(Format.fixed(Percentile.of(plainSorted, 0.5), 2)) ms, p95 \(Format.fixed(Percentile.of(plainSorted, 0.95), 2)) ms")
        return result
    }

    private func check(
        _ request: ReportQueryMix.Request, hub: (rows: [StatisticsRow], total: StatisticsRow), plain: [StatisticsRow], into result: inout Result
    ) {
        result.compared += 1
        let hubRows = Dictionary(uniqueKeysWithValues: hub.rows.map { ($0.key, $0) })
        let plainRows = Dictionary(uniqueKeysWithValues: plain.map { ($0.key, $0) })
        var difference: String?
        if Set(hubRows.keys) != Set(plainRows.keys) {
            difference = "groups differ: hub \(hubRows.keys.sorted()), SQLite \(plainRows.keys.sorted())"
        } else {
            for key in hubRows.keys.sorted() where !Self.sameFigures(hubRows[key]!, plainRows[key]!) {
                difference = "group '\(key)': hub \(Self.figures(hubRows[key]!)), SQLite \(Self.figures(plainRows[key]!))"
                break
            }
        }
        if let difference {
            result.firstDifference = result.firstDifference ?? "\(request.kind.rawValue) \(Self.describe(request.query)): \(difference)"
        } else {
            result.identical += 1
        }
        for row in hub.rows + [hub.total] + plain {
            result.rowsChecked += 1
            if !row.isBalanced { result.unbalancedRows += 1 }
        }
        if result.compared == 1 {
            var plainTotal = StatisticsRow(key: "total")
            for row in plain { plainTotal.add(row) }
            result.sampleLine = "\(request.kind.rawValue) \(Self.describe(request.query)): hub \(Self.figures(hub.total)); "
                + "SQLite \(Self.figures(plainTotal))"
        }
    }

    static func sameFigures(_ a: StatisticsRow, _ b: StatisticsRow) -> Bool {
        a.received == b.received && a.processedOnTime == b.processedOnTime && a.processedOverdue == b.processedOverdue
            && a.processingOnTime == b.processingOnTime && a.processingOverdue == b.processingOverdue && a.ineligible == b.ineligible
            && a.ratingSum == b.ratingSum && a.ratingCount == b.ratingCount
    }

    /// received = processed (on time + overdue) + processing (on time + overdue) + ineligible; ratings.
    static func figures(_ row: StatisticsRow) -> String {
        "\(row.received) = \(row.processed) (\(row.processedOnTime)+\(row.processedOverdue)) + \(row.processing) "
            + "(\(row.processingOnTime)+\(row.processingOverdue)) + \(row.ineligible), rating \(row.ratingSum)/\(row.ratingCount)"
    }

    static func describe(_ query: StatisticsQuery) -> String {
        var parts: [String] = []
        if let from = query.from { parts.append("from \(from)") }
        if let to = query.to { parts.append("to \(to)") }
        if let scope = query.scope { parts.append("district \(scope)") }
        if let unit = query.unit { parts.append("unit \(unit)") }
        if let category = query.category { parts.append("category \(category)") }
        parts.append("by \(query.groupBy.rawValue)")
        return parts.joined(separator: " ")
    }
}
