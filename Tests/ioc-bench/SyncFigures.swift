import Foundation

/// The figures of one `ioc-bench sync` run, as a table or as one JSON object.
struct SyncFigures {
    static let writeRatioTarget = 1.5
    static let applyTarget = 50_000.0
    static let p99TargetMillis = 1_000.0

    var local: LocalEditBenchmark.Result
    var source: ChangeSource
    var pushes: SealedPushes
    var apply: ApplyBenchmark.Result
    var applyBatch: Int
    var propagation: PropagationBenchmark.Result
    var propagationTLS: PropagationBenchmark.Result
    var loadAtStart: Double
    var loadAtEnd: Double

    var replicaWritesPerSecond: Double { Double(local.count) / local.replicaSeconds }
    var sqliteInsertsPerSecond: Double { Double(local.count) / local.sqliteSeconds }
    var writeRatio: Double { local.replicaSeconds / local.sqliteSeconds }
    var writeCPURatio: Double { local.replicaCPUSeconds / local.sqliteCPUSeconds }
    var applyCPUPerSecond: Double { Double(apply.applied) / apply.applyCPUSeconds }
    var applyPerSecond: Double { Double(apply.applied) / apply.applySeconds }
    var applyBaselinePerSecond: Double { Double(apply.baselineRows) / apply.baselineSeconds }
    var hubPushPerSecond: Double { Double(apply.hubApplied) / apply.hubPushSeconds }
    var changeCount: Double { Double(max(1, pushes.changes.count)) }
    var wireBytesPerChange: Double { Double(pushes.envelopeBytes) / changeCount }
    var payloadBytesPerChange: Double { Double(pushes.payloadBytes) / changeCount }
    var changeBytesPerChange: Double { Double(pushes.changeBytes) / changeCount }
    var sortedLatency: [Double] { propagation.millis.sorted() }
    var sortedTLSLatency: [Double] { propagationTLS.millis.sorted() }

    /// Every figure under its stable JSON name, the required ones first.
    var entries: [(String, Double)] {
        let latency = sortedLatency
        let tlsLatency = sortedTLSLatency
        let mean = latency.isEmpty ? 0 : latency.reduce(0, +) / Double(latency.count)
        return [
            ("write_ratio_vs_sqlite", writeRatio),
            ("apply_changes_per_s", applyPerSecond),
            ("wire_bytes_per_change", wireBytesPerChange),
            ("payload_bytes_per_change", payloadBytesPerChange),
            ("propagation_p50_ms", Percentile.of(latency, 0.50)),
            ("propagation_p99_ms", Percentile.of(latency, 0.99)),
            ("propagation_tls_p50_ms", Percentile.of(tlsLatency, 0.50)),
            ("propagation_tls_p99_ms", Percentile.of(tlsLatency, 0.99)),
            ("propagation_tls_vs_tcp_p50_ratio", Percentile.of(tlsLatency, 0.50) / max(1e-9, Percentile.of(latency, 0.50))),
            ("propagation_tls_timeouts", Double(propagationTLS.timeouts)),
            ("edits", Double(local.count)),
            ("replica_writes_per_s", replicaWritesPerSecond),
            ("sqlite_inserts_per_s", sqliteInsertsPerSecond),
            ("replica_write_us", local.replicaSeconds * 1e6 / Double(local.count)),
            ("replica_write_full_us", local.replicaFullSeconds * 1e6 / Double(local.count)),
            ("write_full_vs_normal_ratio", local.replicaFullSeconds / local.replicaSeconds),
            ("sqlite_insert_us", local.sqliteSeconds * 1e6 / Double(local.count)),
            ("write_cpu_ratio_vs_sqlite", writeCPURatio),
            ("replica_write_cpu_us", local.replicaCPUSeconds * 1e6 / Double(local.count)),
            ("sqlite_insert_cpu_us", local.sqliteCPUSeconds * 1e6 / Double(local.count)),
            ("changes", Double(apply.changes)),
            ("changes_creates", Double(source.creates)),
            ("changes_updates", Double(source.updates)),
            ("source_writes_per_s", changeCount / source.writeSeconds),
            ("apply_batch", Double(applyBatch)),
            ("apply_seconds", apply.applySeconds),
            ("apply_cpu_changes_per_s", applyCPUPerSecond),
            ("apply_baseline_inserts_per_s", applyBaselinePerSecond),
            ("apply_ratio_vs_sqlite", apply.applySeconds / apply.baselineSeconds),
            ("apply_converged", apply.converged ? 1 : 0),
            ("hub_push_changes_per_s", hubPushPerSecond),
            ("hub_push_cpu_changes_per_s", Double(apply.hubApplied) / apply.hubPushCPUSeconds),
            ("hub_push_converged", apply.hubConverged ? 1 : 0),
            ("wire_batches", Double(pushes.envelopes.count)),
            ("wire_bytes_total", Double(pushes.envelopeBytes)),
            ("change_bytes_per_change", changeBytesPerChange),
            ("wire_overhead_ratio", wireBytesPerChange / max(1, payloadBytesPerChange)),
            ("seal_mib_per_s", Double(pushes.envelopeBytes) / 1_048_576 / pushes.seconds),
            ("propagation_samples", Double(latency.count)),
            ("propagation_timeouts", Double(propagation.timeouts)),
            ("propagation_p90_ms", Percentile.of(latency, 0.90)),
            ("propagation_mean_ms", mean),
            ("propagation_max_ms", latency.last ?? 0),
            ("propagation_sync_rounds", Double(propagation.rounds)),
            ("load_average_start", loadAtStart),
            ("load_average_end", loadAtEnd),
        ]
    }

