import ArgumentParser
import CRDT
import Foundation
import GRDB
import PublicServices
import Replica
import Synthetic
import Vietnam

/// `ioc-bench dossiers`: the province's one-stop dossiers at the hub (by default 2,000,000:
/// the demo generator's procedure mix over several years, the province and five districts),
/// ingested through `DossierDesk.ingest` in batches of 5,000 (one transaction per batch, one
/// change per dossier), beside the same records inserted into a plain SQLite table batch by
/// batch; then the reporting table (`DossierDesk.statistics`: a month, a quarter or a year,
/// by unit, field or procedure) beside the same counts by one SQL aggregate over a plain
/// indexed table, request by request, alternating which goes first.
struct DossiersBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossiers",
        abstract: "Measure the hub's dossier statistics over millions of dossiers and dossier ingest, each beside plain SQLite.",
        discussion: """
            JSON keys: stats_p50_ms, stats_p95_ms (the hub's reporting table), stats_p50_ms_sqlite,
            stats_p95_ms_sqlite (one SQL aggregate over a plain table), stats_ratio (p95 hub / p95
            plain), stats_target_ms (100), ingest_dossiers_per_s (DossierDesk.ingest, batches of
            5,000), ingest_dossiers_per_s_sqlite (plain inserts of the same records), ingest_ratio,
            ingest_target_per_s (5000), dossiers_loaded, first_table_seconds (the first table,
            which builds the in-memory tally), tables_checked_identical, tables_checked (the
            first --baseline-queries of the tables, also made by the plain aggregate).
            """)

    @Flag(help: "Print one JSON object on stdout instead of the table.") var json = false
    @Option(help: "Dossiers to load at the hub.") var dossiers = 2_000_000
    @Option(help: "Years of history they spread over, ending today.") var years = 4
    @Option(help: "Reporting tables timed.") var queries = 200
    @Option(help: "Of those, how many are also made by the plain aggregate (the baseline, ~30 s each at 2,000,000) and compared.")
    var baselineQueries = 20

    func validate() throws {
        guard (10_000...20_000_000).contains(dossiers), (1...20).contains(years), queries >= 10, (5...queries).contains(baselineQueries) else {
            throw ValidationError("--dossiers 10000…20000000, --years 1…20, --queries ≥ 10, --baseline-queries 5…queries")
        }
    }

    func run() throws {
        let settings = self
        let figures = try BlockingRun.wait { try await settings.measure() }
        if json {
            print("{" + figures.map { "\"\($0.0)\": \(Format.json($0.1))" }.joined(separator: ", ") + "}")
        } else {
            print(Self.table(Dictionary(figures, uniquingKeysWith: { a, _ in a }), settings: self))
        }
    }

    private func measure() async throws -> [(String, Double)] {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let clock = DossierClock()
        let replica = try Replica(path: try scratch.folder("hub") + "/hub.sqlite", site: SiteID(1), servesScopes: true, projections: [DossierProjection()])
        let desk = DossierDesk(replica: replica, homeScope: Scope.province, now: { now })
        let plain = try DatabaseQueue(path: try scratch.folder("plain") + "/plain.sqlite")
        try await plain.write { db in try db.execute(sql: PlainDossier.schema) }

        // The demo mix at the density that gives `dossiers` over `years` (12,500 a year at 1×).
        let perDay = Double(dossiers) / (12_500 * Double(years)) * 1.02
        let load = ProgressBar("load: \(Format.grouped(Double(dossiers))) dossiers over \(years) years at the hub and in plain SQLite", total: dossiers)
        var loaded = 0
        var hubSeconds = 0.0, plainSeconds = 0.0
        generation: for year in 0..<years {
            let yearNow = now - Int64(year) * 366 * 86_400_000
            for unit in desk.areas {
                var batch = DemoDossiers.dossiers(units: [unit], now: yearNow, clock: clock, perDay: perDay)
                batch = Array(batch.prefix(dossiers - loaded))
                for start in stride(from: 0, to: batch.count, by: DossierDesk.maxBatch) {
                    let slice = Array(batch[start..<min(batch.count, start + DossierDesk.maxBatch)])
                    let hubStart = ContinuousClock.now
                    let outcome = try await desk.ingest(slice, author: "bench")
                    hubSeconds += (ContinuousClock.now - hubStart).seconds
                    guard outcome.created == slice.count else { throw BenchmarkFailure("a batch created \(outcome.created) of \(slice.count)") }
                    let rows = slice.map { PlainDossier($0, clock: clock) }
                    let plainStart = ContinuousClock.now
                    try await plain.write { db in
                        let insert = try db.makeStatement(sql: PlainDossier.insert)
                        for row in rows { try insert.execute(arguments: row.arguments) }
                    }
                    plainSeconds += (ContinuousClock.now - plainStart).seconds
                    loaded += slice.count
                    load.update(loaded)
                }
                if loaded >= dossiers { break generation }
            }
        }
        load.finish("\(Format.grouped(Double(loaded))) dossiers, \(Format.grouped(Double(loaded) / hubSeconds))/s at the hub")

        // The first table builds the tally; then requests of the pages' shapes.
        let today = VietnamTime.date(millis: now)
        let firstStart = ContinuousClock.now
        _ = try await desk.statistics(period: .month(today.year, today.month), grouping: .unit, clock: clock)
        let firstSeconds = (ContinuousClock.now - firstStart).seconds
        var rng = SplitMix64(seed: 20_261_206)
        var requests: [(DossierPeriod, DossierStatistics.Grouping)] = []
        for _ in 0..<queries {
            let back = Int(rng.next() % 12)
            let index = today.year * 12 + today.month - 1 - back
            let (year, month) = (index / 12, index % 12 + 1)
            let period: DossierPeriod =
                switch rng.next() % 4 {
                case 0: DossierPeriod(first: CivilDate(year, 1, 1), last: CivilDate(year, 12, 31)) ?? .month(year, month)
                case 1: DossierPeriod(first: CivilDate(year, (month - 1) / 3 * 3 + 1, 1), last: CivilDate(year, (month - 1) / 3 * 3 + 3, 28)) ?? .month(year, month)
                default: .month(year, month)
                }
            requests.append((period, [DossierStatistics.Grouping.unit, .field, .procedure][Int(rng.next() % 3)]))
        }
        let view = ProgressBar("reporting table: \(queries) requests at the hub and in plain SQLite", total: queries)
        var hubMillis: [Double] = [], plainMillis: [Double] = []
        var identical = 0
        for (index, (period, grouping)) in requests.enumerated() {
            var hub: DossierStatistics?
            var flat: [String: (received: Int, newOnline: Int)] = [:]
            for turn in 0..<(index < baselineQueries ? 2 : 1) {
                let start = ContinuousClock.now
                if index >= baselineQueries || (turn == 0) == index.isMultiple(of: 2) {
                    hub = try await desk.statistics(period: period, grouping: grouping, clock: clock)
                    hubMillis.append((ContinuousClock.now - start).milliseconds)
                } else {
                    flat = try await PlainDossier.table(plain, period: period, grouping: grouping)
                    plainMillis.append((ContinuousClock.now - start).milliseconds)
                }
            }
            if index < baselineQueries, let hub, !hub.rows.isEmpty, hub.rows.allSatisfy({ flat[$0.key]?.received == $0.counts.received && flat[$0.key]?.newOnline == $0.counts.newOnline }),
                flat.count == hub.rows.count
            {
                identical += 1
            }
            view.update(index + 1)
        }
        hubMillis.sort()
        plainMillis.sort()
        view.finish("hub p95 \(Format.fixed(Percentile.of(hubMillis, 0.95), 2)) ms, SQLite p95 \(Format.fixed(Percentile.of(plainMillis, 0.95), 2)) ms")

        let p95 = Percentile.of(hubMillis, 0.95), plainP95 = Percentile.of(plainMillis, 0.95)
        let ingest = Double(loaded) / hubSeconds, plainIngest = Double(loaded) / plainSeconds
        return [
            ("stats_p50_ms", Percentile.of(hubMillis, 0.5)), ("stats_p95_ms", p95),
            ("stats_p50_ms_sqlite", Percentile.of(plainMillis, 0.5)), ("stats_p95_ms_sqlite", plainP95),
            ("stats_ratio", plainP95 > 0 ? p95 / plainP95 : 0), ("stats_target_ms", 100),
            ("ingest_dossiers_per_s", ingest), ("ingest_dossiers_per_s_sqlite", plainIngest), ("ingest_ratio", ingest / plainIngest),
            ("ingest_target_per_s", 5_000), ("dossiers_loaded", Double(loaded)), ("first_table_seconds", firstSeconds),
            ("tables_checked_identical", Double(identical)), ("tables_checked", Double(min(queries, baselineQueries))),
        ]
    }

    static func table(_ f: [String: Double], settings: DossiersBenchmark) -> String {
        func v(_ key: String) -> Double { f[key] ?? 0 }
        let statsMet = v("stats_p95_ms") <= 100, ingestMet = v("ingest_dossiers_per_s") >= 5_000
        return """
            ioc-bench dossiers: \(Format.grouped(v("dossiers_loaded"))) dossiers over \(settings.years) years at the hub \
            (the first table, which builds the in-memory tally, took \(Format.fixed(v("first_table_seconds"), 1)) s)

            figure                                   measured              baseline                               ratio       target
            ───────────────────────────────────────  ────────────────────  ─────────────────────────────────────  ──────────  ──────────────
            reporting table p95                      \(Format.fixed(v("stats_p95_ms"), 2)) ms              \(Format.fixed(v("stats_p95_ms_sqlite"), 2)) ms one SQL aggregate, plain table   \(Format.fixed(v("stats_ratio"), 2))× time   ≤ 100 ms \(statsMet ? "MET" : "NOT MET")
            reporting table p50                      \(Format.fixed(v("stats_p50_ms"), 2)) ms              \(Format.fixed(v("stats_p50_ms_sqlite"), 2)) ms
            ingest (batches of 5,000)                \(Format.grouped(v("ingest_dossiers_per_s"))) dossiers/s   \(Format.grouped(v("ingest_dossiers_per_s_sqlite"))) rows/s plain inserts            \(Format.fixed(v("ingest_ratio"), 2))× rate   ≥ 5,000/s \(ingestMet ? "MET" : "NOT MET")

            check: \(Int(v("tables_checked_identical"))) of \(Int(v("tables_checked"))) tables agree with the plain table's rows, received and received online
            """
    }
}

