import Access
import CRDT
import FieldReports
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Indicators
import Replica
import Sheets
import Testing
import WebAPI

/// The indicators' routes at the hub, in process: figures entered and read back, each
/// account held to its own district, whole batches refused with the item named, the report
/// workflow, the catalog edited at the hub, and the entry form reading Vietnamese numbers.
@Suite struct IndicatorRouteTests: Sendable {
    @Test func aDistrictOfficerEntersItsFiguresAndReadsThemBackFiltered() async throws {
        try await IndicatorHub().test { client async throws in
            let posted = try await client.json(
                "POST", "/api/v1/indicators/values", as: "can-bo@651",
                body: ["items": [
                    ["indicator": "RETAIL", "area": "651", "period": "2026-05", "value": 790, "status": "estimate"],
                    ["indicator": "RETAIL", "area": "651", "period": "2026-06", "value": 812.5, "status": "preliminary", "source": "Chi cục Thống kê"],
                ]])
            #expect(posted.status == .ok, "\(posted)")
            #expect(posted.body["written"] as? Int == 2)
            let listed = try await client.json("GET", "/api/v1/indicators/values?area=651&indicator=RETAIL&from=2026-06", as: "can-bo@651")
            let items = try #require(listed.body["items"] as? [[String: Any]])
            #expect(items.count == 1)
            #expect(items.first?["value"] as? Double == 812.5)
            #expect(items.first?["entered_by"] as? String == "can-bo")
            let summary = try await client.json("GET", "/api/v1/indicators/summary?indicator=RETAIL&area=651", as: "dieu-hanh")
            #expect(summary.body["year_to_date"] == nil, "January to April are missing")
            #expect((summary.body["latest"] as? [String: Any])?["period"] as? String == "2026-06")
        }
    }

    @Test func anotherDistrictsFiguresAreOutOfReach() async throws {
        try await IndicatorHub().test { client async throws in
            let entry: [String: Any] = ["items": [["indicator": "RETAIL", "area": "643", "period": "2026-06", "value": 1, "status": "estimate"]]]
            let refused = try await client.json("POST", "/api/v1/indicators/values", as: "can-bo@651", body: entry)
            #expect(refused.status == .forbidden)
            #expect((refused.body["error"] as? [String: Any])?["field"] as? String == "area")
            #expect(try await client.json("GET", "/api/v1/indicators/values?area=643", as: "can-bo@651").status == .forbidden)
            #expect(try await client.json("GET", "/api/v1/indicators/values?area=999", as: "dieu-hanh").status == .notFound)
            #expect(try await client.json("POST", "/api/v1/indicators/values", as: "lanh-dao", body: entry).status == .forbidden, "leaders read only")
            #expect(try await client.json("GET", "/api/v1/indicators/values?area=643", as: "lanh-dao").status == .ok)
        }
    }