    var json: String {
        "{" + entries.map { "\"\($0.0)\":\(Format.json($0.1))" }.joined(separator: ",") + "}"
    }

    var table: String {
        let latency = sortedLatency
        let p50 = Percentile.of(latency, 0.50)
        let p90 = Percentile.of(latency, 0.90)
        let p99 = Percentile.of(latency, 0.99)
        let tlsLatency = sortedTLSLatency
        let tlsP50 = Percentile.of(tlsLatency, 0.50)
        let tlsP99 = Percentile.of(tlsLatency, 0.99)
        func verdict(_ met: Bool) -> String { met ? "met" : "MISSED" }
        let rows: [[String]] = [
            ["figure", "measured", "baseline", "ratio", "target"],
            [
                "local edit (Replica.write, 1 tx each)", "\(Format.grouped(replicaWritesPerSecond)) writes/s",
                "\(Format.grouped(sqliteInsertsPerSecond)) inserts/s SQLite", "\(Format.fixed(writeRatio, 2))× time",
                "≤ \(Format.fixed(Self.writeRatioTarget, 1))× \(verdict(writeRatio <= Self.writeRatioTarget))",
            ],
            [
                "  same, CPU time only", "\(Format.fixed(local.replicaCPUSeconds * 1e6 / Double(local.count), 1)) µs/write",
                "\(Format.fixed(local.sqliteCPUSeconds * 1e6 / Double(local.count), 1)) µs/insert",
                "\(Format.fixed(writeCPURatio, 2))× CPU", "",
            ],
            [
                "  same, synchronous=FULL (fsync per commit)", "\(Format.fixed(local.replicaFullSeconds * 1e6 / Double(local.count), 1)) µs/write",
                "\(Format.fixed(local.replicaSeconds * 1e6 / Double(local.count), 1)) µs/write NORMAL",
                "\(Format.fixed(local.replicaFullSeconds / local.replicaSeconds, 2))× time", "",
            ],
            [
                "local edits, new + field edits (step 2)", "\(Format.grouped(changeCount / source.writeSeconds)) writes/s", "", "", "",
            ],
            [
                "remote batch apply (\(Format.grouped(Double(applyBatch)))/call)", "\(Format.grouped(applyPerSecond)) changes/s",
                "\(Format.grouped(applyBaselinePerSecond)) inserts/s SQLite",
                "\(Format.fixed(apply.applySeconds / apply.baselineSeconds, 2))× time",
                "≥ \(Format.grouped(Self.applyTarget))/s \(verdict(applyPerSecond >= Self.applyTarget))",
            ],
            ["  same, per CPU second", "\(Format.grouped(applyCPUPerSecond)) changes/s", "", "", ""],
            ["hub push path (verify+decode+apply)", "\(Format.grouped(hubPushPerSecond)) changes/s", "", "", ""],
            [
                "wire bytes per change (signed Push)", "\(Format.fixed(wireBytesPerChange, 1)) B",
                "\(Format.fixed(payloadBytesPerChange, 1)) B field values",
                "\(Format.fixed(wireBytesPerChange / max(1, payloadBytesPerChange), 2))×", "",
            ],
            ["  of which encoded Change", "\(Format.fixed(changeBytesPerChange, 1)) B", "", "", ""],
            ["propagation node → hub, p50 / p90", "\(Format.fixed(p50, 2)) / \(Format.fixed(p90, 2)) ms", "", "", ""],
            [
                "propagation node → hub, p99 / max", "\(Format.fixed(p99, 2)) / \(Format.fixed(latency.last ?? 0, 2)) ms", "", "",
                "p99 ≤ \(Format.grouped(Self.p99TargetMillis)) ms \(verdict(p99 <= Self.p99TargetMillis && propagation.timeouts == 0))",
            ],
            [
                "  same over mutual TLS, p50 / p99", "\(Format.fixed(tlsP50, 2)) / \(Format.fixed(tlsP99, 2)) ms",
                "\(Format.fixed(p50, 2)) / \(Format.fixed(p99, 2)) ms tcp", "\(Format.fixed(tlsP50 / max(1e-9, p50), 2))× p50",
                "p99 ≤ \(Format.grouped(Self.p99TargetMillis)) ms \(verdict(tlsP99 <= Self.p99TargetMillis && propagationTLS.timeouts == 0))",
            ],
        ]
        var lines = [
            "ioc-bench sync: \(Format.grouped(Double(local.count))) local edits; \(Format.grouped(Double(apply.changes))) changes "
                + "(\(Format.grouped(Double(source.creates))) new reports, \(Format.grouped(Double(source.updates))) field edits) "
                + "in \(pushes.envelopes.count) pushes of ≤ 1 MiB; \(latency.count) propagation samples",
            "",
        ]
        lines += Self.columns(rows)
        var notes = [
            "load average (1 min) \(Format.fixed(loadAtStart, 2)) at start, \(Format.fixed(loadAtEnd, 2)) at end, on "
                + "\(ProcessInfo.processInfo.activeProcessorCount) cores: wall-time figures include other processes' load"
        ]
        if !apply.converged || !apply.hubConverged { notes.append("WARNING: a replica that applied the changes differs from the source") }
        if propagation.timeouts > 0 { notes.append("WARNING: \(propagation.timeouts) samples did not reach the hub within 10 s") }
        if propagationTLS.timeouts > 0 {
            notes.append("WARNING: \(propagationTLS.timeouts) samples over TLS did not reach the hub within 10 s")
        }
        lines += [""] + notes
        return lines.joined(separator: "\n")
    }

    /// Rows padded into left-aligned columns, a rule under the header.
    static func columns(_ rows: [[String]]) -> [String] {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            var line = zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
        lines.insert(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "), at: 1)
        return lines
    }
}
