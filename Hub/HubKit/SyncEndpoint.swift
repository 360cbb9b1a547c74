import Attachments
import CRDT
import Identity
import Logging
import NNG
import Replica
import SyncSession
import Wire

/// The hub's nng side: a REP socket answering sync requests on `workers` threads, and a
/// PUB socket announcing new changes to connected nodes.
///
/// Guarantees: `stop()` stops the reply workers before the sockets close (libnng 1.5.2
/// deadlocks otherwise); idempotent.
public final class SyncEndpoint: Sendable {
    public let service: SyncService
    /// The bound ports (useful when the URLs asked for port 0).
    public let syncPort: Int
    public let announcePort: Int
    private let publisher: NNGSocket
    private let replySocket: NNGSocket
    private let server: NNGReplyServer
    private let hubSite: SiteID

    /// - Parameter tls: the listeners' mutual-TLS settings, used for `tls+tcp://` addresses.
    public init(
        replica: Replica, enrolments: EnrolmentBook, attachments: AttachmentStore, signer: SigningKey, syncURL: String, announceURL: String,
        tls: NNGTLSConfiguration?, quota: NodeQuota = NodeQuota(), workers: Int, logger: Logger
    ) throws {
        func listen(_ socket: NNGSocket, _ url: String) throws(NNGError) -> Int {
            if SyncTransport.isTLS(url), let tls { try socket.listen(url, tls: tls) } else { try socket.listen(url) }
        }
        let publisher = try NNGSocket.publisher()
        announcePort = try listen(publisher, announceURL)
        let hubSite = replica.site
        service = SyncService(replica: replica, enrolments: enrolments, attachments: attachments, signer: signer, quota: quota, logger: logger) { scopes in
            Self.announce(scopes, from: hubSite, on: publisher)
        }
        let replySocket = try NNGSocket.reply()
        replySocket.maxReceiveSize = SyncLimits.socketReceiveLimit
        syncPort = try listen(replySocket, syncURL)
        let service = self.service
        server = try NNGReplyServer(socket: replySocket, workers: workers) { service.handle($0) }
        self.publisher = publisher
        self.replySocket = replySocket
        self.hubSite = hubSite
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