    @Test func aBatchWithOneBadItemIsRefusedNamingItAndWritesNothing() async throws {
        try await IndicatorHub().test { client async throws in
            let bad = try await client.json(
                "POST", "/api/v1/indicators/values", as: "dieu-hanh",
                body: ["items": [
                    ["indicator": "RETAIL", "area": "651", "period": "2026-05", "value": 790, "status": "estimate"],
                    ["indicator": "RETAIL", "area": "651", "period": "2026-13", "value": 1, "status": "estimate"],
                ]])
            #expect(bad.status == .badRequest)
            #expect((bad.body["error"] as? [String: Any])?["field"] as? String == "items[1].period")
            for body: [String: Any] in [
                ["items": [["indicator": "RETAIL", "area": "651", "period": "2026-05", "value": "nhiều", "status": "estimate"]]],
                ["items": [["indicator": "RETAIL", "area": "651", "period": "2026-05", "value": 1, "status": "final"]]],
                ["items": [["indicator": "POP", "area": "651", "period": "2026-05", "value": 1, "status": "official"]]],
                ["rows": []],
            ] {
                #expect(try await client.json("POST", "/api/v1/indicators/values", as: "dieu-hanh", body: body).status == .badRequest, "\(body)")
            }
            let listed = try await client.json("GET", "/api/v1/indicators/values?area=651", as: "dieu-hanh")
            #expect((listed.body["items"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func theDistrictSubmitsAndTheOfficeApprovesLocksAndRevisesWithAReason() async throws {
        try await IndicatorHub().test { client async throws in
            let figure: [String: Any] = ["items": [["indicator": "RETAIL", "area": "651", "period": "2026-06", "value": 812, "status": "estimate"]]]
            #expect(try await client.json("POST", "/api/v1/indicators/values", as: "can-bo@651", body: figure).status == .ok)
            #expect(try await client.json("POST", "/api/v1/indicators/reports/651/2026-06/submit", as: "can-bo@651").body["status"] as? String == "submitted")
            #expect(try await client.json("POST", "/api/v1/indicators/values", as: "can-bo@651", body: figure).status == .conflict, "submitted")
            #expect(try await client.json("POST", "/api/v1/indicators/reports/651/2026-06/approve", as: "can-bo@651").status == .forbidden)
            #expect(try await client.json("POST", "/api/v1/indicators/reports/651/2026-06/lock", as: "dieu-hanh").status == .conflict, "not approved yet")
            #expect(try await client.json("POST", "/api/v1/indicators/reports/651/2026-06/approve", as: "dieu-hanh").status == .ok)
            #expect(try await client.json("POST", "/api/v1/indicators/reports/651/2026-06/lock", as: "dieu-hanh").status == .ok)
            let unexplained = try await client.json("POST", "/api/v1/indicators/values", as: "dieu-hanh", body: figure)
            #expect(unexplained.status == .badRequest)
            #expect((unexplained.body["error"] as? [String: Any])?["code"] as? String == "reason_required")
            let revised: [String: Any] = ["items": [["indicator": "RETAIL", "area": "651", "period": "2026-06", "value": 830, "status": "official", "reason": "Số chính thức"]]]
            #expect(try await client.json("POST", "/api/v1/indicators/values", as: "dieu-hanh", body: revised).status == .ok)
            let revisions = try await client.json("GET", "/api/v1/indicators/revisions?indicator=RETAIL&area=651&year=2026", as: "dieu-hanh")
            #expect((revisions.body["items"] as? [[String: Any]])?.compactMap { $0["value"] as? Double } == [812, 830])
            #expect(try await client.json("POST", "/api/v1/indicators/reports/651/2026-06/publish", as: "dieu-hanh").status == .badRequest)
        }
    }

    @Test func theCatalogIsEditedAtTheHubByAnAdministratorOnly() async throws {
        try await IndicatorHub().test { client async throws in
            let definition: [String: Any] = [
                "code": "COFFEE_EXPORT", "name_vi": "Xuất khẩu cà phê", "name_en": "Coffee exports", "group": "trade", "unit": "nghìn tấn",
                "frequency": "month", "aggregation": "none", "nature": "flow", "source": "Sở Công Thương",
            ]
            #expect(try await client.json("PUT", "/api/v1/indicators/catalog/COFFEE_EXPORT", as: "dieu-hanh", body: definition).status == .forbidden)
            #expect(try await client.json("PUT", "/api/v1/indicators/catalog/OTHER", as: "quan-tri", body: definition).status == .badRequest)
            #expect(try await client.json("PUT", "/api/v1/indicators/catalog/COFFEE_EXPORT", as: "quan-tri", body: definition).status == .ok)
            let catalog = try await client.json("GET", "/api/v1/indicators/catalog", as: "lanh-dao")
            #expect((catalog.body["items"] as? [[String: Any]])?.contains { $0["code"] as? String == "COFFEE_EXPORT" } == true)
            #expect((catalog.body["groups"] as? [Any])?.count == 16)
        }
    }

    @Test func theEntryFormReadsVietnameseNumbersAndKeepsWhatWasTypedWhenOneIsWrong() async throws {
        try await IndicatorHub().test { client async throws in
            let cookie = try await client.signIn("can-bo@651")
            let page = try await client.page("/ui/indicators/entry?area=651&period=2026-06", cookie: cookie)
            #expect(page.status == .ok)
            #expect(page.body.contains("name=\"v.RETAIL\""))
            let wrong = try await client.post(
                "/ui/indicators/entry", cookie: cookie,
                form: ["csrf_token": page.csrfToken, "area": "651", "period": "2026-06", "v.RETAIL": "tám trăm", "status": "estimate"])
            #expect(wrong.status == .badRequest)
            #expect(wrong.body.contains("value=\"tám trăm\"") && wrong.body.contains("aria-invalid=\"true\""))
            let saved = try await client.post(
                "/ui/indicators/entry", cookie: cookie,
                form: ["csrf_token": page.csrfToken, "area": "651", "period": "2026-06", "v.RETAIL": "1.318,5", "status": "estimate"])
            #expect(saved.status == .seeOther)
            let listed = try await client.json("GET", "/api/v1/indicators/values?area=651&indicator=RETAIL", as: "can-bo@651")
            #expect((listed.body["items"] as? [[String: Any]])?.first?["value"] as? Double == 1318.5)
            let overview = try await client.page("/ui/indicators?area=651", cookie: cookie)
            #expect(overview.body.contains("Tổng mức bán lẻ") && overview.body.contains("1.318,5"))
        }
    }
}

extension IndicatorRouteTests {
    @Test func aFigureIsExportedAsAFIWAREKeyPerformanceIndicator() async throws {
        try await IndicatorHub().test { client async throws in
            let figure: [String: Any] = ["items": [["indicator": "RETAIL", "area": "651", "period": "2026-Q2", "value": 2410.5, "status": "preliminary"]]]
            #expect(try await client.json("POST", "/api/v1/indicators/values", as: "can-bo@651", body: figure).status == .ok)
            let entities = try await client.execute(uri: "/api/v1/indicators/fiware/KeyPerformanceIndicator?area=651", method: .get, headers: APITokenRouteTests.basic("lanh-dao")) {
                (try? JSONSerialization.jsonObject(with: Data(buffer: $0.body))) as? [[String: Any]] ?? []
            }
            let kpi = try #require(entities.first)
            #expect(kpi["type"] as? String == "KeyPerformanceIndicator")
            #expect(kpi["id"] as? String == "urn:ngsi-ld:KeyPerformanceIndicator:dak-lak:RETAIL:651:2026-Q2")
            #expect(kpi["kpiValue"] as? Double == 2410.5)
            #expect(kpi["calculationFrequency"] as? String == "quarterly")
            #expect((kpi["calculationPeriod"] as? [String: Any])?["from"] as? String == "2026-04-01")
            #expect((kpi["calculationPeriod"] as? [String: Any])?["to"] as? String == "2026-06-30")
            #expect(kpi["organization"] as? String == "Ea Kar")
        }
    }

