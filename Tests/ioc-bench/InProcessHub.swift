import CRDT
import Foundation
import HubKit
import Identity
import Logging
import NNG
import Replica
import SyncProtocol
import Wire

/// The hub end of step 4 in this process: the sync pieces `HubApplication.run` wires
/// together (replica, enrolment book, sync service, REP socket with a reply server, PUB
/// socket for announcements), without HTTP, on free loopback ports.
final class InProcessHub {
    let replica: Replica
    let enrolments: EnrolmentBook
    let service: SyncService
    let syncURL: String
    let announceURL: String
    private let publisher: NNGSocket
    private let replySocket: NNGSocket
    private let server: NNGReplyServer

    init(folder: String, workers: Int, logger: Logger) throws {
        let key = try SigningKey.generate()
        let replica = try Replica(path: folder + "/hub.sqlite", site: SiteID(key.publicKey.siteID), servesScopes: true)
        let publisher = try NNGSocket.publisher()
        let announcePort = try publisher.listen("tcp://127.0.0.1:0")
        let hubSite = replica.site
        let announce: @Sendable ([String]) -> Void = { scopes in
            var message = Ioc_Sync_V1_Announcement()
            message.hubSite = hubSite.rawValue
            message.scopes = scopes
            if let bytes: [UInt8] = try? message.serializedBytes() { try? publisher.send(bytes) }
        }
        let enrolments = try EnrolmentBook(replica: replica)
        let service = SyncService(replica: replica, enrolments: enrolments, logger: logger, announce: announce)
        let replySocket = try NNGSocket.reply()
        replySocket.maxReceiveSize = SyncLimits.socketReceiveLimit
        let syncPort = try replySocket.listen("tcp://127.0.0.1:0")
        server = try NNGReplyServer(socket: replySocket, workers: workers) { service.handle($0) }
        self.replica = replica
        self.enrolments = enrolments
        self.service = service
        self.publisher = publisher
        self.replySocket = replySocket
        syncURL = "tcp://127.0.0.1:\(syncPort)"
        announceURL = "tcp://127.0.0.1:\(announcePort)"
    }

    func stop() {
        server.stop()
        replySocket.close()
        publisher.close()
    }
}
