import CRDT
import Foundation
import Identity
import Logging
import NodeKit
import Replica
import SyncSession

/// Step 4: end-to-end propagation node → hub over loopback, once over mutual TLS as
/// deployed and once over plain TCP as the baseline. A real `SyncDaemon` at a node replica
/// syncs with an `InProcessHub`; each sample writes a new report at the node,
/// nudges the daemon (as the node's API does after a write) and polls the hub's replica
/// until the report is there. A sample's time runs from just before the local write.
struct PropagationBenchmark {
    struct Result {
        /// One per sample; a sample that timed out counts as its full wait.
        var millis: [Double]
        var timeouts: Int
        var rounds: Int
        var pushed: Int
    }

    let samples: Int
    let district: String
    /// Over `tls+tcp://` with certificates issued by the hub, or plain `tcp://`.
    let tls: Bool
    let deadline = Duration.seconds(10)
    let pollMicroseconds: UInt32 = 200

    func run(in scratch: ScratchDirectory, generator: inout ReportGenerator, logger: Logger) throws -> Result {
        let transport = tls ? "tls" : "tcp"
        let hub = try InProcessHub(folder: try scratch.folder("hub-\(transport)"), workers: 2, tls: tls, logger: logger)
        defer { hub.stop() }

        let nodeFolder = try scratch.folder("node-\(transport)")
        let key = try SigningKey.generate()
        let node = try Replica(path: nodeFolder + "/node.sqlite", site: SiteID(key.publicKey.siteID))
        let name = "bench-node-\(district)"
        try hub.enrol(key.publicKey, name: name, district: district, nodeFolder: nodeFolder)
        var configuration = NodeConfiguration(dataDirectory: nodeFolder, district: district, name: name)
        configuration.sync.hubSyncURL = hub.syncURL
        configuration.sync.hubAnnounceURL = hub.announceURL
        configuration.sync.allowPlainLoopback = !tls
        let daemon = SyncDaemon(replica: node, key: key, configuration: configuration.sync, logger: logger)
        try daemon.start()
        defer { daemon.stop() }

        let clock = ContinuousClock()
        let connectBy = clock.now + deadline
        while daemon.status.rounds < 1 {
            guard clock.now < connectBy else {
                throw BenchmarkFailure("the node's sync daemon did not reach the in-process hub at \(hub.syncURL) in 10 s: \(daemon.status.lastError.map(String.init(describing:)) ?? "no error")")
            }
            usleep(1_000)
        }

        let progress = ProgressBar(
            "step 4: \(samples) edits propagated node → hub over \(tls ? "tls+tcp" : "tcp")://127.0.0.1", total: samples)
        let author = "can-bo@\(name)"
        var millis: [Double] = []
        millis.reserveCapacity(samples)
        var timeouts = 0
        for index in 0..<samples {
            let report = generator.report()
            let start = clock.now
            _ = try node.write(entity: report.id, type: ReportGenerator.type, scope: district, edits: report.edits, author: author)
            daemon.nudge()
            let limit = start + deadline
            var seen = false
            while clock.now < limit {
                if try hub.replica.entity(report.id) != nil {
                    seen = true
                    break
                }
                usleep(pollMicroseconds)
            }
            millis.append((clock.now - start).milliseconds)
            if !seen { timeouts += 1 }
            progress.update(index + 1)
            // Edits arrive at any point of the daemon's cycle, not just after it settles.
            usleep(UInt32(generator.index(below: 10_000)))
        }
        let status = daemon.status
        let sorted = millis.sorted()
        progress.finish(
            "p50 \(Format.fixed(Percentile.of(sorted, 0.50), 2)) ms, p99 \(Format.fixed(Percentile.of(sorted, 0.99), 2)) ms"
                + (timeouts > 0 ? ", \(timeouts) TIMED OUT" : ""))
        return Result(millis: millis, timeouts: timeouts, rounds: status.rounds, pushed: status.pushed)
    }
}
