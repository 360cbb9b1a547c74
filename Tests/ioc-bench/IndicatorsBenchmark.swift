import ArgumentParser
import CRDT
import Dispatch
import Foundation
import GRDB
import Indicators
import Replica
import Sheets
import Synchronization
import Synthetic

/// `ioc-bench indicators`: a province's indicator history at the hub (by default 300
/// indicators × 16 areas × 15 years of monthly figures, written through `IndicatorDesk.enter`
/// in batches like an import), then
/// - the group view (`IndicatorDesk.summaries` of one area, group and year: its figures,
///   targets and summaries) against the same figures read from a plain SQLite table by the
///   same SQL and summarised alike, request by request, alternating which goes first;
/// - the import of a statistics office's wide sheet (CSV, Vietnamese numbers): read,
///   matched and written, in cells per second, beside parsing the same cells' numbers alone.
struct IndicatorsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Measure the indicator group view's query time at the hub beside plain SQLite, and sheet import throughput.",
        discussion: """
            JSON keys: series_query_p50_ms, series_query_p95_ms (the hub's group view),
            series_query_p50_ms_sqlite, series_query_p95_ms_sqlite (the plain table),
            series_query_ratio (p95 hub / p95 plain), series_query_target_ms (50),
            import_cells_per_s (read + match + write), import_parse_cells_per_s (the numbers
            parsed alone), import_ratio, figures_loaded, load_seconds, groups_checked_identical.
            """)

    @Flag(help: "Print one JSON object on stdout instead of the table.") var json = false
    @Option(help: "Indicators in the catalog (spread over the 16 groups).") var indicators = 300
    @Option(help: "Areas: the province and this many minus one districts.") var areas = 16
    @Option(help: "Years of monthly figures, ending last year.") var years = 15
    @Option(help: "Group-view requests timed.") var queries = 300

    func validate() throws {
        guard (16...5_000).contains(indicators), (2...200).contains(areas), (2...40).contains(years), queries >= 10 else {
            throw ValidationError("--indicators 16…5000, --areas 2…200, --years 2…40, --queries ≥ 10")
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

    static let lastYear = Calendar(identifier: .gregorian).component(.year, from: Date()) - 1

    private func measure() async throws -> [(String, Double)] {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let districts = (1..<areas).map { String(700 + $0) }
        let replica = try Replica(path: try scratch.folder("hub") + "/hub.sqlite", site: SiteID(1), servesScopes: true, projections: [IndicatorProjection()])
        let desk = IndicatorDesk(replica: replica, homeScope: Scope.province, districts: districts)
        let groups = IndicatorGroup.standard.map(\.code)
        let catalog = (0..<indicators).map { i in
            IndicatorDefinition(
                code: String(format: "BENCH_%04d", i), nameVi: "Chỉ tiêu thử \(i)", nameEn: "Bench indicator \(i)", group: groups[i % groups.count], unit: "tỷ đồng",
                frequency: .month, aggregation: .sum, nature: .flow, source: "ioc-bench")
        }
        try await desk.catalog.put(catalog, author: "bench")
        let actor = IndicatorActor(author: "bench", areas: nil, approves: true)

        // The history, one area-year of every indicator per batch (300 × 12 figures).
        let firstYear = Self.lastYear - years + 1
        let allAreas = [Scope.province] + districts
        var rng = SplitMix64(seed: 20_261_206)
        let batches = allAreas.count * years
        let load = ProgressBar("load: \(indicators) indicators × \(allAreas.count) areas × \(years) years of monthly figures", total: batches)
        let loadStart = ContinuousClock.now
        var loaded = 0
        for (a, area) in allAreas.enumerated() {
            for (y, year) in (firstYear...Self.lastYear).enumerated() {
                var entries: [FigureEntry] = []
                entries.reserveCapacity(indicators * 12)
                for d in catalog {
                    for month in 1...12 {
                        entries.append(FigureEntry(
                            indicator: d.code, area: area, period: ReportingPeriod(year: year, frequency: .month, index: month)!,
                            value: (100 + rng.nextUnit() * 900).rounded(), status: .official))
                    }
                }
                loaded += try await desk.enter(entries, by: actor)
                load.update(a * years + y + 1)
            }
            try await desk.setTargets(catalog.map { IndicatorTarget(indicator: $0.code, area: area, year: Self.lastYear, value: 6_000) }, by: actor)
        }
        let loadSeconds = (ContinuousClock.now - loadStart).seconds
        load.finish("\(Format.grouped(Double(loaded))) figures")

        // The plain table: the same figures, one row each, indexed like the projection.
        let plain = try DatabaseQueue(path: try scratch.folder("plain") + "/plain.sqlite")
        try await plain.write { db in
            try db.execute(sql: """
                CREATE TABLE figure (indicator TEXT NOT NULL, area TEXT NOT NULL, period TEXT NOT NULL, sort_key INTEGER NOT NULL, year INTEGER NOT NULL,
                    months INTEGER NOT NULL, value REAL NOT NULL, status TEXT NOT NULL, PRIMARY KEY (indicator, area, period)) WITHOUT ROWID;
                CREATE INDEX figure_area ON figure (area, indicator, sort_key);
                CREATE TABLE target (indicator TEXT NOT NULL, area TEXT NOT NULL, year INTEGER NOT NULL, value REAL NOT NULL, PRIMARY KEY (indicator, area, year)) WITHOUT ROWID;
                """)
        }
        let copy = try await replica.read { db in
            (try Row.fetchAll(db, sql: "SELECT indicator, area, period, sort_key, year, months, value, status FROM indicator_value").map {
                PlainFigure(indicator: $0[0], area: $0[1], period: $0[2], sortKey: $0[3], year: $0[4], months: $0[5], value: $0[6], status: $0[7])
            },
             try Row.fetchAll(db, sql: "SELECT indicator, area, year, value FROM indicator_target").map { IndicatorTarget(indicator: $0[0], area: $0[1], year: $0[2], value: $0[3]) })
        }
        try await plain.write { db in
            let insert = try db.makeStatement(sql: "INSERT INTO figure VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            for f in copy.0 { try insert.execute(arguments: [f.indicator, f.area, f.period, f.sortKey, f.year, f.months, f.value, f.status]) }
            let target = try db.makeStatement(sql: "INSERT INTO target VALUES (?, ?, ?, ?)")
            for t in copy.1 { try target.execute(arguments: [t.indicator, t.area, t.year, t.value]) }
        }

        // The group view, request by request.
        var requests: [(area: String, group: String, year: Int)] = []
        for _ in 0..<queries {
            requests.append((allAreas[Int(rng.nextUnit() * Double(allAreas.count))], groups[Int(rng.nextUnit() * Double(groups.count))], firstYear + 1 + Int(rng.nextUnit() * Double(years - 1))))
        }
        let definitions = Dictionary(catalog.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let view = ProgressBar("group view: \(queries) requests at the hub and in plain SQLite", total: queries)
        var hubMillis: [Double] = [], plainMillis: [Double] = []
        var identical = 0
        _ = try await desk.summaries(area: requests[0].area, group: requests[0].group, year: requests[0].year)
        for (index, r) in requests.enumerated() {
            var hub: [IndicatorSummary] = [], flat: [IndicatorSummary] = []
            for turn in 0..<2 {
                let start = ContinuousClock.now
                if (turn == 0) == index.isMultiple(of: 2) {
                    hub = try await desk.summaries(area: r.area, group: r.group, year: r.year)
                    hubMillis.append((ContinuousClock.now - start).milliseconds)
                } else {
                    flat = try await Self.plainSummaries(plain, definitions: catalog.filter { $0.group == r.group }, area: r.area, year: r.year)
                    plainMillis.append((ContinuousClock.now - start).milliseconds)
                }
            }
            if hub.map(\.yearToDate) == flat.map(\.yearToDate) && hub.map(\.planProgress) == flat.map(\.planProgress) && !hub.isEmpty { identical += 1 }
            view.update(index + 1)
        }
        hubMillis.sort()
        plainMillis.sort()
        view.finish("hub p95 \(Format.fixed(Percentile.of(hubMillis, 0.95), 2)) ms, SQLite p95 \(Format.fixed(Percentile.of(plainMillis, 0.95), 2)) ms")
        _ = definitions

        // Import: a wide sheet of every indicator's twelve months of one more year, Vietnamese numbers.
        var csv = "Chỉ tiêu;" + (1...12).map { "Tháng \($0)/\(Self.lastYear + 1)" }.joined(separator: ";") + "\n"
        for d in catalog {
            csv += d.code + ";" + (1...12).map { _ in String(format: "%d,%d", 1000 + Int(rng.nextUnit() * 9000), Int(rng.nextUnit() * 10)).replacingOccurrences(of: ".", with: ",") }
                .joined(separator: ";") + "\n"
        }
        let bytes = Array(csv.utf8)
        let importProgress = ProgressBar("import: a \(indicators) × 12 sheet, read, matched and written", total: 1)
        let importStart = ContinuousClock.now
        let sheet = WideSheetImport(grid: try SheetFile.read(bytes), catalog: try await desk.catalog.definitions(), area: districts[0], status: .estimate, source: "bench")
        let written = try await desk.enter(sheet.figures(resolving: .skip), by: actor)
        let importSeconds = (ContinuousClock.now - importStart).seconds
        guard written == indicators * 12, sheet.problems.isEmpty else { throw BenchmarkFailure("the sheet imported \(written) figures with \(sheet.problems.count) problems") }
        importProgress.finish("\(written) cells")
        let parseStart = ContinuousClock.now
        var parsed = 0
        for line in csv.split(separator: "\n").dropFirst() {
            for field in line.split(separator: ";").dropFirst() where Double(field.replacingOccurrences(of: ",", with: ".")) != nil { parsed += 1 }
        }
        let parseSeconds = (ContinuousClock.now - parseStart).seconds
        guard parsed == written else { throw BenchmarkFailure("parsed \(parsed) of \(written)") }

        let p95 = Percentile.of(hubMillis, 0.95), plainP95 = Percentile.of(plainMillis, 0.95)
        return [
            ("series_query_p50_ms", Percentile.of(hubMillis, 0.5)), ("series_query_p95_ms", p95),
            ("series_query_p50_ms_sqlite", Percentile.of(plainMillis, 0.5)), ("series_query_p95_ms_sqlite", plainP95),
            ("series_query_ratio", plainP95 > 0 ? p95 / plainP95 : 0), ("series_query_target_ms", 50),
            ("import_cells_per_s", Double(written) / importSeconds), ("import_parse_cells_per_s", Double(parsed) / parseSeconds),
            ("import_ratio", (Double(written) / importSeconds) / (Double(parsed) / parseSeconds)),
            ("figures_loaded", Double(loaded)), ("load_seconds", loadSeconds), ("groups_checked_identical", Double(identical)), ("groups_checked", Double(queries)),
        ]
    }

    struct PlainFigure: Sendable {
        var indicator: String, area: String, period: String
        var sortKey: Int, year: Int, months: Int
        var value: Double
        var status: String
    }

    /// The group view from the plain table: the same SQL shape, the same summaries.
    static func plainSummaries(_ db: DatabaseQueue, definitions: [IndicatorDefinition], area: String, year: Int) async throws -> [IndicatorSummary] {
        let codes = definitions.map(\.code)
        let (rows, targets) = try await db.read { db in
            (try Row.fetchAll(
                db, sql: "SELECT indicator, period, value, status FROM figure WHERE area = ? AND indicator IN (\(databaseQuestionMarks(count: codes.count))) AND sort_key BETWEEN ? AND ? ORDER BY indicator, sort_key",
                arguments: StatementArguments([area]) + StatementArguments(codes) + [(year - 1) * 10_000 + 100, year * 10_000 + 1299]),
             try Row.fetchAll(db, sql: "SELECT indicator, value FROM target WHERE area = ? AND year = ?", arguments: [area, year]))
        }
        var figures: [String: [IndicatorFigure]] = [:]
        for row in rows {
            guard let period = ReportingPeriod(parsing: row[1]) else { continue }
            figures[row[0], default: []].append(IndicatorFigure(indicator: row[0], area: area, period: period, value: row[2], status: FigureStatus(rawValue: row[3]) ?? .official))
        }
        let planned = Dictionary(targets.map { (String($0[0]), IndicatorTarget(indicator: $0[0], area: area, year: year, value: $0[1])) }, uniquingKeysWith: { a, _ in a })
        return definitions.map { IndicatorSummary(definition: $0, figures: figures[$0.code] ?? [], targets: planned[$0.code].map { [$0] } ?? []) }
    }

    static func table(_ f: [String: Double], settings: IndicatorsBenchmark) -> String {
        func v(_ key: String) -> Double { f[key] ?? 0 }
        let met = v("series_query_p95_ms") <= 50
        return """
            ioc-bench indicators: \(settings.indicators) indicators × \(settings.areas) areas × \(settings.years) years of monthly figures \
            (\(Format.grouped(v("figures_loaded"))) figures, loaded in \(Format.fixed(v("load_seconds"), 1)) s through IndicatorDesk.enter)

            figure                                   measured            baseline                          ratio       target
            ───────────────────────────────────────  ──────────────────  ────────────────────────────────  ──────────  ─────────────
            group view p95 (one area, group, year)   \(Format.fixed(v("series_query_p95_ms"), 2)) ms             \(Format.fixed(v("series_query_p95_ms_sqlite"), 2)) ms plain SQLite table           \(Format.fixed(v("series_query_ratio"), 2))× time   ≤ 50 ms \(met ? "MET" : "NOT MET")
            group view p50                           \(Format.fixed(v("series_query_p50_ms"), 2)) ms             \(Format.fixed(v("series_query_p50_ms_sqlite"), 2)) ms plain SQLite table
            sheet import (read, match, write)        \(Format.grouped(v("import_cells_per_s"))) cells/s   \(Format.grouped(v("import_parse_cells_per_s"))) cells/s numbers parsed alone   \(Format.fixed(v("import_ratio"), 2))× rate

            check: \(Int(v("groups_checked_identical"))) of \(Int(v("groups_checked"))) group views identical to the plain table's (year to date and plan progress of every indicator)
            """
    }
}
