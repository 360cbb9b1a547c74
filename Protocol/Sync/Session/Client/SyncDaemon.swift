import Attachments
import CRDT
import Foundation
import Identity
import Logging
import NNG
import Replica
import Synchronization
import Wire

/// The node's always-running sync: pushes what the hub lacks, pulls what the district
/// lacks, in bounded acknowledged batches, whenever something changes here, whenever the
/// hub announces something, and at least every `pullIntervalMillis`.
///
/// Guarantees:
/// - it runs on its own threads; local edits never wait for the network;
/// - every batch is idempotent and acknowledged, so a sync cut at any byte resumes
///   from the last acknowledged change after reconnecting;
/// - it reconnects forever, with exponential backoff (capped at 30 s) and jitter.
public final class SyncDaemon: Sendable {
    public static let hubPeer = "hub"

    private let replica: Replica
    private let key: SigningKey
    private let configuration: SyncClientConfiguration
    private let attachments: AttachmentStore?
    private let logger: Logger
    private let state = Mutex(SyncStatus())
    private let wake = NSCondition()
    private let flags = Mutex((pending: false, running: true))
    private let sockets = Mutex<[NNGSocket]>([])
    /// The session the hub opened in its last Welcome, and the last counter sent in it.
    private let session = Mutex<(nonce: Data, counter: UInt64)>((Data(), 0))
    private let lastSealed = Mutex<[UInt8]>([])
    /// The sockets' dialers and how to make them again (see `redialIfStuck`).
    private let dialers = Mutex<(current: [NNGDialer], make: (@Sendable () throws -> [NNGDialer])?)>(([], nil))
    /// The hub's signing key, pinned at enrolment (`hub.pub`); nil only for a plain
    /// loopback hub in development, whose answers are then taken unsigned.
    private let hubKeyBox = Mutex<PublicKey?>(nil)
    private var hubKey: PublicKey? { hubKeyBox.withLock { $0 } }

    public init(replica: Replica, key: SigningKey, configuration: SyncClientConfiguration, attachments: AttachmentStore? = nil, logger: Logger) {
        self.replica = replica
        self.key = key
        self.configuration = configuration
        self.attachments = attachments
        self.logger = logger
    }

    public var status: SyncStatus { state.withLock { $0 } }

    /// Starts the sync and announcement threads. Call once.
    ///
    /// Throws at once for an address the transport rules refuse (plain TCP off loopback,
    /// or without `allowPlainLoopback`). A node that has no certificate yet (not enrolled)
    /// still starts: it serves its staff, says why it cannot sync in its status, and
    /// connects as soon as its certificate is in its data folder.
    public func start() throws {
        try SyncTransport.check(configuration.hubSyncURL, allowPlainLoopback: configuration.allowPlainLoopback, option: "--hub-sync")
        try SyncTransport.check(configuration.hubAnnounceURL, allowPlainLoopback: configuration.allowPlainLoopback, option: "--hub-announce")
        let syncThread = Thread { [self] in
            guard let (request, subscriber) = self.connect() else { return }
            let announceThread = Thread { [self] in self.announcementLoop(subscriber) }
            announceThread.name = "ioc-sync-announce"
            announceThread.start()
            self.syncLoop(request)
        }
        syncThread.name = "ioc-sync"
        syncThread.start()
    }

