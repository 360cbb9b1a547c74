import Attachments
import CRDT
import Foundation
import HubKit
import Identity
import Logging
import Replica
import SyncProtocol
import Testing
import Wire

/// A hub's `SyncService` over a fresh replica in a temporary folder, with Ea Kar (651)
/// enrolled, and requests signed with Ea Kar's key.
struct SyncServiceFixture {
    let folder = NSTemporaryDirectory() + "ioc-hubkit-\(UUID().uuidString.prefix(8))"
    let hub: Replica
    let service: SyncService
    let key: SigningKey

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        hub = try Replica(path: folder + "/hub.sqlite", site: SiteID(99))
        let book = try EnrolmentBook(replica: hub)
        key = try SigningKey.generate()
        _ = try book.enrol(key.publicKey, name: "ea-kar", district: "651")
        service = SyncService(
            replica: hub, enrolments: book,
            attachments: try AttachmentStore(directory: URL(fileURLWithPath: folder + "/attachments")), logger: Logger(label: "test"), announce: { _ in })
    }

    func request(_ kind: Ioc_Sync_V1_Request.OneOf_Kind, district: String = "651", key: SigningKey? = nil, version: UInt32 = SyncLimits.protocolVersion) throws -> Ioc_Sync_V1_Response {
        let signer = key ?? self.key
        var request = Ioc_Sync_V1_Request()
        request.protocolVersion = version
        request.site = signer.publicKey.siteID
        request.district = district
        request.nodeName = "ea-kar"
        request.kind = kind
        return try Ioc_Sync_V1_Response(serializedBytes: service.handle(try SignedEnvelope.seal(request, with: signer)))
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
