import ArgumentParser
import CRDT
import Dispatch
import FieldReports
import Foundation
import Replica
import Synchronization

extension ReportHubLoad.Mode: ExpressibleByArgument {}

/// `ioc-bench reports`: the field-report service's statistics at the hub and intake at a
/// node, each figure beside its baseline.
struct ReportsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports",
        abstract: "Measure statistics at the hub over many reports, and report intake at a node.",
        discussion: """
            1. Statistics at the hub: --reports cases over --districts districts
               (643…), 6 units, 7 categories, 24 months, the usual outcomes, at a
               hub replica with ReportProjection. --hub-build sql (default)
               writes the projection's rows directly, in one transaction, and
               checks them against the projection on 5,000 cases written through
               Replica.write; --hub-build replica writes every case through
               Replica.write (minutes for a million). Then --queries requests
               through RecordDesk.statistics (province, a year, by district; a
               district, a quarter, by unit; a category by month over a range
               with partial months at both ends; all time by category) against
               one GROUP BY over a flat table of the same rows.
               stats_p95_ms, target ≤ 100 ms; stats_ratio_vs_sqlite: p95/p95.
               Any differing figure, any row where received ≠ processed +
               processing + ineligible, or a sample whose SQL-written rows
               differ from the projection's, fails the run (exit 1).
            2. Intake at node 651: --intake reports through RecordDesk.intake,
               32 in flight (concurrent submissions share commits), against
               plain SQLite inserts of the same fields, one transaction each.
               intake_reports_per_s, target ≥ 2,000; intake_ratio_vs_sqlite:
               time over time. Then a quarter as many one at a time:
               intake_sequential_reports_per_s.
            --quick: 50,000 cases and 2,000 intakes unless given.
            """)

    @Flag(help: "Print one JSON object on stdout instead of the table.")
    var json = false

    @Flag(help: "A fast smoke run: 50,000 cases and 2,000 intakes unless given.")
    var quick = false

    @Option(help: "Cases at the hub (step 1); default 1,000,000, 50,000 with --quick.")
    var reports: Int?

    @Option(help: "Districts the cases are spread over, codes 643 onwards.")
    var districts = 15

    @Option(help: "Reports taken through RecordDesk.intake at a node (step 2); default 20,000, 2,000 with --quick.")
    var intake: Int?

    @Option(help: "Statistics requests (step 1).")
    var queries = 200

    @Option(help: "How to build the hub: sql (the projection's rows written directly, checked against the projection on a sample) or replica (every case through Replica.write).")
    var hubBuild: ReportHubLoad.Mode = .sql

    @Flag(help: "Keep the databases (hub, flat table, node) for inspection instead of removing them.")
    var keep = false

    @Option(help: "Cases per Replica.write transaction (--hub-build replica, and the sample check).")
    var batch = 5_000

    var reportCount: Int { reports ?? (quick ? 50_000 : 1_000_000) }
    var intakeCount: Int { intake ?? (quick ? 2_000 : 20_000) }

    func validate() throws {
        guard reportCount >= 1, intakeCount >= 1, queries >= 1, batch >= 1 else {
            throw ValidationError("--reports, --intake, --queries and --batch must be at least 1")
        }
        guard (1...100).contains(districts) else { throw ValidationError("--districts must lie between 1 and 100") }
    }

    func run() throws {
        let settings = ReportsRun(reports: reportCount, districts: districts, intake: intakeCount, queries: queries, batch: batch, hubBuild: hubBuild, keep: keep)
        let figures = try BlockingRun.wait { try await settings.run() }
        StandardError.write("ioc-bench reports: \(figures.checkLine)\n")
        print(json ? figures.json : figures.table)
        if !figures.checksPassed { throw ExitCode(1) }
    }
}

/// The run's settings, and the run itself.
struct ReportsRun: Sendable {
    var reports: Int
    var districts: Int
    var intake: Int
    var queries: Int
    var batch: Int
    var hubBuild: ReportHubLoad.Mode
    var keep: Bool

    func run() async throws -> ReportsFigures {
        let loadAtStart = LoadAverage.oneMinute()
        let clock = ContinuousClock()
        let started = clock.now
        let scratch = try ScratchDirectory()
        defer { if !keep { scratch.remove() } }
        StandardError.write("ioc-bench reports: databases in \(scratch.path) (\(keep ? "kept" : "removed at the end"))\n")

        // Step 1: the hub, its cases, and the flat table of the same cases.
        let hubFolder = try scratch.folder("hub")
        let hub = try Replica(path: hubFolder + "/hub.sqlite", site: SiteID(1), servesScopes: true, projections: [ReportProjection()])
        let hubCatalog = ReferenceCatalog(replica: hub)
        try await hubCatalog.seedIfEmpty(author: "bench@hub")
        let calendar = try await hubCatalog.snapshot().calendar
        let flatPath = hubFolder + "/flat.sqlite"
        let flat = try ReportFlatTable(path: flatPath)
        let load = try await ReportHubLoad(mode: hubBuild, count: reports, districts: districts, batch: batch)
            .run(hub: hub, flat: flat, flatPath: flatPath, folder: hubFolder, calendar: calendar)
        let flatRows = try await flat.count()
        guard flatRows == reports else { throw BenchmarkFailure("the flat table holds \(flatRows) rows, not \(reports)") }
        let hubDesk = RecordDesk(replica: hub, homeScope: Scope.province, catalog: hubCatalog, now: { ReportCaseGenerator.nowMillis })
        var mix = ReportQueryMix(districts: (0..<districts).map { String(643 + $0) })
        let stats = try await ReportStatisticsBenchmark(requests: mix.requests(queries), nowMillis: ReportCaseGenerator.nowMillis)
            .run(desk: hubDesk, flat: flat)

        // Step 2: intake at a district node.
        let nodeFolder = try scratch.folder("node")
        let node = try Replica(
            path: nodeFolder + "/node.sqlite", site: SiteID(0x0651_0001), servesScopes: false, projections: [ReportProjection()])
        let intakeResult = try await ReportIntakeBenchmark(count: intake).run(node: node, folder: nodeFolder)

        return ReportsFigures(
            reports: reports, districts: districts, batch: batch, load: load, stats: stats, intake: intakeResult,
            totalSeconds: (clock.now - started).seconds, loadAtStart: loadAtStart, loadAtEnd: LoadAverage.oneMinute())
    }
}
