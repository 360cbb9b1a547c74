import FieldReports
import Foundation

/// The figures of one `ioc-bench reports` run, as a table or as one JSON object.
struct ReportsFigures: Sendable {
    static let statsP95TargetMillis = 100.0
    static let intakeTarget = 2_000.0

    var reports: Int
    var districts: Int
    var batch: Int
    var load: ReportHubLoad.Result
    var stats: ReportStatisticsBenchmark.Result
    var intake: ReportIntakeBenchmark.Result
    var totalSeconds: Double
    var loadAtStart: Double
    var loadAtEnd: Double

    var hubSorted: [Double] { stats.hubMillis.sorted() }
    var plainSorted: [Double] { stats.sqliteMillis.sorted() }
    var statsP50: Double { Percentile.of(hubSorted, 0.50) }
    var statsP95: Double { Percentile.of(hubSorted, 0.95) }
    var sqliteP50: Double { Percentile.of(plainSorted, 0.50) }
    var sqliteP95: Double { Percentile.of(plainSorted, 0.95) }
    var intakePerSecond: Double { Double(intake.count) / intake.intakeSeconds }
    var sqliteInsertPerSecond: Double { Double(intake.count) / intake.sqliteSeconds }
    /// Time per report through intake over time per plain insert.
    var intakeRatio: Double { intake.intakeSeconds / intake.sqliteSeconds }
    /// p95 at the hub over p95 of the flat-table query.
    var statsRatio: Double { statsP95 / sqliteP95 }
    var statsMet: Bool { statsP95 <= Self.statsP95TargetMillis }
    var intakeMet: Bool { intakePerSecond >= Self.intakeTarget }
    var checksPassed: Bool { stats.identical == stats.compared && stats.compared > 0 && stats.unbalancedRows == 0 && load.sampleIdentical }

    func share(_ part: Int, of whole: Int) -> Double { whole == 0 ? 0 : Double(part) * 100 / Double(whole) }

    /// Every figure under its stable JSON name, the required ones first.
    var entries: [(String, Double)] {
        var entries: [(String, Double)] = [
            ("stats_p50_ms", statsP50),
            ("stats_p95_ms", statsP95),
            ("sqlite_stats_p50_ms", sqliteP50),
            ("sqlite_stats_p95_ms", sqliteP95),
            ("intake_reports_per_s", intakePerSecond),
            ("sqlite_insert_per_s", sqliteInsertPerSecond),
            ("reports", Double(reports)),
            ("districts", Double(districts)),
            ("intake_ratio_vs_sqlite", intakeRatio),
            ("stats_ratio_vs_sqlite", statsRatio),
            ("stats_target_met", statsMet ? 1 : 0),
            ("intake_target_met", intakeMet ? 1 : 0),
            ("stats_queries", Double(stats.hubMillis.count)),
            ("stats_identical", Double(stats.identical)),
            ("stats_compared", Double(stats.compared)),
            ("stats_check_identical", stats.identical == stats.compared && stats.compared > 0 ? 1 : 0),
            ("stats_rows_checked", Double(stats.rowsChecked)),
            ("stats_rows_balanced", stats.unbalancedRows == 0 ? 1 : 0),
            ("stats_max_ms", hubSorted.last ?? 0),
            ("sqlite_stats_max_ms", plainSorted.last ?? 0),
        ]
        for kind in ReportQueryMix.Kind.allCases {
            let name = kind.rawValue.replacingOccurrences(of: "-", with: "_")
            let hub = stats.millis(kind, hub: true)
            let plain = stats.millis(kind, hub: false)
            entries += [
                ("stats_\(name)_p50_ms", Percentile.of(hub, 0.5)), ("stats_\(name)_p95_ms", Percentile.of(hub, 0.95)),
                ("sqlite_stats_\(name)_p50_ms", Percentile.of(plain, 0.5)), ("sqlite_stats_\(name)_p95_ms", Percentile.of(plain, 0.95)),
            ]
        }
        entries += [
            ("intake_count", Double(intake.count)),
            ("intake_concurrency", Double(intake.concurrency)),
            ("intake_sequential_reports_per_s", Double(intake.sequentialCount) / intake.sequentialSeconds),
            ("intake_us", intake.intakeSeconds * 1e6 / Double(intake.count)),
            ("sqlite_insert_us", intake.sqliteSeconds * 1e6 / Double(intake.count)),
            ("intake_cpu_us", intake.intakeCPUSeconds * 1e6 / Double(intake.count)),
            ("sqlite_insert_cpu_us", intake.sqliteCPUSeconds * 1e6 / Double(intake.count)),
            ("intake_cpu_ratio_vs_sqlite", intake.intakeCPUSeconds / intake.sqliteCPUSeconds),
            ("node_mib", Double(intake.nodeBytes) / 1_048_576),
            ("hub_load_batch", Double(batch)),
            ("hub_load_seconds", load.seconds),
            ("hub_build_replica", load.mode == .replica ? 1 : 0),
            ("hub_write_cases_per_s", Double(load.cases) / load.hubWriteSeconds),
            ("hub_sample_cases", Double(load.sampleCases)),
            ("hub_sample_identical", load.sampleIdentical ? 1 : 0),
            ("flat_insert_rows_per_s", Double(load.cases) / load.flatInsertSeconds),
            ("flat_index_seconds", load.flatIndexSeconds),
            ("hub_mib", Double(load.hubBytes) / 1_048_576),
            ("flat_mib", Double(load.flatBytes) / 1_048_576),
            ("generated_processed_pct", share(load.tally.processed, of: load.cases)),
            ("generated_on_time_pct_of_processed", share(load.tally.processedOnTime, of: load.tally.processed)),
            ("generated_processing_pct", share(load.tally.processing, of: load.cases)),
            ("generated_ineligible_pct", share(load.tally.ineligible, of: load.cases)),
            ("generated_rated_pct_of_processed", share(load.tally.rated, of: load.tally.processed)),
            ("total_seconds", totalSeconds),
            ("load_average_start", loadAtStart),
            ("load_average_end", loadAtEnd),
        ]
        return entries
    }

