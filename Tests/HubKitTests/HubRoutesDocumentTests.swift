import Attachments
import CRDT
import Foundation
import Hummingbird
@testable import HubKit
import Identity
import Logging
import Replica
import SyncSession
import Testing
import WebAPI

/// The hub's own routes (health, sync state, metrics) are described in the served OpenAPI document.
@Suite struct HubRoutesDocumentTests {
    @Test func everyHubOnlyRouteIsInTheOpenAPIDocument() throws {
        let folder = NSTemporaryDirectory() + "ioc-hubkit-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let hub = try Replica(path: folder + "/hub.sqlite", site: SiteID(99))
        let enrolments = try EnrolmentBook(replica: hub)
        let service = SyncService(
            replica: hub, enrolments: enrolments, attachments: try AttachmentStore(directory: URL(fileURLWithPath: folder + "/attachments")),
            signer: try SigningKey.generate(), logger: Logger(label: "test"), announce: { _ in })
        let router = Router()
        let auth = try StaffAuthenticator(replica: hub, home: "province", site: "hub", secretPath: folder + "/session.key")
        HubRoutes(service: service, replica: hub, enrolments: enrolments, auth: auth).register(on: router)
        let registered = Set(router.routes.map { OpenAPIDocument.operation(method: $0.method.rawValue, routerPath: $0.path.description) })
        #expect(registered == ["GET /healthz", "GET /api/v1/sync", "GET /metrics"])
        #expect(registered.subtracting(OpenAPIDocument.operations).isEmpty)
    }
}