    @Test func theOverviewExportsAsCSVAndXLSXAndPrintsAsABrief() async throws {
        try await IndicatorHub().test { client async throws in
            let figure: [String: Any] = ["items": [["indicator": "RETAIL", "area": "province", "period": "2025", "value": 101_443, "status": "official"]]]
            #expect(try await client.json("POST", "/api/v1/indicators/values", as: "dieu-hanh", body: figure).status == .ok)
            let cookie = try await client.signIn("lanh-dao")
            let csv = try await client.execute(uri: "/ui/indicators/export.csv?area=province&year=2025", method: .get, headers: [.cookie: cookie]) {
                ($0.headers[.contentType] ?? "", String(buffer: $0.body))
            }
            #expect(csv.0.hasPrefix("text/csv"))
            #expect(csv.1.contains("RETAIL,Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng,tỷ đồng,2025,101443"))
            let xlsx = try await client.execute(uri: "/ui/indicators/export.xlsx?area=province&year=2025", method: .get, headers: [.cookie: cookie]) { Array(buffer: $0.body) }
            let grid = try SheetFile.read(xlsx)
            #expect(grid.rows.contains { $0.contains(.text("RETAIL")) && $0.contains(.number(101_443)) })
            let series = try await client.execute(uri: "/ui/indicators/i/RETAIL?area=province&format=csv", method: .get, headers: [.cookie: cookie]) { String(buffer: $0.body) }
            #expect(series.contains("2025,101443"))
            let comparison = try await client.execute(uri: "/ui/indicators/compare?indicator=RETAIL&period=2025&format=xlsx", method: .get, headers: [.cookie: cookie]) {
                Array(buffer: $0.body)
            }
            #expect(try SheetFile.read(comparison).rows.contains { $0.contains(.number(101_443)) })
            let brief = try await client.page("/ui/indicators/brief?area=province&year=2025", cookie: cookie)
            #expect(brief.status == .ok && brief.body.contains("101.443") && brief.body.contains("Bản tin"))
        }
    }

    static let sheet = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("IndicatorsTests/Fixtures/ea-kar-2024.xlsx")

