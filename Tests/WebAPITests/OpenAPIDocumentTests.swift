import CRDT
import CyberSecurity
import Indicators
import PublicServices
import Foundation
import Hummingbird
import Replica
import Testing
import TrafficDesk
import WebAPI

/// The served OpenAPI document and the routes node and hub register, compared both ways.
@Suite struct OpenAPIDocumentTests {
    static func documented() throws -> Set<String> {
        let operations = OpenAPIDocument.operations
        try #require(!operations.isEmpty)
        return operations
    }

    /// "METHOD /path" for every `/api/v1` and `/attachments` route the field-report and
    /// traffic services register on a router built as a node builds it (`homeScope` a
    /// district: the shared routes and ingest) or as the hub does (the province: the shared
    /// routes and reference-data editing).
    static func registered(homeScope: String, asNode: Bool) throws -> Set<String> {
        let folder = NSTemporaryDirectory() + "ioc-openapi-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let replica = try Replica(path: folder + "/replica.sqlite", site: SiteID(1))
        let auth = try StaffAuthenticator(replica: replica, home: homeScope, site: "test", secretPath: folder + "/session.key")
        let records = try FieldReportService(
            replica: replica, homeScope: homeScope, attachmentsDirectory: folder + "/attachments", uploadsPhotos: asNode, webhookSecret: nil,
            siteTitle: "test", auth: auth, administersAccounts: !asNode, didWrite: {})
        let router = Router()
        records.register(on: router)
        let desk = TrafficDesk(replica: replica, homeScope: homeScope)
        let engine = asNode ? TrafficEngine(desk: desk, district: homeScope, didWrite: {}) : nil
        let traffic = TrafficService(records: records, desk: desk, engine: engine)
        traffic.register(on: router)
        let indicators = IndicatorService(records: records, desk: IndicatorDesk(replica: replica, homeScope: homeScope))
        indicators.register(on: router)
        let dossierDesk = DossierDesk(replica: replica, homeScope: homeScope)
        let dossiers = DossierService(records: records, desk: dossierDesk)
        dossiers.register(on: router)
        let store = try SecurityEventStore(path: folder + "/events.sqlite")
        let security = SecurityService(records: records, intake: SecurityIntake(desk: SecurityDesk(replica: replica, store: store, homeScope: homeScope)))
        security.register(on: router)
        if let engine {
            traffic.registerIngest(on: router, engine: engine)
        } else {
            records.registerReferenceEditing(on: router)
            traffic.registerCatalogEditing(on: router)
            indicators.registerCatalogEditing(on: router)
            traffic.registerIngestRefusal(on: router)
            dossiers.registerIngest(on: router)
            security.registerSiteEditing(on: router)
            let connector = OneStopConnector(
                configuration: .init(url: URL(string: "http://127.0.0.1:9/dossiers")!), desk: dossierDesk, cursorPath: folder + "/cursor.json")
            DossierConnectorRoute(connector: connector, api: records).register(on: router)
        }
        return Set(
            router.routes.map { OpenAPIDocument.operation(method: $0.method.rawValue, routerPath: $0.path.description) }.filter { $0.contains(" /api/v1/") || $0.contains(" /attachments/") })
    }

    /// Health, sync state and metrics: registered by the node's and the hub's own assembly
    /// (`NodeRoutes`, `HubRoutes`), compared with the document in NodeKitTests and HubKitTests.
    static let assembledByNodeAndHub: Set<String> = ["GET /healthz", "GET /metrics", "GET /api/v1/sync"]

    static func documented(role: String) throws -> Set<String> {
        OpenAPIDocument.operations(servedOnlyBy: role)
    }

    @Test(arguments: [("651", true), ("province", false)])
    func everyRegisteredAPIRouteIsDocumented(homeScope: String, asNode: Bool) throws {
        let undocumented = try Self.registered(homeScope: homeScope, asNode: asNode).subtracting(try Self.documented())
        #expect(undocumented.isEmpty, "registered but not in openapi.json: \(undocumented.sorted())")
    }

    @Test(arguments: [("651", true), ("province", false)])
    func everyDocumentedOperationOfTheRoleIsRegistered(homeScope: String, asNode: Bool) throws {
        let otherRole = try Self.documented(role: asNode ? "hub" : "node")
        let unregistered = try Self.documented().subtracting(otherRole).subtracting(Self.assembledByNodeAndHub).subtracting(try Self.registered(homeScope: homeScope, asNode: asNode))
        #expect(unregistered.isEmpty, "in openapi.json but not registered: \(unregistered.sorted())")
    }

    @Test func theHubsReferenceEditingIsNotRegisteredAtANode() throws {
        let hubOnly = try Self.documented(role: "hub")
        #expect(hubOnly.contains("PUT /api/v1/categories/{code}"))
        #expect(hubOnly.isDisjoint(with: try Self.registered(homeScope: "651", asNode: true)))
    }

    @Test func theDocumentIsOpenAPI31WithTheSharedErrorShape() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: OpenAPIDocument.data) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        #expect(schemas?["Error"] != nil)
    }
}