/// One dossier as a plain table keeps it: the record, and the columns counting needs.
struct PlainDossier: Sendable {
    var arguments: StatementArguments

    static let schema = """
        CREATE TABLE dossier (code TEXT PRIMARY KEY NOT NULL, unit TEXT NOT NULL, field TEXT NOT NULL, procedure TEXT NOT NULL, channel TEXT NOT NULL,
            received_ms INTEGER NOT NULL, closed_ms INTEGER NOT NULL, promised_day INTEGER, at_closing TEXT NOT NULL, record TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX dossier_received ON dossier (received_ms);
        """
    static let insert = "INSERT OR REPLACE INTO dossier VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    static let encoder = JSONEncoder()

    init(_ d: Dossier, clock: DossierClock) {
        let record = (try? Self.encoder.encode(d)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        arguments = [
            d.code, d.unit, d.field.code, d.procedure.code, d.channel.rawValue, d.receivedAt, d.closedAt ?? Int64.max,
            clock.promisedDay(d, asOf: d.receivedAt)?.julianDay, d.closedAt.map { clock.timeliness(d, at: $0).rawValue } ?? "", record,
        ]
    }

    /// Received and received online per row of the table, by one aggregate.
    static func table(_ db: DatabaseQueue, period: DossierPeriod, grouping: DossierStatistics.Grouping) async throws -> [String: (received: Int, newOnline: Int)] {
        let column = grouping == .office ? "unit" : grouping.rawValue
        let (start, end) = (period.startMillis, period.endMillis)
        let endDay = VietnamTime.julianDay(millis: end)
        return try await db.read { db in
            var out: [String: (Int, Int)] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT \(column), count(*), sum(received_ms >= :start AND channel = :online), sum(received_ms < :start),
                        sum(closed_ms <= :end AND at_closing = 'truoc-han'), sum(closed_ms <= :end AND at_closing IN ('dung-han', 'khong-thoi-han')),
                        sum(closed_ms <= :end AND at_closing = 'tre-han'), sum(closed_ms <= :end AND at_closing = 'khong-giai-quyet'),
                        sum(closed_ms > :end AND promised_day < :endDay), sum(closed_ms > :end AND (promised_day IS NULL OR promised_day >= :endDay))
                    FROM dossier WHERE received_ms <= :end AND closed_ms >= :start GROUP BY \(column)
                    """, arguments: ["start": start, "end": end, "endDay": endDay, "online": DossierChannel.online.rawValue])
            while let row = try rows.next() { out[row[0]] = (row[1], row[2]) }
            return out
        }
    }
}
