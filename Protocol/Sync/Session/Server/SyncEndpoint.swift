import Attachments
import CRDT
import Identity
import Logging
import NNG
import Replica
import Synchronization
import Wire

/// The hub's nng side: a REP socket answering sync requests on `workers` threads, and a
/// PUB socket announcing new changes to connected nodes.
///
/// Guarantees: `stop()` stops the reply workers before the sockets close (libnng 1.5.2
/// deadlocks otherwise); idempotent. A sync listener that libnng stopped accepting on (see
/// `NNGListener`) is replaced by `reviveIfDeaf(nowMillis:)` once nothing has been heard for
/// `quietMillis`: nodes pull every few seconds, so that long a silence means they cannot get in.
public final class SyncEndpoint: Sendable {
    public let service: SyncService
    /// The bound ports (useful when the URLs asked for port 0).
    public let syncPort: Int
    public let announcePort: Int
    private let publisher: NNGSocket
    private let replySocket: NNGSocket
    private let server: NNGReplyServer
    private let hubSite: SiteID
    private let syncURL: String
    private let tls: NNGTLSConfiguration?
    private let logger: Logger
    private let syncListener: Mutex<NNGListener?>
    private let silence: Silence

    /// How long a silence means the listener no longer accepts.
    public static let quietMillis: Int64 = 20_000

    /// - Parameter tls: the listeners' mutual-TLS settings, used for `tls+tcp://` addresses.
    public init(
        replica: Replica, enrolments: EnrolmentBook, attachments: AttachmentStore, signer: SigningKey, syncURL: String, announceURL: String,
        tls: NNGTLSConfiguration?, quota: NodeQuota = NodeQuota(), nodeWriteRules: [NodeWriteRule] = [], workers: Int, logger: Logger
    ) throws {
        let publisher = try NNGSocket.publisher()
        announcePort = try Self.listener(publisher, announceURL, tls: tls).port
        let hubSite = replica.site
        service = SyncService(
            replica: replica, enrolments: enrolments, attachments: attachments, signer: signer, quota: quota, nodeWriteRules: nodeWriteRules,
            logger: logger
        ) { scopes in
            Self.announce(scopes, from: hubSite, on: publisher)
        }
        let replySocket = try NNGSocket.reply()
        replySocket.maxReceiveSize = SyncLimits.socketReceiveLimit
        let listener = try Self.listener(replySocket, syncURL, tls: tls)
        syncPort = listener.port
        let service = self.service
        let silence = Silence(now: Int64(Replica.systemMillis()))
        self.silence = silence
        server = try NNGReplyServer(socket: replySocket, workers: workers) { request in
            silence.lastHeard.store(Int64(Replica.systemMillis()), ordering: .relaxed)
            return service.handle(request)
        }
        self.publisher = publisher
        self.replySocket = replySocket
        self.hubSite = hubSite
        self.syncURL = Self.url(syncURL, port: listener.port)
        self.tls = tls
        self.logger = logger
        syncListener = Mutex(listener)
    }

    /// Listeners replaced since start because the sync socket went silent.
    public var listenerRevivals: Int { silence.revivals.load(ordering: .relaxed) }

    /// Replaces the sync listener when no request has arrived for `quietMillis` (and none was
    /// replaced in that time); returns whether it did. Pipes the old listener accepted close
    /// with it; nodes redial. Blocks briefly in nng: call it off the cooperative pool.
    @discardableResult
    public func reviveIfDeaf(nowMillis: Int64, quietMillis: Int64 = SyncEndpoint.quietMillis) -> Bool {
        guard nowMillis - silence.lastHeard.load(ordering: .relaxed) >= quietMillis,
            nowMillis - silence.lastRevived.load(ordering: .relaxed) >= quietMillis
        else { return false }
        silence.lastRevived.store(nowMillis, ordering: .relaxed)
        let revived = syncListener.withLock { listener -> Bool in
            guard let old = listener else { return false }
            old.close()
            listener = nil
            do throws(NNGError) {
                listener = try Self.listener(replySocket, syncURL, tls: tls)
                return true
            } catch {
                logger.error("sync listener could not be opened again", metadata: ["url": "\(syncURL)", "error": "\(error)"])
                return false
            }
        }
        if revived {
            silence.revivals.add(1, ordering: .relaxed)
            logger.notice(
                "no sync request for \((nowMillis - silence.lastHeard.load(ordering: .relaxed)) / 1000) s: listening again",
                metadata: ["url": "\(syncURL)"])
        }
        return revived
    }

    /// Unix milliseconds of the last request received and of the last listener replaced, and
    /// how many were replaced; shared with the reply workers.
    private final class Silence: Sendable {
        let lastHeard: Atomic<Int64>
        let lastRevived: Atomic<Int64>
        let revivals = Atomic<Int>(0)

        init(now: Int64) {
            lastHeard = Atomic(now)
            lastRevived = Atomic(now)
        }
    }

    private static func listener(_ socket: NNGSocket, _ url: String, tls: NNGTLSConfiguration?) throws(NNGError) -> NNGListener {
        if SyncTransport.isTLS(url), let tls { try socket.listener(url, tls: tls) } else { try socket.listener(url) }
    }

    /// `url` with its port replaced by `port` (so a listener opened again keeps the port ":0" chose).
    static func url(_ url: String, port: Int) -> String {
        guard port > 0, let colon = url.lastIndex(of: ":"), url[url.index(after: colon)...].allSatisfy(\.isNumber) else { return url }
        return String(url[..<colon]) + ":\(port)"
    }

    /// Tells connected nodes that `scopes` changed ("*": any; none: a heartbeat).
    /// Best effort: a node that misses it pulls on its periodic timer.
    public func announce(_ scopes: [String]) { Self.announce(scopes, from: hubSite, on: publisher) }

    public func stop() {
        server.stop()
        replySocket.close()
        publisher.close()
    }

    private static func announce(_ scopes: [String], from hub: SiteID, on publisher: NNGSocket) {
        var message = Ioc_Sync_V1_Announcement()
        message.hubSite = hub.rawValue
        message.scopes = scopes
        if let bytes: [UInt8] = try? message.serializedBytes() { try? publisher.send(bytes) }
    }
}
