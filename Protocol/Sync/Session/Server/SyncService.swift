import Attachments
import CRDT
import Foundation
import Identity
import Logging
import NNG
import Replica
import Synchronization
import Wire

/// The hub's end of the sync protocol: checks who is asking, applies what nodes push,
/// serves what their scope lacks, and announces new changes.
///
/// Guarantees:
/// - every request gets one answer (a refusal for anything wrong), and a bad request
///   changes nothing and never affects other nodes;
/// - a push is accepted only from an enrolled key, only for changes that key's site made,
///   only in that node's district; otherwise nothing of it is applied;
/// - `handle` is thread-safe: the reply server calls it from several worker threads.
public final class SyncService: Sendable {
    public let replica: Replica
    public let enrolments: EnrolmentBook
    public let attachments: AttachmentStore
    private let announce: @Sendable ([String]) -> Void
    private let signer: SigningKey
    public let sessions: SessionBook
    public let quota: NodeQuota
    private let logger: Logger
    private let counters = Mutex(SyncCounters())
    private let activity = Mutex<[String: NodeActivity]>([:])
    let nodeWriteRules: [String: NodeWriteRule]

    /// - Parameter signer: the hub's key, which signs every answer (nodes pinned its public
    ///   half at enrolment).
    public init(
        replica: Replica, enrolments: EnrolmentBook, attachments: AttachmentStore, signer: SigningKey, sessions: SessionBook = SessionBook(),
        quota: NodeQuota = NodeQuota(), nodeWriteRules: [NodeWriteRule] = [], logger: Logger, announce: @escaping @Sendable ([String]) -> Void
    ) {
        self.nodeWriteRules = Dictionary(nodeWriteRules.map { ($0.entityType, $0) }, uniquingKeysWith: { first, _ in first })
        self.quota = quota
        self.signer = signer
        self.sessions = sessions
        self.replica = replica
        self.enrolments = enrolments
        self.attachments = attachments
        self.logger = logger
        self.announce = announce
    }

    public var statistics: SyncCounters { counters.withLock { $0 } }
    public func activity(of name: String) -> NodeActivity { activity.withLock { $0[name] ?? NodeActivity() } }

    /// Answers one request with a signed answer bound to it. Never throws: failures
    /// become a `Refusal`.
    public func handle(_ bytes: [UInt8]) -> [UInt8] {
        var response = Ioc_Sync_V1_Response()
        // The hub's enrolled site, the same for every incarnation: nodes take province data
        // from any incarnation of it, so a hub restored from a backup (which continues as a
        // new incarnation, `ioc-hub restore`) keeps reaching them.
        response.hubSite = replica.baseSite.rawValue
        response.hubTimeMs = Int64(Replica.systemMillis())
        do {
            response.kind = try answer(bytes)
            counters.withLock { $0.served += 1 }
        } catch {
            counters.withLock { counters in
                switch error.code {
                case .malformed: counters.malformed += 1
                case .tooLarge: counters.tooLarge += 1
                case .replay, .unknownSession: counters.replays += 1
                case .rateLimited: counters.rateLimited += 1
                default: counters.refused += 1
                }
            }
            logger.warning("sync request refused", metadata: ["code": "\(SyncRefusal.name(of: error.code))", "reason": "\(error.message)"])
            response.refusal = error.wire
        }
        return SignedAnswer.seal(response, answering: bytes, with: signer)
    }

