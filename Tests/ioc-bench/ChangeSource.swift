import CRDT
import Foundation
import GRDB
import HubKit
import Identity
import Replica
import SyncSession
import Wire

/// The material of steps 2 and 3: a district node's replica holding `count` changes of its
/// own, made through `Replica.write`: new reports (a share `createShare`) and edits of one
/// or two fields of earlier reports (which carry the stamps they replace).
struct ChangeSource {
    let key: SigningKey
    let replica: Replica
    let district: String
    let nodeName: String
    /// Every report created, in creation order.
    private(set) var reportIDs: [EntityID] = []
    /// The document of each created report, for baseline rows of the same size.
    private(set) var documents: [String] = []
    private(set) var creates = 0
    private(set) var updates = 0
    /// Time spent in `Replica.write` making the changes.
    private(set) var writeSeconds = 0.0

    init(count: Int, createShare: Double, district: String, folder: String, generator: inout ReportGenerator) throws {
        key = try SigningKey.generate()
        replica = try Replica(path: folder + "/node.sqlite", site: SiteID(key.publicKey.siteID))
        self.district = district
        nodeName = "bench-node-\(district)"
        let author = "can-bo@\(nodeName)"
        let clock = ContinuousClock()
        var spent = Duration.zero
        let progress = ProgressBar("step 2: making \(Format.grouped(Double(count))) changes at a node replica", total: count)
        for index in 0..<count {
            if reportIDs.isEmpty || generator.unit() < createShare {
                let report = generator.report()
                let start = clock.now
                _ = try replica.write(
                    entity: report.id, type: ReportGenerator.type, scope: district, edits: report.edits, author: author)
                spent += clock.now - start
                reportIDs.append(report.id)
                documents.append(report.document)
                creates += 1
            } else {
                let id = reportIDs[generator.index(below: reportIDs.count)]
                let edits = generator.update()
                let start = clock.now
                _ = try replica.write(
                    entity: id, type: ReportGenerator.type, scope: district, edits: edits, author: author, mustExist: true)
                spent += clock.now - start
                updates += 1
            }
            if index & 511 == 0 { progress.update(index) }
        }
        writeSeconds = spent.seconds
        progress.finish(
            "\(Format.grouped(Double(creates))) new reports, \(Format.grouped(Double(updates))) field edits, "
                + "\(Format.grouped(Double(count) / writeSeconds)) writes/s")
    }

    /// Every change of this node, cut and sealed as the sync daemon pushes them.
    /// The requests name one session (counters 1, 2, 3…), opened in `result.sessions` as a
    /// hub's Welcome would.
    func sealedPushes(maxBytes: Int) throws -> SealedPushes {
        var result = SealedPushes()
        let session = result.sessions.open(for: key.publicKey)
        let clock = ContinuousClock()
        let start = clock.now
        var acked: UInt64 = 0
        while true {
            let batch = try replica.ownChanges(after: acked, maxBytes: maxBytes)
            guard let last = batch.last else { break }
            var push = Ioc_Sync_V1_Push()
            push.changes = batch
            var request = Ioc_Sync_V1_Request()
            request.protocolVersion = SyncLimits.protocolVersion
            request.site = replica.site.rawValue
            request.district = district
            request.nodeName = nodeName
            request.sentAtMs = Int64(Replica.systemMillis())
            request.kind = .push(push)
            request.session = session
            request.counter = UInt64(result.envelopes.count + 1)
            let envelope = try SignedEnvelope.seal(request, with: key)
            result.envelopes.append(envelope)
            result.envelopeBytes += envelope.count
            acked = last.seq
        }
        result.seconds = (clock.now - start).seconds
        for envelope in result.envelopes {
            let (request, _) = try SignedEnvelope.open(envelope)
            guard case let .push(push) = request.kind else { continue }
            for wire in push.changes {
                result.changeBytes += (try wire.serializedBytes() as [UInt8]).count
                let change = try wire.change()
                result.payloadBytes += change.ops.reduce(0) { $0 + $1.value.count }
                result.changes.append(change)
            }
        }
        return result
    }

    /// Whether `other` holds as many entities as this source, and `sample` of its reports
    /// (spread evenly over creation order) in the same merged state.
    func isMatched(by other: Replica, sample: Int) throws -> Bool {
        let countSQL = "SELECT count(*) FROM entity"
        let mine = try replica.withDatabase { db in try Int.fetchOne(db, sql: countSQL) ?? 0 }
        let theirs = try other.withDatabase { db in try Int.fetchOne(db, sql: countSQL) ?? 0 }
        guard mine == theirs else { return false }
        let step = max(1, reportIDs.count / max(1, sample))
        for id in stride(from: 0, to: reportIDs.count, by: step).map({ reportIDs[$0] }) {
            guard let mine = try replica.entity(id), let theirs = try other.entity(id),
                mine.state == theirs.state, mine.document == theirs.document, mine.scope == theirs.scope
            else { return false }
        }
        return true
    }
}
