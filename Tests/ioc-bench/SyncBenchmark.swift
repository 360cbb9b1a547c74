import ArgumentParser
import Foundation
import Logging
import Replica
import SyncSession

/// `ioc-bench sync`: the replica engine and the sync protocol, each figure beside its baseline.
struct SyncBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Measure local edits, remote-batch apply, bytes on the wire and node → hub propagation.",
        discussion: """
            1. Local edits: Replica.write of new reports, one transaction each, against
               plain SQLite inserts of the same rows (WAL, synchronous NORMAL).
               write_ratio_vs_sqlite, target ≤ 1.5. The same edits with synchronous=FULL
               (an fsync per commit): write_full_vs_normal_ratio.
            2. Remote batches: Replica.apply of the changes a node made (new reports and
               field edits), --apply-batch per call, against plain SQLite batch inserts.
               apply_changes_per_s, target ≥ 50,000.
            3. The same changes as signed Push requests of ≤ 1 MiB:
               wire_bytes_per_change against payload_bytes_per_change.
            4. A SyncDaemon syncing with an in-process hub over tcp://127.0.0.1:
               propagation_p50_ms and propagation_p99_ms, target p99 ≤ 1,000 ms. The
               same over mutual TLS (tls+tcp, as deployed): propagation_tls_p50_ms,
               propagation_tls_p99_ms and propagation_tls_vs_tcp_p50_ratio.
            """)

    @Flag(help: "Print one JSON object on stdout instead of the table.")
    var json = false

    @Option(help: "New reports written as local edits (step 1).")
    var edits = 20_000

    @Option(help: "Changes made at a node and applied as remote batches (steps 2 and 3).")
    var changes = 100_000

    @Option(help: "Propagation samples node → hub (step 4).")
    var samples = 200

    @Option(help: "Changes per Replica.apply call (step 2).")
    var applyBatch = 2_000

    @Option(help: "Share of new reports among the changes of step 2; the rest edit one or two fields of earlier reports.")
    var createShare = 0.3

    func validate() throws {
        guard edits >= 1, changes >= 1, samples >= 1, applyBatch >= 1 else {
            throw ValidationError("--edits, --changes, --samples and --apply-batch must be at least 1")
        }
        guard (0.0...1.0).contains(createShare) else { throw ValidationError("--create-share must lie between 0 and 1") }
    }

    func run() throws {
        let loadAtStart = LoadAverage.oneMinute()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        StandardError.write("ioc-bench sync: databases in \(scratch.path) (removed at the end)\n")
        var logger = Logger(label: "ioc-bench", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = .warning
        let district = "651"  // Ea Kar
        var generator = ReportGenerator(seed: 0x1DA7_1A6C_0651, startMillis: Replica.systemMillis() - 86_400_000)

        let local = try LocalEditBenchmark(count: edits, district: district).run(in: scratch, generator: &generator)
        let source = try ChangeSource(
            count: changes, createShare: createShare, district: district, folder: try scratch.folder("source"),
            generator: &generator)
        let progress = ProgressBar("step 3: sealing the changes as signed pushes of ≤ 1 MiB", total: 1)
        let pushes = try source.sealedPushes(maxBytes: SyncLimits.defaultBatchBytes)
        progress.finish(
            "\(pushes.envelopes.count) pushes, \(Format.fixed(Double(pushes.envelopeBytes) / Double(max(1, pushes.changes.count)), 1)) B/change")
        let apply = try ApplyBenchmark(batch: applyBatch).run(
            source: source, pushes: pushes, scratch: scratch, generator: &generator, logger: logger)
        let propagation = try PropagationBenchmark(samples: samples, district: district, tls: false).run(
            in: scratch, generator: &generator, logger: logger)
        let propagationTLS = try PropagationBenchmark(samples: samples, district: district, tls: true).run(
            in: scratch, generator: &generator, logger: logger)

        let figures = SyncFigures(
            local: local, source: source, pushes: pushes, apply: apply, applyBatch: applyBatch, propagation: propagation,
            propagationTLS: propagationTLS,
            loadAtStart: loadAtStart, loadAtEnd: LoadAverage.oneMinute())
        print(json ? figures.json : figures.table)
    }
}