    var json: String {
        "{" + entries.map { "\"\($0.0)\":\(Format.json($0.1))" }.joined(separator: ",") + "}"
    }

    /// The verification, one line: what `run` also writes to stderr.
    var checkLine: String {
        if checksPassed {
            let sample =
                load.mode == .sql
                ? "; the SQL-written facts and totals of \(Format.grouped(Double(load.sampleCases))) sample cases equal ReportProjection's "
                    + "(\(Format.grouped(Double(load.sampleRows))) rows)" : ""
            return "check: \(stats.identical) of \(stats.compared) requests give identical figures at the hub and in plain SQLite; "
                + "\(Format.grouped(Double(stats.rowsChecked))) rows, every one received = processed + processing + ineligible" + sample
        }
        var problems: [String] = []
        if !load.sampleIdentical { problems.append("the SQL-written facts differ from ReportProjection's: \(load.sampleDifference ?? "?")") }
        if stats.identical != stats.compared {
            problems.append("\(stats.compared - stats.identical) of \(stats.compared) requests differ, first: \(stats.firstDifference ?? "?")")
        }
        if stats.unbalancedRows > 0 {
            problems.append("\(stats.unbalancedRows) of \(stats.rowsChecked) rows have received ≠ processed + processing + ineligible")
        }
        return "CHECK FAILED: " + problems.joined(separator: "; ")
    }