    /// Opens and dials both sockets, waiting for the node's TLS credentials if they are
    /// not there yet; nil once stopped.
    private func connect() -> (NNGSocket, NNGSocket)? {
        let usesTLS = SyncTransport.isTLS(configuration.hubSyncURL) || SyncTransport.isTLS(configuration.hubAnnounceURL)
        while running {
            do {
                let credentials = NodeCredentials(dataDirectory: configuration.dataDirectory)
                let tls = usesTLS ? try credentials.clientConfiguration(serverName: configuration.hubServerName) : nil
                let pinned = try credentials.hubKey()
                if usesTLS, pinned == nil {
                    throw SyncTransportError.credentials("missing \(credentials.hubKeyPath): enrol the node again to get the hub's key")
                }
                hubKeyBox.withLock { $0 = pinned }
                let dial: @Sendable (NNGSocket, String) throws -> NNGDialer = { socket, url in
                    if SyncTransport.isTLS(url), let tls { try socket.dial(url, tls: tls) } else { try socket.dial(url) }
                }
                let request = try NNGSocket.request()
                request.receiveTimeout = .milliseconds(configuration.requestTimeoutMillis)
                request.sendTimeout = .milliseconds(configuration.requestTimeoutMillis)
                request.maxReceiveSize = SyncLimits.socketReceiveLimit
                try request.setReconnect(minimum: .milliseconds(100), maximum: .seconds(1))
                let requestDialer = try dial(request, configuration.hubSyncURL)
                let subscriber = try NNGSocket.subscriber()
                try subscriber.subscribe(to: [])
                subscriber.receiveTimeout = .milliseconds(500)
                try subscriber.setReconnect(minimum: .milliseconds(100), maximum: .seconds(1))
                let subscriberDialer = try dial(subscriber, configuration.hubAnnounceURL)
                sockets.withLock { $0 = [request, subscriber] }
                let (syncURL, announceURL) = (configuration.hubSyncURL, configuration.hubAnnounceURL)
                dialers.withLock { $0 = ([requestDialer, subscriberDialer], { [request, subscriber] in
                    [try dial(request, syncURL), try dial(subscriber, announceURL)]
                }) }
                return (request, subscriber)
            } catch {
                let message = SyncProblem(error)
                let changed = state.withLock { status in
                    defer { status.lastError = message }
                    return status.lastError != message
                }
                if changed { logger.error("cannot connect to the hub; retrying", metadata: ["error": "\(message)"]) }
                wait(millis: 2_000)
            }
        }
        return nil
    }

    /// Asks for a sync round as soon as possible (a local edit happened).
    public func nudge() {
        wake.lock()
        flags.withLock { $0.pending = true }
        wake.signal()
        wake.unlock()
    }

    /// Stops both threads after their current request. The request socket is left to the
    /// process's exit: closing it while a request is in flight can hang libnng 1.5.2
    /// (nanomsg/nng#1813, fixed in 1.8).
    public func stop() {
        flags.withLock { $0.running = false }
        nudge()
        for socket in sockets.withLock({ $0 }) where socket.kind == .subscriber { socket.close() }
    }

    private var running: Bool { flags.withLock { $0.running } }

    private func announcementLoop(_ subscriber: NNGSocket) {
        while running {
            do {
                let bytes = try subscriber.receive()
                guard let announcement = try? Ioc_Sync_V1_Announcement(serializedBytes: bytes) else { continue }
                // Heartbeats (no scopes) matter only while the link is down: the hub is back.
                let relevant = announcement.scopes.contains { $0 == configuration.district || $0 == Scope.province || $0 == "*" }
                if relevant || !state.withLock({ $0.connected }) { nudge() }
            } catch .timedOut {
                continue
            } catch {
                if !running { return }
            }
        }
    }

    private func syncLoop(_ socket: NNGSocket) {
        var failures = 0
        while running {
            flags.withLock { $0.pending = false }
            let started = Int64(Replica.systemMillis())
            do {
                try round(socket)
                failures = 0
                state.withLock {
                    $0.connected = true
                    $0.lastSuccessMillis = started
                    $0.lastAttemptMillis = started
                    $0.lastError = nil
                    $0.rounds += 1
                }
            } catch {
                if !running { return }
                failures += 1
                if case NNGError.timedOut = error { redial() }
                let message = SyncProblem(error)
                let wasConnected = state.withLock { status in
                    defer {
                        status.connected = false
                        status.lastAttemptMillis = started
                        status.lastError = message
                    }
                    return status.connected || status.lastError != message
                }
                if wasConnected { logger.warning("sync with the hub failed; retrying with backoff", metadata: ["error": "\(message)"]) }
                try? replica.recordSync(peer: Self.hubPeer, ackedSeq: nil, error: message.description)
            }
            let delay = failures == 0 ? configuration.pullIntervalMillis : Self.backoffMillis(failures: failures)
            wait(millis: delay)
        }
    }

    /// Replaces both dialers: libnng 1.5.2 gives up redialling for good when a connection
    /// attempt ends closed during the TLS handshake (a link cut by a middlebox), so after
    /// rounds that time out the daemon dials again rather than wait forever.
    private func redial() {
        let (old, make) = dialers.withLock { ($0.current, $0.make) }
        guard let make else { return }
        for dialer in old { dialer.close() }
        do {
            let fresh = try make()
            dialers.withLock { $0.current = fresh }
        } catch {
            logger.warning("could not dial the hub again", metadata: ["error": "\(SyncProblem(error))"])
        }
    }