    @Test func aSheetIsPreviewedWithoutWritingAndWrittenWhenConfirmed() async throws {
        let bytes = try Data(contentsOf: Self.sheet)
        try await IndicatorHub().test { client async throws in
            func post(_ query: String, _ body: Data) async throws -> (HTTPResponse.Status, [String: Any]) {
                var headers = HTTPFields()
                headers[.authorization] = "Basic " + Data("can-bo@651:\(AccessHub.password)".utf8).base64EncodedString()
                headers[.contentType] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                return try await client.execute(uri: "/api/v1/indicators/import?" + query, method: .post, headers: headers, body: ByteBuffer(bytes: body)) {
                    ($0.status, (try? JSONSerialization.jsonObject(with: Data(buffer: $0.body))) as? [String: Any] ?? [:])
                }
            }
            let (status, preview) = try await post("area=651", bytes)
            #expect(status == .ok)
            #expect(preview["figures"] as? Int == 6, "RETAIL ×4 and POP ×2 of this catalog")
            #expect(preview["written"] as? Int == 0)
            let kinds = (preview["problems"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
            #expect(kinds.filter { $0 == "unknown_indicator" }.count == 5, "tourists, grain, budget revenue and expenditure, and a row of no catalog: \(kinds)")
            #expect((try await client.json("GET", "/api/v1/indicators/values?area=651", as: "can-bo@651").body["items"] as? [Any])?.isEmpty == true)

            let (confirmed, written) = try await post("area=651&confirm=true&source=Chi%20c%E1%BB%A5c", bytes)
            #expect(confirmed == .ok)
            #expect(written["written"] as? Int == 7, "six figures and one target")
            let values = try await client.json("GET", "/api/v1/indicators/values?area=651&indicator=RETAIL", as: "can-bo@651").body["items"] as? [[String: Any]] ?? []
            #expect(values.compactMap { $0["value"] as? Double }.sorted() == [1905.3, 3812.6, 7012.5, 7740.2])
            #expect((try await client.json("GET", "/api/v1/indicators/targets?area=651", as: "can-bo@651").body["items"] as? [[String: Any]])?.first?["value"] as? Double == 8300)

            #expect(try await post("area=643", bytes).0 == .forbidden)
            #expect(try await post("area=651", Data("PK\u{3}\u{4}broken".utf8)).0 == .badRequest)
            #expect(try await post("area=651&ambiguous=maybe", bytes).0 == .badRequest)
        }
    }
}

/// A hub with the indicators service, two indicators of the demo catalog and the accounts of `AccessHub`.
struct IndicatorHub: Sendable {
    let folder: String
    let service: FieldReportService
    let desk: IndicatorDesk

    init() async throws {
        folder = NSTemporaryDirectory() + "ioc-indicator-routes-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let replica = try Replica(path: folder + "/hub.sqlite", site: SiteID(9), projections: [ReportProjection(), IndicatorProjection(), AuditProjection()])
        let auth = try StaffAuthenticator(replica: replica, home: Scope.province, site: "hub", secretPath: folder + "/session.key", auditSite: Scope.hub)
        let accounts: [Account] = [
            Account(district: "651", user: "can-bo", name: "Cán bộ Ea Kar", roles: [.districtOfficer]),
            Account(district: Scope.province, user: "dieu-hanh", name: "Cục Thống kê", roles: [.provincialOperator]),
            Account(district: Scope.province, user: "quan-tri", name: "Quản trị", roles: [.administrator]),
            Account(district: Scope.province, user: "lanh-dao", name: "Lãnh đạo", roles: [.viewer]),
        ]
        for account in accounts { try await auth.accounts.create(account, password: AccessHub.password, author: "test") }
        service = try FieldReportService(
            replica: replica, homeScope: Scope.province, attachmentsDirectory: folder + "/attachments", uploadsPhotos: false, webhookSecret: nil,
            siteTitle: "test", auth: auth, administersAccounts: true, didWrite: {})
        desk = IndicatorDesk(replica: replica, homeScope: Scope.province)
        try await desk.catalog.put(IndicatorDefinition.standard.filter { ["RETAIL", "POP"].contains($0.code) }, author: "test")
    }

    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let router = ServerProcess().router
        service.register(on: router)
        let indicators = IndicatorService(records: service, desk: desk)
        indicators.register(on: router)
        indicators.registerCatalogEditing(on: router)
        try await Application(router: router).test(.router, body)
    }
}
