import CRDT
import Foundation
import Replica

/// Step 1: local edits through the replica engine against plain SQLite inserts of the same
/// rows. Each of the `count` reports is created by its own `Replica.write` (one transaction:
/// entity, change log, version vector), and inserted by its own transaction in the baseline.
struct LocalEditBenchmark {
    struct Result {
        var count: Int
        var replicaSeconds: Double
        /// The same writes with `Durability.full` (an fsync per commit).
        var replicaFullSeconds: Double
        var sqliteSeconds: Double
        /// CPU time of the process in each (see `CPUTime`).
        var replicaCPUSeconds: Double
        var sqliteCPUSeconds: Double
    }

    let count: Int
    let district: String
    /// The work is cut in rounds that alternate engine and baseline (and which goes first),
    /// so load from other processes on the machine falls on both alike.
    let rounds = 4

    func run(in scratch: ScratchDirectory, generator: inout ReportGenerator) throws -> Result {
        let folder = try scratch.folder("local-edits")
        let reports = (0..<count).map { _ in generator.report() }
        let replica = try Replica(path: folder + "/replica.sqlite", site: SiteID(0x1_0CA1))
        let durable = try Replica(path: folder + "/replica-full.sqlite", site: SiteID(0x1_0CA1), durability: .full)
        var fullTime = Duration.zero
        var fullCPU = 0.0
        let plain = try PlainStore(path: folder + "/plain.sqlite")
        let author = "can-bo@ea-kar"
        let clock = ContinuousClock()
        var replicaTime = Duration.zero
        var sqliteTime = Duration.zero
        var replicaCPU = 0.0
        var sqliteCPU = 0.0
        let progress = ProgressBar("step 1: \(Format.grouped(Double(count))) local edits, replica (NORMAL, FULL) vs plain SQLite", total: 3 * count)
        var done = 0

        func engineBlock(_ engine: Replica, _ range: Range<Int>, time: inout Duration, cpuTime: inout Double) throws {
            let cpu = CPUTime.now()
            let start = clock.now
            for index in range {
                let report = reports[index]
                _ = try engine.write(
                    entity: report.id, type: ReportGenerator.type, scope: district, edits: report.edits, author: author)
                if index & 255 == 0 { progress.update(done + index - range.lowerBound) }
            }
            time += clock.now - start
            cpuTime += CPUTime.now() - cpu
            done += range.count
        }
        func replicaBlock(_ range: Range<Int>) throws { try engineBlock(replica, range, time: &replicaTime, cpuTime: &replicaCPU) }
        func fullBlock(_ range: Range<Int>) throws { try engineBlock(durable, range, time: &fullTime, cpuTime: &fullCPU) }
        func sqliteBlock(_ range: Range<Int>) throws {
            let cpu = CPUTime.now()
            let start = clock.now
            for index in range {
                let report = reports[index]
                try plain.insert(id: report.idData, type: ReportGenerator.type, scope: district, document: report.document)
                if index & 255 == 0 { progress.update(done + index - range.lowerBound) }
            }
            sqliteTime += clock.now - start
            sqliteCPU += CPUTime.now() - cpu
            done += range.count
        }

        for round in 0..<rounds {
            let range = (count * round / rounds)..<(count * (round + 1) / rounds)
            if round.isMultiple(of: 2) {
                try sqliteBlock(range)
                try replicaBlock(range)
                try fullBlock(range)
            } else {
                try fullBlock(range)
                try replicaBlock(range)
                try sqliteBlock(range)
            }
        }
        let result = Result(
            count: count, replicaSeconds: replicaTime.seconds, replicaFullSeconds: fullTime.seconds, sqliteSeconds: sqliteTime.seconds,
            replicaCPUSeconds: replicaCPU, sqliteCPUSeconds: sqliteCPU)
        progress.finish(
            "replica \(Format.grouped(Double(count) / result.replicaSeconds))/s, "
                + "SQLite \(Format.grouped(Double(count) / result.sqliteSeconds))/s")
        return result
    }
}
