import CRDT
import Foundation
import Records
import Replica
import Synchronization
import WorkingCalendar

/// Step 1a: the hub's database of `count` cases, and the baseline's flat table of the same
/// cases.
///
/// How: every case is written as a real case entity through `Replica.write([EntityWrite])`,
/// `batch` cases per transaction, at a hub replica opened with `ReportProjection`, so the
/// projection derives `case_fact`, `stat_month` and `stat_resolve` itself, in the writing
/// transaction, exactly as it does for cases that arrive by intake, workflow or sync. Each
/// case is one change carrying the final values its workflow would have left (status,
/// unit, accepted/resolved/closed times, deadline, rating): the projection sees only the
/// merged state, so the statistics tables are the same as after the whole history.
/// (The brief allowed generating the three tables with SQL if this took more than about
/// three minutes for a million cases; measured, it does not — see the report — so the
/// projection's own code builds them and nothing here has to mirror its semantics.)
/// Reports are not written: statistics read only cases.
///
/// Cases are generated while the previous batch is being written (two cores).
struct ReportHubLoad {
    struct Result: Sendable {
        var cases: Int
        var seconds: Double
        /// Time inside `Replica.write` alone, and inside the flat table's inserts.
        var replicaWriteSeconds: Double
        var flatInsertSeconds: Double
        var flatIndexSeconds: Double
        var hubBytes: Int64
        var flatBytes: Int64
        var processed: Int
        var processedOnTime: Int
        var processing: Int
        var ineligible: Int
        var rated: Int
    }

    let count: Int
    let districts: Int
    let batch: Int

    func run(hub: Replica, flat: ReportFlatTable, flatPath: String, calendar: WorkingCalendar) async throws -> Result {
        var generator = ReportCaseGenerator(districts: districts, calendar: calendar)
        let progress = ProgressBar(
            "step 1: \(Format.grouped(Double(count))) cases written at the hub (Replica.write, \(Format.grouped(Double(batch)))/tx) and into the flat table",
            total: count)
        let clock = ContinuousClock()
        let started = clock.now
        let timings = LoadTimings()
        var pending: Task<Void, any Error>?
        var result = Result(
            cases: count, seconds: 0, replicaWriteSeconds: 0, flatInsertSeconds: 0, flatIndexSeconds: 0, hubBytes: 0, flatBytes: 0,
            processed: 0, processedOnTime: 0, processing: 0, ineligible: 0, rated: 0)
        var done = 0
        while done < count {
            let size = min(batch, count - done)
            var cases: [SyntheticCase] = []
            cases.reserveCapacity(size)
            for index in done..<(done + size) {
                let item = generator.next(index: index, of: count)
                switch item.status.outcome {
                case .processed:
                    result.processed += 1
                    if let resolved = item.resolvedMillis, resolved <= item.deadlineMillis { result.processedOnTime += 1 }
                case .processing: result.processing += 1
                case .ineligible: result.ineligible += 1
                }
                if item.rating != nil { result.rated += 1 }
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
        let indexStart = clock.now
        try await flat.index()
        result.flatIndexSeconds = (clock.now - indexStart).seconds
        result.seconds = (clock.now - started).seconds
        (result.replicaWriteSeconds, result.flatInsertSeconds) = timings.totals
        result.hubBytes = Self.bytes(hub.path)
        result.flatBytes = Self.bytes(flatPath)
        progress.finish(
            "Replica.write \(Format.grouped(Double(count) / result.replicaWriteSeconds)) cases/s, "
                + "flat inserts \(Format.grouped(Double(count) / result.flatInsertSeconds)) rows/s; "
                + "hub \(Format.fixed(Double(result.hubBytes) / 1_048_576, 0)) MiB")
        return result
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
