import CRDT
import FieldReports
import Foundation
import Replica
import Synchronization
import Vietnam

/// Step 1a: the hub's database of `count` cases, and the baseline's flat table of the same
/// cases. Two ways to build the hub (`--hub-build`):
///
/// - `sql` (the default): the rows `ReportProjection` derives from the cases — `case_fact`,
///   `stat_month`, `stat_open` — written straight into its tables in one transaction
///   (`ReportFactWriter`), at a hub replica opened with the projection (so its tables,
///   indexes and version stamp are the real ones). The case entities themselves are not
///   written: statistics read only these three tables.
/// - `replica`: every case written as a real case entity through
///   `Replica.write([EntityWrite])`, `batch` cases per transaction, so the projection
///   derives the three tables itself. Each case is one change carrying the final values its
///   workflow would have left (status, unit, accepted/resolved/closed times, deadline,
///   rating); the projection sees only the merged state, so its rows are the same as after
///   the whole history.
///
/// Why `sql` is the default: measured on this 2-core machine, a million cases through
/// `Replica.write` took 172 s of writing at load average ≈ 1 (5,800 cases/s; about
/// 3,700/s, i.e. 4½ minutes, while another build shared the cores), a 5.6 GB hub (each
/// case entity, ~1.4 KB of doc and state, spills into a 4 KiB overflow page of the
/// WITHOUT ROWID `entity` table) and a 5-minute run — at or past the three minutes the
/// brief allows for building it. `sql` writes the same rows in 17–25 s. So that `sql` cannot
/// drift from the projection's semantics, every `sql` run also writes a sample of cases
/// (spread over the whole 24 months and every outcome) both ways into two small replicas
/// and requires the three tables to be identical row for row; and a `replica` run of the
/// same seed gives the same statistics as an `sql` run.
///
/// In `replica` mode, cases are generated while the previous batch is being written.
struct ReportHubLoad {
    enum Mode: String, CaseIterable, Sendable {
        case sql, replica
    }

    /// How the generated cases came out.
    struct Tally: Sendable {
        var processed = 0
        var processedOnTime = 0
        var processing = 0
        var ineligible = 0
        var rated = 0

        mutating func count(_ item: SyntheticCase) {
            switch item.status.outcome {
            case .processed:
                processed += 1
                if let resolved = item.resolvedMillis, resolved <= item.deadlineMillis { processedOnTime += 1 }
            case .processing: processing += 1
            case .ineligible: ineligible += 1
            }
            if item.rating != nil { rated += 1 }
        }
    }

    struct Result: Sendable {
        var mode: Mode
        var cases: Int
        var seconds = 0.0
        /// Time writing the hub alone (`Replica.write` calls, or the facts' transaction),
        /// and the flat table's inserts.
        var hubWriteSeconds = 0.0
        var flatInsertSeconds = 0.0
        var flatIndexSeconds = 0.0
        var hubBytes: Int64 = 0
        var flatBytes: Int64 = 0
        var tally = Tally()
        /// `sql` mode: the sample written both ways, and whether the tables matched.
        var sampleCases = 0
        var sampleRows = 0
        var sampleIdentical = true
        var sampleDifference: String?
    }

    /// Cases of the `sql` mode's check against the projection.
    static let sampleCount = 5_000

    let mode: Mode
    let count: Int
    let districts: Int
    let batch: Int

    func run(hub: Replica, flat: ReportFlatTable, flatPath: String, folder: String, calendar: WorkingCalendar) async throws -> Result {
        let clock = ContinuousClock()
        let started = clock.now
        var result = Result(mode: mode, cases: count)
        switch mode {
        case .replica:
            try await writeThroughReplica(hub: hub, flat: flat, calendar: calendar, into: &result)
        case .sql:
            let start = clock.now
            result.tally = try Self.writeFacts(hub: hub, count: count, districts: districts, calendar: calendar, label: "the hub")
            result.hubWriteSeconds = (clock.now - start).seconds
            try await writeFlat(flat, calendar: calendar, into: &result)
            try await checkSample(folder: folder, calendar: calendar, into: &result)
        }
        let indexStart = clock.now
        try await flat.index()
        result.flatIndexSeconds = (clock.now - indexStart).seconds
        result.seconds = (clock.now - started).seconds
        result.hubBytes = Self.bytes(hub.path)
        result.flatBytes = Self.bytes(flatPath)
        return result
    }

    /// `sql` mode: every case's fact, then the totals, in one transaction. (`withDatabase`
    /// is synchronous: it holds this task's thread for the transaction, nothing else runs.)
    static func writeFacts(hub: Replica, count: Int, districts: Int, calendar: WorkingCalendar, label: String) throws -> Tally {
        try hub.withDatabase { db in
            let progress = ProgressBar(
                "step 1: \(Format.grouped(Double(count))) cases' facts and totals written at \(label) (SQL, one transaction)", total: count)
            var generator = ReportCaseGenerator(districts: districts, calendar: calendar)
            var writer = try ReportFactWriter(db)
            var tally = Tally()
            for index in 0..<count {
                let item = generator.next(index: index, of: count)
                try writer.add(item)
                tally.count(item)
                if index & 4_095 == 0 { progress.update(index) }
            }
            try writer.finish(db)
            progress.finish("\(Format.grouped(Double(count))) case_fact rows")
            return tally
        }
    }

