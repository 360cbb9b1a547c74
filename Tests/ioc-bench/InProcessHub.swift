import Attachments
import CRDT
import Foundation
import HubKit
import Identity
import Logging
import NodeKit
import Replica
import SyncSession

/// The hub end of step 4 in this process: the replica, enrolment book and the hub's
/// `SyncEndpoint` (what `HubApplication.run` wires together), without HTTP, on free
/// loopback ports; over mutual TLS (`tls+tcp://`, as deployed) when it has `certificates`,
/// plain `tcp://` otherwise.
final class InProcessHub {
    let replica: Replica
    let enrolments: EnrolmentBook
    let service: SyncService
    let syncURL: String
    let announceURL: String
    let key: SigningKey
    let certificates: HubCertificates?
    private let endpoint: SyncEndpoint

    init(folder: String, workers: Int, tls: Bool = false, logger: Logger) throws {
        key = try SigningKey.generate()
        certificates = tls ? try HubCertificates.loadOrCreate(directory: folder + "/tls") : nil
        let scheme = tls ? "tls+tcp" : "tcp"
        replica = try Replica(path: folder + "/hub.sqlite", site: SiteID(key.publicKey.siteID), servesScopes: true)
        enrolments = try EnrolmentBook(replica: replica)
        endpoint = try SyncEndpoint(
            replica: replica, enrolments: enrolments,
            attachments: try AttachmentStore(directory: URL(fileURLWithPath: folder + "/attachments")), signer: key,
            syncURL: "\(scheme)://127.0.0.1:0", announceURL: "\(scheme)://127.0.0.1:0",
            tls: certificates?.serverConfiguration, quota: NodeQuota(inFlight: 64, burst: 1e9, perSecond: 1e9), workers: workers, logger: logger)
        service = endpoint.service
        syncURL = "\(scheme)://127.0.0.1:\(endpoint.syncPort)"
        announceURL = "\(scheme)://127.0.0.1:\(endpoint.announcePort)"
    }

    /// Enrols the node whose signing key is `nodeKey` and writes into its data folder what
    /// enrolment gives it: the hub's key (`hub.pub`) and, over TLS, its certificate and the CA.
    func enrol(_ nodeKey: PublicKey, name: String, district: String, nodeFolder: String) throws {
        _ = try enrolments.enrol(nodeKey, name: name, district: district)
        let credentials = NodeCredentials(dataDirectory: nodeFolder)
        if let certificates {
            let issued = try certificates.issueNodeCertificate(
                name: name, district: district, publicKeyPEM: try credentials.loadOrCreateKey().publicKeyPEM)
            try certificates.deliver(issued, hubKey: key.publicKey, to: nodeFolder)
        } else {
            try PEMFile.writeText(key.publicKey.hex + "\n", to: credentials.hubKeyPath)
        }
    }

    func stop() { endpoint.stop() }
}