    /// Sleeps until nudged or `millis` pass.
    private func wait(millis: Int) {
        wake.lock()
        defer { wake.unlock() }
        let deadline = Date().addingTimeInterval(Double(millis) / 1000)
        while !flags.withLock({ $0.pending || !$0.running }) {
            if !wake.wait(until: deadline) { break }
        }
    }

    /// 200 ms doubling to 30 s, each with ±25 % jitter so districts don't reconnect in step.
    static func backoffMillis(failures: Int) -> Int {
        let base = min(30_000, 200 << min(failures - 1, 10))
        return Int(Double(base) * Double.random(in: 0.75...1.25))
    }

    /// One sync round: handshake (recovering first if the hub holds numbers this replica
    /// reissued), push everything unacknowledged of every incarnation, pull until nothing
    /// is left.
    private func round(_ socket: NNGSocket) throws {
        let welcome = try exchange(socket, .hello(Ioc_Sync_V1_Hello()))
        guard case let .welcome(hello) = welcome else { throw SyncRefusal(.malformed, "hub answered the handshake with something else") }
        if hello.highestIncarnation > replica.incarnation {
            logger.warning("the hub has seen a later incarnation of this node than this database (restored from an older copy?): continuing from it",
                metadata: ["here": "\(replica.incarnation)", "hub": "\(hello.highestIncarnation)"])
            try replica.adoptIncarnation(hello.highestIncarnation)
        }
        var held: [SiteID: UInt64] = [:]
        for mark in hello.held {
            held[SiteID(mark.site)] = try SequenceNumber.checked(mark.seq, "welcome.held.seq", allowZero: true)
        }
        for mark in hello.held where replica.ownSites.contains(SiteID(mark.site)) {
            try recoverIfRewound(socket, site: SiteID(mark.site), hubHeld: mark.seq, hubStamp: mark.hlc)
        }
        if let requested = try replica.meta(Resync.requestKey) {
            try resync(socket, requested: requested, hubHeld: held)
        }

        var waitingForTime: [String] = []
        for site in replica.ownSites {
            var acked = held[site] ?? 0
            try replica.recordSync(peer: Self.hubPeer, site: site, ackedSeq: acked, error: nil)
            do {
                while true {
                    let batch = try replica.ownChanges(of: site, after: acked, maxBytes: configuration.batchBytes)
                    if batch.isEmpty { break }
                    var push = Ioc_Sync_V1_Push()
                    push.changes = batch
                    guard case let .pushAck(ack) = try exchange(socket, .push(push)) else {
                        throw SyncRefusal(.malformed, "hub answered a push with something else")
                    }
                    _ = try SequenceNumber.checked(ack.ackedSeq, "push_ack.acked_seq", allowZero: true)
                    guard ack.ackedSeq > acked else { throw SyncRefusal(.internal, "hub acknowledged nothing of a push of \(batch.count) changes") }
                    acked = ack.ackedSeq
                    try replica.recordSync(peer: Self.hubPeer, site: site, ackedSeq: acked, error: nil)
                    state.withLock { $0.pushed += Int(ack.applied) }
                }
            } catch let refusal as SyncRefusal where refusal.code == .clockSkew {
                // Stamped ahead of the hub's clock. If our clock now agrees with the hub's,
                // the hub never took them: make them again, stamped from the present, under
                // a new incarnation. Otherwise the hub keeps them in quarantine until its
                // time reaches them; other incarnations, and the pull, go on meanwhile.
                let offset = state.withLock { $0.hubClockOffsetMillis ?? Int64.min }
                if offset != Int64.min, offset.magnitude < replica.maxForwardSkewMillis / 2 {
                    let outcome = try replica.rebase(retiring: site, agreedThrough: acked, hubChanges: [], hubHeld: acked)
                    let note = "\(outcome.reissued) change(s) of \(site) stamped ahead of the hub's clock made again as incarnation \(outcome.site)"
                    logger.warning("\(note)")
                    state.withLock {
                        $0.recoveries += 1
                        $0.lastRecovery = note
                    }
                    flags.withLock { $0.pending = true }
                } else {
                    waitingForTime.append("\(site): \(refusal.message)")
                }
            }
        }
        state.withLock { $0.waitingForTime = waitingForTime }

        while true {
            var pull = Ioc_Sync_V1_Pull()
            pull.have = try replica.versionVector().wire
            pull.maxBytes = UInt32(configuration.batchBytes)
            guard case let .pullBatch(batch) = try exchange(socket, .pull(pull)) else {
                throw SyncRefusal(.malformed, "hub answered a pull with something else")
            }
            let changes = try batch.changes.map { try $0.change() }
            let hub = SiteID(state.withLock { $0.hubSite })
            // Province data comes only from the hub; the hub checked everything else.
            let outcome = try replica.apply(changes, through: try VersionVector(wire: batch.through), contiguous: false) { change, current in
                Self.admits(change, current: current, hub: hub)
            }
            if outcome.refused > 0 {
                logger.error("refused changes the hub relayed: province data not made by the hub", metadata: ["count": "\(outcome.refused)"])
            }
            state.withLock {
                $0.pulled += outcome.applied
                $0.refused += outcome.refused
            }
            if let clockError = outcome.clockError {
                throw SyncRefusal(.clockSkew, "\(clockError) (\(outcome.quarantined) change(s) from the hub held in quarantine)")
            }
            if !batch.more { break }
        }
        try sendPhotos(socket)
    }

