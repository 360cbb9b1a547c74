import Hummingbird
@testable import HubKit
import Testing
import WebAPI

/// The hub's own routes (health, sync state, metrics) are described in the served OpenAPI document.
@Suite struct HubRoutesDocumentTests {
    @Test func everyHubOnlyRouteIsInTheOpenAPIDocument() throws {
        let fixture = try SyncServiceFixture()
        let router = Router()
        HubRoutes(service: fixture.service, replica: fixture.hub, enrolments: try EnrolmentBook(replica: fixture.hub)).register(on: router)
        let registered = Set(router.routes.map { OpenAPIDocument.operation(method: $0.method.rawValue, routerPath: $0.path.description) })
        #expect(registered == ["GET /healthz", "GET /api/v1/sync", "GET /metrics"])
        #expect(registered.subtracting(OpenAPIDocument.operations).isEmpty)
    }
}
