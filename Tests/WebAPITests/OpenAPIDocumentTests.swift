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
    /// traffic services register on a router built as a node (`homeScope` a district, with
    /// an engine) or as the hub (the province, none) builds it.
    static func registered(homeScope: String, withEngine: Bool) throws -> Set<String> {
        let folder = NSTemporaryDirectory() + "ioc-openapi-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let replica = try Replica(path: folder + "/replica.sqlite", site: SiteID(1))
        let records = try FieldReportService(
            replica: replica, homeScope: homeScope, attachmentsDirectory: folder + "/attachments", webhookSecret: nil,
            siteTitle: "test", didWrite: {})
        let router = Router()
        records.register(on: router)
        let desk = TrafficDesk(replica: replica, homeScope: homeScope)
        let engine = withEngine ? TrafficEngine(desk: desk, district: homeScope, didWrite: {}) : nil
        TrafficService(records: records, desk: desk, engine: engine).register(on: router)
        return Set(
            router.routes.map { route in
                let path = "/" + route.path.description.split(separator: "/").map { part in
                    part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
                }.joined(separator: "/")
                return "\(route.method.rawValue) \(path)"
            }.filter { $0.contains(" /api/v1/") || $0.contains(" /attachments/") })
    }

    @Test(arguments: [("651", true), ("province", false)])
    func everyRegisteredAPIRouteIsDocumented(homeScope: String, withEngine: Bool) throws {
        let undocumented = try Self.registered(homeScope: homeScope, withEngine: withEngine).subtracting(try Self.documented())
        #expect(undocumented.isEmpty, "registered but not in openapi.json: \(undocumented.sorted())")
    }

    @Test(arguments: [("651", true), ("province", false)])
    func everyDocumentedOperationIsRegistered(homeScope: String, withEngine: Bool) throws {
        let unregistered = try Self.documented().subtracting(try Self.registered(homeScope: homeScope, withEngine: withEngine))
        #expect(unregistered.isEmpty, "in openapi.json but not registered: \(unregistered.sorted())")
    }

    @Test func theDocumentIsOpenAPI31WithTheSharedErrorShape() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: OpenAPIDocument.data) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        #expect(schemas?["Error"] != nil)
    }
}