    /// Detects that the hub holds changes of `site` this replica no longer has, or holds
    /// other changes under numbers this replica reissued (its database was restored from an
    /// older copy, or a power loss undid commits the hub had acknowledged), and recovers
    /// without losing either side's edits: the hub's copies come back, and this replica's
    /// edits the hub does not hold are made again under a new incarnation (`Replica.rebase`).
    private func recoverIfRewound(_ socket: NNGSocket, site: SiteID, hubHeld: UInt64, hubStamp: UInt64) throws {
        let own = try replica.versionVector()[site]
        let common = min(own, hubHeld)
        let rewound = hubHeld > own
        let forked = common > 0 ? try replica.stamp(of: site, seq: common)?.rawValue != hubStamp : false
        guard rewound || forked else { return }
        let acknowledged = min(try replica.acknowledged(by: Self.hubPeer, site: site), common)
        logger.error(
            "the hub holds changes of this node that this database does not (restored from an older copy, or a power loss); recovering",
            metadata: ["site": "\(site)", "hub_holds": "\(hubHeld)", "here": "\(own)", "acknowledged": "\(acknowledged)"])

        // The hub's changes of `site` after the last acknowledged one (those of our scopes).
        var hubChanges: [UInt64: Change] = [:]
        var has = VersionVector()
        for (origin, seq) in try replica.versionVector().entries { has[origin] = origin == site ? acknowledged : max(seq, SequenceNumber.allowed.upperBound) }
        has[site] = acknowledged
        while true {
            var pull = Ioc_Sync_V1_Pull()
            pull.have = has.wire
            pull.maxBytes = UInt32(configuration.batchBytes)
            guard case let .pullBatch(batch) = try exchange(socket, .pull(pull)) else {
                throw SyncRefusal(.malformed, "hub answered a pull with something else")
            }
            for wire in batch.changes where wire.origin == site.rawValue {
                let change = try wire.change()
                hubChanges[change.seq] = change
            }
            let through = try VersionVector(wire: batch.through)
            guard through[site] > has[site] || batch.more else { break }
            has = has.merged(with: through)
            if !batch.more || has[site] >= hubHeld { break }
        }
        // The last number at which both hold the same change.
        let mine = Dictionary(try replica.ownChanges(of: site, after: acknowledged, maxBytes: .max).map { ($0.seq, $0) }, uniquingKeysWith: { a, _ in a })
        var agreed = acknowledged
        while agreed < common {
            let next = agreed + 1
            guard let local = mine[next] else { break }
            if let theirs = hubChanges[next] {
                guard theirs.hlc.rawValue == local.hlc else { break }
            } else if local.scope == configuration.district || local.scope == Scope.province {
                break  // the hub would have served its change of our scopes: theirs is another one
            }
            agreed = next
        }
        let outcome = try replica.rebase(
            retiring: site, agreedThrough: agreed, hubChanges: hubChanges.values.sorted { $0.seq < $1.seq }, hubHeld: hubHeld)
        try replica.recordSync(peer: Self.hubPeer, site: site, ackedSeq: hubHeld, error: nil)
        let note = "recovered from a rewind of \(site) at #\(agreed): \(outcome.recovered) change(s) of the hub restored here, "
            + "\(outcome.reissued) local change(s) made again as incarnation \(outcome.site)"
        logger.warning("\(note)")
        state.withLock {
            $0.recoveries += 1
            $0.lastRecovery = note
        }
    }

