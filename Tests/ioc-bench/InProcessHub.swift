import Attachments
import CRDT
import Foundation
import HubKit
import Identity
import Logging
import Replica

/// The hub end of step 4 in this process: the replica, enrolment book and the hub's
/// `SyncEndpoint` (what `HubApplication.run` wires together), without HTTP, on free
/// loopback ports.
final class InProcessHub {
    let replica: Replica
    let enrolments: EnrolmentBook
    let service: SyncService
    let syncURL: String
    let announceURL: String
    private let endpoint: SyncEndpoint

    init(folder: String, workers: Int, logger: Logger) throws {
        let key = try SigningKey.generate()
        replica = try Replica(path: folder + "/hub.sqlite", site: SiteID(key.publicKey.siteID), servesScopes: true)
        enrolments = try EnrolmentBook(replica: replica)
        endpoint = try SyncEndpoint(
            replica: replica, enrolments: enrolments,
            attachments: try AttachmentStore(directory: URL(fileURLWithPath: folder + "/attachments")), signer: key,
            syncURL: "tcp://127.0.0.1:0", announceURL: "tcp://127.0.0.1:0",
            tls: nil, quota: NodeQuota(inFlight: 64, burst: 1e9, perSecond: 1e9), workers: workers, logger: logger)
        service = endpoint.service
        syncURL = "tcp://127.0.0.1:\(endpoint.syncPort)"
        announceURL = "tcp://127.0.0.1:\(endpoint.announcePort)"
    }

    func stop() { endpoint.stop() }
}
