import CRDT
import Foundation
import Hummingbird
import Replica
import Testing
import TrafficDesk
import WebAPI

/// The served OpenAPI document and the routes node and hub register, compared both ways.
@Suite struct OpenAPIDocumentTests {
    /// "METHOD /path" for every operation the document describes, `{name}` for parameters.
    static func documented() throws -> Set<String> {
        let document = try #require(try JSONSerialization.jsonObject(with: OpenAPIDocument.data) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options"]
        return Set(paths.flatMap { path, item in item.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" } })
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
        let records = try FieldReportService(
            replica: replica, homeScope: homeScope, attachmentsDirectory: folder + "/attachments", uploadsPhotos: asNode, webhookSecret: nil,
            siteTitle: "test", didWrite: {})
        let router = Router()
        records.register(on: router)
        let desk = TrafficDesk(replica: replica, homeScope: homeScope)
        let engine = asNode ? TrafficEngine(desk: desk, district: homeScope, didWrite: {}) : nil
        let traffic = TrafficService(records: records, desk: desk, engine: engine)
        traffic.register(on: router)
        if let engine {
            traffic.registerIngest(on: router, engine: engine)
        } else {
            records.registerReferenceEditing(on: router)
            traffic.registerCatalogEditing(on: router)
            traffic.registerIngestRefusal(on: router)
        }
        return Set(
            router.routes.map { route in
                let path = "/" + route.path.description.split(separator: "/").map { part in
                    part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
                }.joined(separator: "/")
                return "\(route.method.rawValue) \(path)"
            }.filter { $0.contains(" /api/v1/") || $0.contains(" /attachments/") })
    }

    /// Operations one role alone serves, as the document marks them (`x-ioc-role`).
    static func documented(role: String) throws -> Set<String> {
        let document = try #require(try JSONSerialization.jsonObject(with: OpenAPIDocument.data) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        return Set(paths.flatMap { path, item in
            item.compactMap { method, operation in
                ((operation as? [String: Any])?["x-ioc-role"] as? String) == role ? "\(method.uppercased()) \(path)" : nil
            }
        })
    }

    @Test(arguments: [("651", true), ("province", false)])
    func everyRegisteredAPIRouteIsDocumented(homeScope: String, asNode: Bool) throws {
        let undocumented = try Self.registered(homeScope: homeScope, asNode: asNode).subtracting(try Self.documented())
        #expect(undocumented.isEmpty, "registered but not in openapi.json: \(undocumented.sorted())")
    }

    @Test(arguments: [("651", true), ("province", false)])
    func everyDocumentedOperationOfTheRoleIsRegistered(homeScope: String, asNode: Bool) throws {
        let otherRole = try Self.documented(role: asNode ? "hub" : "node")
        let unregistered = try Self.documented().subtracting(otherRole).subtracting(try Self.registered(homeScope: homeScope, asNode: asNode))
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