    /// `sql` mode: the same cases (the same seeded stream) into the flat table.
    private func writeFlat(_ flat: ReportFlatTable, calendar: WorkingCalendar, into result: inout Result) async throws {
        let progress = ProgressBar("step 1: the same \(Format.grouped(Double(count))) cases into the flat table", total: count)
        var generator = ReportCaseGenerator(districts: districts, calendar: calendar)
        var done = 0
        var seconds = 0.0
        while done < count {
            let size = min(20_000, count - done)
            let cases = (done..<(done + size)).map { generator.next(index: $0, of: count) }
            let start = ContinuousClock.now
            try await flat.insert(cases)
            seconds += (ContinuousClock.now - start).seconds
            done += size
            progress.update(done)
        }
        result.flatInsertSeconds = seconds
        progress.finish("\(Format.grouped(Double(count) / seconds)) rows/s")
    }

    /// `sql` mode: `sampleCount` cases spread over the 24 months, written through
    /// `Replica.write` at one small hub and as facts at another; the three tables must match.
    private func checkSample(folder: String, calendar: WorkingCalendar, into result: inout Result) async throws {
        let progress = ProgressBar(
            "step 1: check — \(Format.grouped(Double(Self.sampleCount))) cases through Replica.write + ReportProjection vs the SQL facts", total: 1)
        let count = Self.sampleCount
        let viaProjection = try Replica(
            path: folder + "/sample-projection.sqlite", site: SiteID(1), servesScopes: true, projections: [ReportProjection()])
        var generator = ReportCaseGenerator(districts: districts, calendar: calendar)
        let cases = (0..<count).map { generator.next(index: $0, of: count) }
        var start = 0
        while start < count {
            let slice = cases[start..<min(count, start + batch)]
            try await viaProjection.write(
                slice.map { EntityWrite(id: $0.id, type: RecordDesk.caseType, scope: $0.district, edits: $0.edits) }, author: "bench-loader@hub")
            start += slice.count
        }
        let viaSQL = try Replica(path: folder + "/sample-sql.sqlite", site: SiteID(1), servesScopes: true, projections: [ReportProjection()])
        _ = try Self.writeFacts(hub: viaSQL, count: count, districts: districts, calendar: calendar, label: "a sample hub")
        let projected = try await viaProjection.read { db in try ReportFactWriter.dump(db) }
        let generated = try await viaSQL.read { db in try ReportFactWriter.dump(db) }
        result.sampleCases = count
        result.sampleRows = projected.count
        if projected != generated {
            result.sampleIdentical = false
            let onlyProjected = Set(projected).subtracting(generated).sorted().first ?? "none"
            let onlyGenerated = Set(generated).subtracting(projected).sorted().first ?? "none"
            result.sampleDifference = "projection \(projected.count) rows, SQL \(generated.count); "
                + "first only in the projection's: \(onlyProjected); first only in the SQL's: \(onlyGenerated)"
        }
        progress.finish(
            result.sampleIdentical
                ? "\(Format.grouped(Double(projected.count))) rows of case_fact, stat_month and stat_open identical"
                : "DIFFERENT: \(result.sampleDifference ?? "")")
    }

    /// `replica` mode: cases through `Replica.write`, `batch` per transaction, and into the
    /// flat table, the next batch generated while one is being written.
    private func writeThroughReplica(hub: Replica, flat: ReportFlatTable, calendar: WorkingCalendar, into result: inout Result) async throws {
        var generator = ReportCaseGenerator(districts: districts, calendar: calendar)
        let progress = ProgressBar(
            "step 1: \(Format.grouped(Double(count))) cases written at the hub (Replica.write, \(Format.grouped(Double(batch)))/tx) and into the flat table",
            total: count)
        let timings = LoadTimings()
        var pending: Task<Void, any Error>?
        var done = 0
        while done < count {
            let size = min(batch, count - done)
            var cases: [SyntheticCase] = []
            cases.reserveCapacity(size)
            for index in done..<(done + size) {
                let item = generator.next(index: index, of: count)
                result.tally.count(item)
                cases.append(item)
            }
            let writes = cases.map { EntityWrite(id: $0.id, type: RecordDesk.caseType, scope: $0.district, edits: $0.edits) }
            try await pending?.value
            progress.update(done)
            let batchCases = cases
            pending = Task {
                let start = ContinuousClock.now
                try await hub.write(writes, author: "bench-loader@hub")
                let middle = ContinuousClock.now
                try await flat.insert(batchCases)
                timings.add(replica: (middle - start).seconds, flat: (ContinuousClock.now - middle).seconds)
            }
            done += size
        }
        try await pending?.value
        (result.hubWriteSeconds, result.flatInsertSeconds) = timings.totals
        progress.finish(
            "Replica.write \(Format.grouped(Double(count) / result.hubWriteSeconds)) cases/s, "
                + "flat inserts \(Format.grouped(Double(count) / result.flatInsertSeconds)) rows/s")
    }

    /// The database and its WAL, in bytes.
    static func bytes(_ path: String) -> Int64 {
        [path, path + "-wal"].reduce(Int64(0)) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value ?? 0
            return total + size
        }
    }
}

/// Seconds spent in the two stores, added from the writing tasks.
final class LoadTimings: Sendable {
    private let totalsLock = Mutex<(Double, Double)>((0, 0))

    func add(replica: Double, flat: Double) {
        totalsLock.withLock { $0 = ($0.0 + replica, $0.1 + flat) }
    }

    var totals: (Double, Double) { totalsLock.withLock { $0 } }
}
