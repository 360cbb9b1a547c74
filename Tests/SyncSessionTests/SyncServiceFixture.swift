import Attachments
import CRDT
import Foundation
import Identity
import Logging
import Replica
import SyncSession
import Synchronization
import Testing
import Wire

/// A hub's `SyncService` over a fresh replica in a temporary folder, with Ea Kar (651)
/// enrolled, and requests signed with Ea Kar's key.
final class SyncServiceFixture: Sendable {
    let folder = NSTemporaryDirectory() + "ioc-hubkit-\(UUID().uuidString.prefix(8))"
    let hub: Replica
    let service: SyncService
    let key: SigningKey
    let hubKey: SigningKey
    let session = Mutex<(nonce: Data, counter: UInt64)>((Data(), 0))

    init(quota: NodeQuota = NodeQuota()) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        hub = try Replica(path: folder + "/hub.sqlite", site: SiteID(99))
        let book = try EnrolmentBook(replica: hub)
        key = try SigningKey.generate()
        _ = try book.enrol(key.publicKey, name: "ea-kar", district: "651")
        hubKey = try SigningKey.generate()
        service = SyncService(
            replica: hub, enrolments: book,
            attachments: try AttachmentStore(directory: URL(fileURLWithPath: folder + "/attachments")), signer: hubKey,
            quota: quota, logger: Logger(label: "test"), announce: { _ in })
    }

    /// Sends one request as a node would: a Hello first when no session is open, then the
    /// session's next counter. Checks the answer's signature and binding.
    func request(_ kind: Ioc_Sync_V1_Request.OneOf_Kind, district: String = "651", key: SigningKey? = nil, version: UInt32 = SyncLimits.protocolVersion) throws -> Ioc_Sync_V1_Response {
        let sealed = try seal(kind, district: district, key: key, version: version)
        return try answer(to: sealed)
    }

    /// The signed request a node would send now (opening a session first if needed).
    func seal(_ kind: Ioc_Sync_V1_Request.OneOf_Kind, district: String = "651", key: SigningKey? = nil, version: UInt32 = SyncLimits.protocolVersion) throws -> [UInt8] {
        let signer = key ?? self.key
        var request = Ioc_Sync_V1_Request()
        request.protocolVersion = version
        request.site = signer.publicKey.siteID
        request.district = district
        request.nodeName = "ea-kar"
        request.kind = kind
        if case .hello = kind {} else {
            if session.withLock({ $0.nonce.isEmpty }) {
                var hello = request
                hello.kind = .hello(Ioc_Sync_V1_Hello())
                if case let .welcome(welcome) = try answer(to: try SignedEnvelope.seal(hello, with: signer)).kind {
                    session.withLock { $0 = (welcome.session, 0) }
                }
            }
            (request.session, request.counter) = session.withLock { session in
                session.counter += 1
                return (session.nonce, session.counter)
            }
        }
        return try SignedEnvelope.seal(request, with: signer)
    }

    /// The hub's answer to `sealed`, checked as a node checks it.
    func answer(to sealed: [UInt8]) throws -> Ioc_Sync_V1_Response {
        try SignedAnswer.open(service.handle(sealed), answering: sealed, hubKey: hubKey.publicKey)
    }

    func change(seq: UInt64, scope: String, origin: SiteID? = nil) -> Ioc_Sync_V1_Change {
        Ioc_Sync_V1_Change(Change(
            origin: origin ?? SiteID(key.publicKey.siteID), seq: seq, hlc: HLCTimestamp(physicalMillis: Replica.systemMillis()),
            entityType: "report", entityID: EntityID.make(millis: seq), scope: scope, author: "test",
            ops: [FieldOp(field: "status", value: Array("\"received\"".utf8))]))
    }

    func push(_ changes: [Ioc_Sync_V1_Change]) -> Ioc_Sync_V1_Request.OneOf_Kind {
        var push = Ioc_Sync_V1_Push()
        push.changes = changes
        return .push(push)
    }

}