    var table: String {
        func verdict(_ met: Bool) -> String { met ? "MET" : "MISSED" }
        func pair(_ values: [Double]) -> String {
            "\(Format.fixed(Percentile.of(values, 0.5), 2)) / \(Format.fixed(Percentile.of(values, 0.95), 2)) ms"
        }
        var rows: [[String]] = [
            ["figure", "measured", "baseline", "ratio", "target"],
            [
                "statistics at the hub, p50", "\(Format.fixed(statsP50, 2)) ms", "\(Format.fixed(sqliteP50, 2)) ms SQLite",
                "\(Format.fixed(statsP50 / sqliteP50, 2))× time", "",
            ],
            [
                "statistics at the hub, p95", "\(Format.fixed(statsP95, 2)) ms", "\(Format.fixed(sqliteP95, 2)) ms SQLite",
                "\(Format.fixed(statsRatio, 2))× time", "p95 ≤ \(Format.grouped(Self.statsP95TargetMillis)) ms \(verdict(statsMet))",
            ],
        ]
        for kind in ReportQueryMix.Kind.allCases {
            let hub = stats.millis(kind, hub: true)
            let plain = stats.millis(kind, hub: false)
            rows.append([
                "  \(kind.label), p50 / p95", pair(hub), pair(plain),
                "\(Format.fixed(Percentile.of(hub, 0.95) / max(Percentile.of(plain, 0.95), 1e-9), 2))× p95", "",
            ])
        }
        rows += [
            [
                "intake at node 651 (\(intake.concurrency) in flight)", "\(Format.grouped(intakePerSecond)) reports/s",
                "\(Format.grouped(sqliteInsertPerSecond)) inserts/s SQLite", "\(Format.fixed(intakeRatio, 2))× time",
                "≥ \(Format.grouped(Self.intakeTarget))/s \(verdict(intakeMet))",
            ],
            [
                "  same, CPU time only", "\(Format.fixed(intake.intakeCPUSeconds * 1e6 / Double(intake.count), 1)) µs/report",
                "\(Format.fixed(intake.sqliteCPUSeconds * 1e6 / Double(intake.count), 1)) µs/insert",
                "\(Format.fixed(intake.intakeCPUSeconds / intake.sqliteCPUSeconds, 2))× CPU", "",
            ],
            [
                "  one at a time (1 tx each)", "\(Format.grouped(Double(intake.sequentialCount) / intake.sequentialSeconds)) reports/s",
                "", "", "",
            ],
            [
                load.mode == .replica
                    ? "hub build (Replica.write, \(Format.grouped(Double(batch))) cases/tx)" : "hub build (projection rows by SQL, 1 tx)",
                "\(Format.grouped(Double(load.cases) / load.hubWriteSeconds)) cases/s",
                "\(Format.grouped(Double(load.cases) / load.flatInsertSeconds)) rows/s flat table",
                "\(Format.fixed(load.hubWriteSeconds / load.flatInsertSeconds, 1))× time", "",
            ],
        ]
        var lines = [
            "ioc-bench reports: \(Format.grouped(Double(reports))) cases at the hub over \(districts) districts × 6 units × 7 categories, "
                + "received \(ReportCaseGenerator.firstDay) … \(ReportCaseGenerator.lastDay); \(stats.hubMillis.count) statistics requests; "
                + "\(Format.grouped(Double(intake.count))) intakes",
            "generated: \(Format.fixed(share(load.tally.processed, of: load.cases), 1)) % processed "
                + "(\(Format.fixed(share(load.tally.processedOnTime, of: load.tally.processed), 1)) % of them on time), "
                + "\(Format.fixed(share(load.tally.processing, of: load.cases), 1)) % processing, "
                + "\(Format.fixed(share(load.tally.ineligible, of: load.cases), 1)) % ineligible; "
                + "\(Format.fixed(share(load.tally.rated, of: load.tally.processed), 1)) % of processed rated; "
                + "hub \(Format.fixed(Double(load.hubBytes) / 1_048_576, 0)) MiB, flat table \(Format.fixed(Double(load.flatBytes) / 1_048_576, 0)) MiB",
            load.mode == .sql
                ? "hub built by writing ReportProjection's rows directly (case_fact, stat_month, stat_open; one transaction, "
                    + "\(Format.fixed(load.hubWriteSeconds, 1)) s), checked against the projection on \(Format.grouped(Double(load.sampleCases))) cases"
                : "hub built through Replica.write (\(Format.grouped(Double(batch))) cases per transaction, \(Format.fixed(load.hubWriteSeconds, 1)) s), "
                    + "the projection deriving its rows",
            "",
        ]
        lines += SyncFigures.columns(rows)
        lines += [
            "",
            checkLine,
            "first request: \(stats.sampleLine)",
            "statistics \"now\" is \(ReportCaseGenerator.lastDay) + 1 day, 10:00 in Vietnam (open cases split on time / overdue against it); "
                + "the baseline has no median resolution time (its table keeps the day of receipt, not the time)",
            "load average (1 min) \(Format.fixed(loadAtStart, 2)) at start, \(Format.fixed(loadAtEnd, 2)) at end, on "
                + "\(ProcessInfo.processInfo.activeProcessorCount) cores; whole run \(Format.fixed(totalSeconds, 0)) s",
        ]
        return lines.joined(separator: "\n")
    }
}