    private func answer(_ bytes: [UInt8]) throws(SyncRefusal) -> Ioc_Sync_V1_Response.OneOf_Kind {
        guard bytes.count <= SyncLimits.maxRequestBytes else {
            throw SyncRefusal(.tooLarge, "request of \(bytes.count) bytes exceeds \(SyncLimits.maxRequestBytes); send smaller batches")
        }
        let (request, key) = try SignedEnvelope.open(bytes)
        guard let node = enrolments.lookup(key) else {
            throw SyncRefusal(
                .unknownKey,
                "this node's key \(key.hex) is not enrolled at the hub; "
                    + "an operator enrols it with: ioc-hub enrol --name <node> --district <code> --public-key \(key.hex)")
        }
        guard request.protocolVersion == SyncLimits.protocolVersion else {
            throw SyncRefusal(.protocolVersion, "node speaks sync protocol \(request.protocolVersion), hub speaks \(SyncLimits.protocolVersion): upgrade the older one")
        }
        guard request.district == node.district else {
            throw SyncRefusal(.wrongDistrict, "key of \(node.name) is enrolled for district \(node.district), but the request says \(request.district)")
        }
        guard request.incarnation <= SyncLimits.maxIncarnation, request.site == node.site.incarnation(request.incarnation).rawValue else {
            throw SyncRefusal(.wrongDistrict, "site \(SiteID(request.site)) is not incarnation \(request.incarnation) of \(node.name)'s enrolled site \(node.site)")
        }
        try quota.admit(node.name)
        defer { quota.release(node.name) }
        let highest = try storage { () throws(ReplicaError) in try enrolments.noteIncarnation(key, request.incarnation) }
        // Every incarnation this key ever used: a node put back to an older copy still owns them.
        let sites = (0...max(highest, request.incarnation)).map(node.site.incarnation)
        if case .hello = request.kind {} else {
            do throws(SyncRefusal) { try sessions.admit(session: request.session, counter: request.counter, key: key) } catch {
                activity.withLock {
                    $0[node.name, default: NodeActivity()].lastRefusal = error.description
                    $0[node.name, default: NodeActivity()].refusals += 1
                }
                throw error
            }
        }
        let now = Int64(Replica.systemMillis())
        activity.withLock {
            $0[node.name, default: NodeActivity()].lastContactMillis = now
            $0[node.name, default: NodeActivity()].sites = sites
        }
        let result: Ioc_Sync_V1_Response.OneOf_Kind
        do throws(SyncRefusal) {
            switch request.kind {
            case .hello:
                var welcome = try hello(node, sites: sites)
                welcome.session = sessions.open(for: key)
                welcome.highestIncarnation = highest
                result = .welcome(welcome)
            case let .push(push): result = try self.push(push, from: node, sites: Set(sites))
            case let .pull(pull): result = try self.pull(pull, for: node)
            case let .putBlob(blob): result = try self.putBlob(blob, from: node)
            case let .haveBlobs(have): result = haveBlobs(have)
            case nil: throw SyncRefusal(.malformed, "request names no operation (hello, push or pull)")
            }
        } catch {
            activity.withLock {
                $0[node.name, default: NodeActivity()].lastRefusal = error.description
                $0[node.name, default: NodeActivity()].refusals += 1
            }
            throw error
        }
        activity.withLock {
            $0[node.name, default: NodeActivity()].lastSuccessMillis = now
            $0[node.name, default: NodeActivity()].lastRefusal = nil
        }
        return result
    }

    private func hello(_ node: Enrolment, sites: [SiteID]) throws(SyncRefusal) -> Ioc_Sync_V1_Welcome {
        var welcome = Ioc_Sync_V1_Welcome()
        let held = try storage { () throws(ReplicaError) in try replica.versionVector() }
        welcome.ackedSeq = held[sites.last ?? node.site]
        welcome.districtName = node.district
        for site in sites where held[site] > 0 {
            var mark = Ioc_Sync_V1_SiteMark()
            mark.site = site.rawValue
            mark.seq = held[site]
            mark.hlc = try storage { () throws(ReplicaError) in try replica.stamp(of: site, seq: held[site]) }?.rawValue ?? 0
            welcome.held.append(mark)
        }
        return welcome
    }