    /// Whether a change the hub relayed may be applied: province data comes only from the
    /// hub, under any of its incarnations (`hub` is its enrolled site, which it names in
    /// every answer; a hub restored from a backup continues as a new incarnation); the hub
    /// checked everything else.
    private static func admits(_ change: Change, current: EntityState?, hub: SiteID) -> Bool {
        guard change.scope == Scope.province || current?.scope == Scope.province else { return true }
        return (0...SyncLimits.maxIncarnation).contains { hub.incarnation($0) == change.origin }
    }

    /// Rebuilds the replica from the hub (`ioc-node resync`, see `Resync`): pulls everything
    /// of the node's scopes from an empty version vector into a fresh replica file beside
    /// the database, then swaps it in (`Replica.adoptResync`), keeping the node's own
    /// changes the hub does not hold (`hubHeld`, from this round's handshake); the push that
    /// follows in this round sends them. Progress goes to `status.resync` and the log. A
    /// failure leaves the replica as it was and the request in place: the next round
    /// resumes the pull where the fresh file stands (it belongs to this request).
    private func resync(_ socket: NNGSocket, requested: String, hubHeld: [SiteID: UInt64]) throws {
        let freshPath = replica.path + ".resync"
        let scopes = [configuration.district, Scope.province]
        let estimated = (try? replica.pendingCount(forScopes: scopes, has: VersionVector(), excluding: [])) ?? 0
        var progress = Resync.Progress(
            phase: .pulling, requestedAtMillis: Int64(requested), startedMillis: Int64(Replica.systemMillis()), estimated: estimated)
        state.withLock { $0.resync = progress }
        logger.notice(
            "resync: rebuilding the replica from the hub",
            metadata: ["held_before": "\(estimated)", "file": "\(freshPath)"])
        func removeFresh() { for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: freshPath + suffix) } }
        if FileManager.default.fileExists(atPath: freshPath) {
            // Left by an attempt cut short: resumed if it was for this request.
            let owner = (try? Replica(path: freshPath, site: replica.baseSite)).flatMap { try? $0.meta(Resync.requestKey) }
            if owner != requested { removeFresh() }
        }
        do {
            var logged = 0
            try pullEverything(socket, into: freshPath, for: requested) { pulled in
                progress.pulled = pulled
                state.withLock { $0.resync = progress }
                // A log line per tenth of the estimate (per 10,000 changes without one).
                let step = max(1, estimated / 10, estimated == 0 ? 10_000 : 0)
                if pulled / step > logged {
                    logged = pulled / step
                    let share = estimated > 0 ? " (~\(min(100, pulled * 100 / estimated))%)" : ""
                    logger.notice("resync: \(pulled) change(s) received\(share)")
                }
            }
            progress.phase = .replacing
            state.withLock { $0.resync = progress }
            let outcome = try replica.adoptResync(from: freshPath, keepingOwnAfter: hubHeld)
            let summary = "\(ISO8601DateFormatter().string(from: Date())): \(outcome.changesFromHub) change(s) from the hub, "
                + "\(outcome.keptLocal) local change(s) the hub did not hold kept, \(outcome.entities) record(s)"
            try Resync.finish(on: replica, request: requested, summary: summary)
            removeFresh()
            progress.phase = .done
            progress.finishedMillis = Int64(Replica.systemMillis())
            progress.keptLocal = outcome.keptLocal
            progress.entities = outcome.entities
            state.withLock { $0.resync = progress }
            logger.notice("resync done: \(summary)")
        } catch {
            progress.phase = .failed
            progress.error = SyncProblem(error)
            state.withLock { $0.resync = progress }
            logger.error("resync cut short; it resumes at the next round", metadata: ["error": "\(SyncProblem(error))"])
            throw error
        }
    }

    /// Pulls everything of the node's scopes from the hub into the replica at `path` (same
    /// site, no projections; marked as `request`'s), batch by batch, from what it already
    /// holds; `progress` gets the running count of changes it holds.
    private func pullEverything(_ socket: NNGSocket, into path: String, for request: String, progress: (Int) -> Void) throws {
        let fresh = try Replica(path: path, site: replica.baseSite)
        try fresh.setMeta(Resync.requestKey, request)
        var pulled = try fresh.pendingCount(forScopes: [configuration.district, Scope.province], has: VersionVector(), excluding: [])
        while true {
            var pull = Ioc_Sync_V1_Pull()
            pull.have = try fresh.versionVector().wire
            pull.maxBytes = UInt32(configuration.batchBytes)
            guard case let .pullBatch(batch) = try exchange(socket, .pull(pull)) else {
                throw SyncRefusal(.malformed, "hub answered a pull with something else")
            }
            let changes = try batch.changes.map { try $0.change() }
            let hub = SiteID(state.withLock { $0.hubSite })
            let outcome = try fresh.apply(changes, through: try VersionVector(wire: batch.through), contiguous: false) { change, current in
                Self.admits(change, current: current, hub: hub)
            }
            if let clockError = outcome.clockError {
                throw SyncRefusal(.clockSkew, "\(clockError) (\(outcome.quarantined) change(s) from the hub held in quarantine)")
            }
            pulled += outcome.applied
            progress(pulled)
            if !batch.more { break }
        }
    }

    /// Sends photos the hub has not confirmed, a few per round, after the changes: a
    /// report reaches the hub first, its photos follow, and a photo never holds up sync.
    private func sendPhotos(_ socket: NNGSocket) throws {
        guard let attachments else { return }
        let waiting = attachments.outbox(limit: 16)
        for sha in waiting {
            guard let stored = try attachments.get(sha), let digest = try? Hex.decode(Array(sha.utf8)) else {
                attachments.confirmDelivered(sha)
                continue
            }
            var put = Ioc_Sync_V1_PutBlob()
            put.sha256 = Data(digest)
            put.mediaType = stored.mediaType
            put.data = Data(stored.bytes)
            do {
                guard case let .blobsHeld(held) = try exchange(socket, .putBlob(put)) else {
                    throw SyncRefusal(.malformed, "hub answered a photo with something else")
                }
                if held.sha256.contains(Data(digest)) {
                    attachments.confirmDelivered(sha)
                    state.withLock { $0.photosSent += 1 }
                }
            } catch let refusal as SyncRefusal where refusal.code == .malformed {
                // The hub will never take these bytes; keep the file, stop offering it.
                logger.error("hub refused a photo; it stays here only", metadata: ["sha256": "\(sha)", "reason": "\(refusal.message)"])
                attachments.confirmDelivered(sha)
            }
        }
        if waiting.count == 16 { flags.withLock { $0.pending = true } }
    }

    private func exchange(_ socket: NNGSocket, _ kind: Ioc_Sync_V1_Request.OneOf_Kind) throws -> Ioc_Sync_V1_Response.OneOf_Kind {
        var request = Ioc_Sync_V1_Request()
        request.protocolVersion = SyncLimits.protocolVersion
        request.site = replica.site.rawValue
        request.incarnation = replica.incarnation
        request.district = configuration.district
        request.nodeName = configuration.name
        request.sentAtMs = Int64(Replica.systemMillis())
        request.kind = kind
        if case .hello = kind {} else {
            (request.session, request.counter) = session.withLock { session in
                session.counter += 1
                return (session.nonce, session.counter)
            }
        }
        let sealed = try SignedEnvelope.seal(request, with: key)
        replayEarlierRequestForTests(socket, before: sealed)
        let reply = try socket.request(sealed)
        let response = try SignedAnswer.open(reply, answering: sealed, hubKey: hubKey)
        if case let .welcome(welcome) = response.kind { session.withLock { $0 = (welcome.session, 0) } }
        state.withLock {
            $0.hubSite = response.hubSite
            $0.hubClockOffsetMillis = response.hubTimeMs &- Int64(Replica.systemMillis())
        }
        if case let .refusal(refusal) = response.kind { throw SyncRefusal(refusal) }
        guard let kind = response.kind else { throw SyncRefusal(.malformed, "hub sent an empty answer") }
        return kind
    }

    /// Test-only (`IOC_TEST_REPLAY_PERCENT`, 0–100, unset in production): before a
    /// request, sometimes sends the previous request again, or the same one twice, as a
    /// network that duplicates and reorders would; the hub must refuse them as replays
    /// and nothing may be lost.
    private func replayEarlierRequestForTests(_ socket: NNGSocket, before sealed: [UInt8]) {
        guard Self.testReplayPercent > 0 else { return }
        let earlier = lastSealed.withLock { last in
            defer { last = sealed }
            return last
        }
        guard Int.random(in: 0..<100) < Self.testReplayPercent else { return }
        let duplicate = Bool.random() || earlier.isEmpty ? sealed : earlier
        _ = try? socket.request(duplicate)
        state.withLock { $0.replaysSentForTests += 1 }
    }

    static let testReplayPercent = ProcessInfo.processInfo.environment["IOC_TEST_REPLAY_PERCENT"].flatMap { Int($0) } ?? 0
}
