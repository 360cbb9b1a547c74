import Attachments
import CRDT
import Foundation
import HubKit
import Identity
import Logging
import Replica
import SyncSession
import Wire

/// Step 2: remote batches applied to a fresh replica with `Replica.apply(_:through:contiguous:)`,
/// `batch` changes per call as the sync daemon and the hub do, against plain SQLite inserts
/// of as many rows in transactions of `batch` rows. Also the hub's whole push path
/// (`SyncService.handle`: open the envelope, check the signature, enrolment and scope,
/// decode, apply) on the sealed pushes of step 3.
struct ApplyBenchmark {
    struct Result {
        var changes: Int
        var applySeconds: Double
        var applyCPUSeconds: Double
        var applied: Int
        var converged: Bool
        var baselineRows: Int
        var baselineSeconds: Double
        var hubPushSeconds: Double
        var hubPushCPUSeconds: Double
        var hubApplied: Int
        var hubConverged: Bool
    }

    let batch: Int
    /// Reports compared one by one after the apply (besides the entity counts).
    static let checkSample = 3_000

    func run(
        source: ChangeSource, pushes: SealedPushes, scratch: ScratchDirectory, generator: inout ReportGenerator,
        logger: Logger
    ) throws -> Result {
        let changes = pushes.changes
        let clock = ContinuousClock()

        // The engine.
        let folder = try scratch.folder("apply")
        let replica = try Replica(path: folder + "/replica.sqlite", site: SiteID(0x2_0CA1))
        var progress = ProgressBar(
            "step 2: applying \(Format.grouped(Double(changes.count))) changes in batches of \(Format.grouped(Double(batch)))",
            total: changes.count)
        var applied = 0
        var spent = Duration.zero
        var spentCPU = 0.0
        var start = 0
        while start < changes.count {
            let slice = Array(changes[start..<min(start + batch, changes.count)])
            let cpu = CPUTime.now()
            let began = clock.now
            let outcome = try replica.apply(slice, through: nil, contiguous: true)
            spent += clock.now - began
            spentCPU += CPUTime.now() - cpu
            applied += outcome.applied
            if let gap = outcome.gap { throw BenchmarkFailure("apply stopped at a gap: \(gap)") }
            start += slice.count
            progress.update(start)
        }
        let applySeconds = spent.seconds
        progress.finish("\(Format.grouped(Double(applied) / applySeconds)) changes/s")

        // The baseline: as many rows, in transactions of `batch` rows.
        let plain = try PlainStore(path: folder + "/plain.sqlite")
        let rows: [(id: Data, document: String)] = (0..<changes.count).map { index in
            (Data(generator.entityID().bytes), source.documents[index % source.documents.count])
        }
        progress = ProgressBar("step 2: plain SQLite, \(Format.grouped(Double(rows.count))) rows in batches", total: rows.count)
        let baselineStart = clock.now
        start = 0
        while start < rows.count {
            let end = min(start + batch, rows.count)
            try plain.insert(rows[start..<end], type: ReportGenerator.type, scope: source.district)
            start = end
            progress.update(start)
        }
        let baselineSeconds = (clock.now - baselineStart).seconds
        progress.finish("\(Format.grouped(Double(rows.count) / baselineSeconds)) inserts/s")

        // The hub's push path, without the network.
        progress = ProgressBar("step 2: hub push path (SyncService.handle) on \(pushes.envelopes.count) sealed pushes", total: pushes.envelopes.count)
        let hubKey = try SigningKey.generate()
        let hubFolder = try scratch.folder("hub-push")
        let hubReplica = try Replica(path: hubFolder + "/hub.sqlite", site: SiteID(hubKey.publicKey.siteID), servesScopes: true)
        let book = try EnrolmentBook(replica: hubReplica)
        _ = try book.enrol(source.key.publicKey, name: source.nodeName, district: source.district)
        let service = SyncService(
            replica: hubReplica, enrolments: book,
            attachments: try AttachmentStore(directory: URL(fileURLWithPath: NSTemporaryDirectory() + "/ioc-bench-attachments-\(UUID().uuidString)")),
            signer: hubKey, sessions: pushes.sessions, quota: NodeQuota(inFlight: 64, burst: 1e9, perSecond: 1e9), logger: logger,
            announce: { _ in })
        var hubApplied = 0
        let hubCPU = CPUTime.now()
        let hubStart = clock.now
        for (index, envelope) in pushes.envelopes.enumerated() {
            let response = try SignedAnswer.open(service.handle(envelope), answering: envelope, hubKey: hubKey.publicKey)
            guard case let .pushAck(ack) = response.kind else {
                throw BenchmarkFailure("the hub did not accept push \(index + 1): \(String(describing: response.kind))")
            }
            hubApplied += Int(ack.applied)
            progress.update(index + 1)
        }
        let hubSeconds = (clock.now - hubStart).seconds
        let hubCPUSeconds = CPUTime.now() - hubCPU
        progress.finish("\(Format.grouped(Double(hubApplied) / hubSeconds)) changes/s")

        progress = ProgressBar("step 2: checking both replicas against the source", total: 1)
        let converged = try source.isMatched(by: replica, sample: Self.checkSample)
        let hubConverged = try source.isMatched(by: hubReplica, sample: Self.checkSample)
        progress.finish(converged && hubConverged ? "same states" : "STATES DIFFER")

        return Result(
            changes: changes.count, applySeconds: applySeconds, applyCPUSeconds: spentCPU, applied: applied,
            converged: converged, baselineRows: rows.count, baselineSeconds: baselineSeconds, hubPushSeconds: hubSeconds,
            hubPushCPUSeconds: hubCPUSeconds, hubApplied: hubApplied, hubConverged: hubConverged)
    }
}
