import CRDT
import Foundation
import Hummingbird
import Identity
import Logging
@testable import NodeKit
import Replica
import SyncSession
import Testing
import WebAPI

/// The node's own routes (health, the link to the hub, metrics) are described in the served OpenAPI document.
@Suite struct NodeRoutesDocumentTests {
    @Test func everyNodeOnlyRouteIsInTheOpenAPIDocument() throws {
        let folder = NSTemporaryDirectory() + "ioc-nodekit-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let key = try SigningKey.generate()
        let replica = try Replica(path: folder + "/replica.sqlite", site: SiteID(7))
        let configuration = NodeConfiguration(dataDirectory: folder, district: "651", name: "ea-kar")
        let daemon = SyncDaemon(replica: replica, key: key, configuration: configuration.sync, logger: Logger(label: "test"))
        let router = Router()
        let auth = try StaffAuthenticator(replica: replica, home: "651", site: "ea-kar", secretPath: folder + "/session.key")
        NodeRoutes(configuration: configuration, replica: replica, key: key.publicKey, daemon: daemon, auth: auth).register(on: router)
        let registered = Set(router.routes.map { OpenAPIDocument.operation(method: $0.method.rawValue, routerPath: $0.path.description) })
        #expect(registered == ["GET /healthz", "GET /api/v1/sync", "GET /metrics"])
        #expect(registered.subtracting(OpenAPIDocument.operations).isEmpty)
    }
}