    private func push(_ push: Ioc_Sync_V1_Push, from node: Enrolment, sites: Set<SiteID>) throws(SyncRefusal) -> Ioc_Sync_V1_Response.OneOf_Kind {
        var changes: [Change] = []
        changes.reserveCapacity(push.changes.count)
        let origin = SiteID(push.changes.first?.origin ?? 0)
        let held = try storage { () throws(ReplicaError) in try replica.versionVector()[origin] }
        var transferredTo = Set<String>()
        for wire in push.changes {
            let change: Change
            do { change = try wire.change() } catch { throw SyncRefusal(.malformed, "change #\(wire.seq): \(error)") }
            guard sites.contains(change.origin) else {
                throw SyncRefusal(.outOfScope, "change #\(change.seq) was made by site \(change.origin), not by \(node.name): nodes push only their own changes")
            }
            guard change.origin == origin else {
                throw SyncRefusal(.malformed, "a push carries the changes of one incarnation; this one mixes \(origin) and \(change.origin)")
            }
            if change.scope != node.district { transferredTo.insert(change.scope) }
            changes.append(change)
        }
        try authorize(changes.filter { $0.seq > held }, from: node, sites: sites)
        let outcome = try storage { () throws(ReplicaError) in try replica.apply(changes, contiguous: true) }
        counters.withLock { $0.changesApplied += outcome.applied }
        if outcome.applied > 0 { announce([node.district] + transferredTo.sorted()) }
        if let clockError = outcome.clockError {
            throw SyncRefusal(.clockSkew, "\(clockError) (\(outcome.quarantined) change(s) of \(node.name) held in quarantine at the hub)")
        }
        if let gap = outcome.gap {
            throw SyncRefusal(.sequenceGap, "expected change #\(gap.expected) of \(node.name), got #\(gap.received); resend from #\(gap.expected)")
        }
        var ack = Ioc_Sync_V1_PushAck()
        ack.ackedSeq = try storage { () throws(ReplicaError) in try replica.versionVector()[origin] }
        ack.applied = UInt32(outcome.applied)
        ack.duplicates = UInt32(outcome.duplicates)
        return .pushAck(ack)
    }

    private func pull(_ pull: Ioc_Sync_V1_Pull, for node: Enrolment) throws(SyncRefusal) -> Ioc_Sync_V1_Response.OneOf_Kind {
        let has: VersionVector
        do { has = try VersionVector(wire: pull.have) } catch { throw SyncRefusal(.malformed, "pull: \(error)") }
        activity.withLock { $0[node.name, default: NodeActivity()].has = has }
        let budget = pull.maxBytes == 0 ? SyncLimits.defaultBatchBytes : min(Int(pull.maxBytes), SyncLimits.maxRequestBytes)
        let found = try storage { () throws(ReplicaError) in
            try replica.changes(forScopes: [node.district, Scope.province], has: has, maxBytes: budget)
        }
        var batch = Ioc_Sync_V1_PullBatch()
        batch.changes = found.changes
        batch.through = found.through.wire
        batch.more = found.more
        return .pullBatch(batch)
    }

    /// Stores one photo a node sent; refuses bytes that do not hash to the name given.
    private func putBlob(_ blob: Ioc_Sync_V1_PutBlob, from node: Enrolment) throws(SyncRefusal) -> Ioc_Sync_V1_Response.OneOf_Kind {
        let sha = Hex.encode(Array(blob.sha256))
        do throws(AttachmentError) {
            try attachments.put(Array(blob.data), declaredType: blob.mediaType, expectedSHA256: sha, queueForHub: false)
        } catch {
            guard error.isInputError else {
                logger.error("hub could not store an attachment", metadata: ["node": "\(node.name)", "error": "\(error)"])
                throw SyncRefusal(.internal, "\(error); the node retries automatically")
            }
            throw SyncRefusal(.malformed, "attachment from \(node.name): \(error)")
        }
        var held = Ioc_Sync_V1_BlobsHeld()
        held.sha256 = [blob.sha256]
        return .blobsHeld(held)
    }

    private func haveBlobs(_ have: Ioc_Sync_V1_HaveBlobs) -> Ioc_Sync_V1_Response.OneOf_Kind {
        var held = Ioc_Sync_V1_BlobsHeld()
        held.sha256 = have.sha256.filter { digest in
            attachments.contains(Hex.encode(Array(digest)))
        }
        return .blobsHeld(held)
    }

    func storage<T>(_ body: () throws(ReplicaError) -> T) throws(SyncRefusal) -> T {
        do { return try body() } catch {
            logger.error("hub storage failed", metadata: ["error": "\(error)"])
            throw SyncRefusal(.internal, "the hub could not read or write its database (\(error)); the node retries automatically")
        }
    }
}

