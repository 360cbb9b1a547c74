import Access
import CRDT
import CyberSecurity
import FieldReports
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Indicators
import Replica
import Testing
import TrafficDesk
import WebAPI

/// The `/api/v1/security` routes at the hub, in process: sensors' posts in their own
/// shapes, alerts handled through their lifecycle, each account held to its unit.
@Suite struct SecurityRouteTests: Sendable {
    static let wazuh = """
        {"timestamp":"2026-12-06T09:15:02.123+0700","rule":{"level":12,"description":"sshd: brute force","id":"5712","mitre":{"id":["T1110"]},"groups":["sshd"]},"agent":{"id":"003","name":"web-soyte"},"data":{"srcip":"127.0.0.99"}}
        """
    static let suricata = """
        {"timestamp":"2026-12-06T10:01:55.251547+0700","event_type":"alert","src_ip":"127.0.0.99","dest_ip":"127.0.0.21","alert":{"signature_id":2019401,"signature":"ET WEB_SERVER Possible CVE-2014-6271 Attempt","category":"Attempted Administrator Privilege Gain","severity":1}}
        """
    static let flow = #"{"timestamp":"2026-12-06T10:01:56.0+0700","event_type":"flow","src_ip":"127.0.0.99","dest_ip":"127.0.0.21"}"#

    @Test func aWazuhIntegratorsPostOpensAnAlert() async throws {
        try await SecurityHub().test { client async throws in
            let posted = try await client.text("POST", "/api/v1/security/events/wazuh", as: "soc", body: Self.wazuh)
            #expect(posted.status == .ok, "\(posted)")
            #expect(posted.body["accepted"] as? Int == 1)
            #expect(posted.body["alerts_opened"] as? Int == 1)
            let alerts = try await client.json("GET", "/api/v1/security/alerts", as: "dieu-hanh")
            let items = try #require(alerts.body["items"] as? [[String: Any]])
            #expect(items.first?["rule"] as? String == "5712")
            #expect(items.first?["band"] as? String == "high")
            #expect(items.first?["techniques"] as? [String] == ["T1110"])
            #expect(items.first?["status"] as? String == "new")
        }
    }

    @Test func anEVEStreamKeepsItsAlertsSkipsOtherRecordsAndNamesEachBadLine() async throws {
        try await SecurityHub().test { client async throws in
            let body = [Self.suricata, Self.flow, "{not json", Self.suricata].joined(separator: "\n") + "\n"
            let posted = try await client.text("POST", "/api/v1/security/events/suricata", as: "soc", body: body)
            #expect(posted.status == .ok)
            #expect(posted.body["accepted"] as? Int == 2)
            #expect(posted.body["skipped"] as? Int == 1)
            #expect(posted.body["refused"] as? Int == 1)
            let problem = try #require((posted.body["problems"] as? [[String: Any]])?.first)
            #expect(problem["line"] as? Int == 3)
            #expect(problem["code"] as? String == "not_json")
            let counted = try await client.json("GET", "/api/v1/security/problems", as: "dieu-hanh")
            #expect(((counted.body["problems"] as? [[String: Any]]) ?? []).first?["count"] as? Int == 1)
            let events = try await client.json("GET", "/api/v1/security/events?band=high", as: "dieu-hanh")
            #expect((events.body["items"] as? [[String: Any]])?.count == 2)
        }
    }

    @Test func aPostWithNoGoodLineIsRefusedWhole() async throws {
        try await SecurityHub().test { client async throws in
            let posted = try await client.text("POST", "/api/v1/security/events/suricata", as: "soc", body: "garbage\n{\"event_type\":\"alert\"}\n")
            #expect(posted.status == .unprocessableContent)
            #expect((posted.body["error"] as? [String: Any])?["code"] as? String == "invalid_events")
            #expect(try await client.json("GET", "/api/v1/security/alerts", as: "dieu-hanh").body["items"] as? [Any] != nil)
        }
    }

    @Test func onlyASensorsAccountMayPostEvents() async throws {
        try await SecurityHub().test { client async throws in
            #expect(try await client.text("POST", "/api/v1/security/events/wazuh", as: "lanh-dao", body: Self.wazuh).status == .forbidden)
            #expect(try await client.text("POST", "/api/v1/security/events/wazuh", as: nil, body: Self.wazuh).status == .unauthorized)
        }
    }

    @Test func anAlertIsHandledForwardAndAStepBackIsAConflict() async throws {
        try await SecurityHub().test { client async throws in
            _ = try await client.text("POST", "/api/v1/security/events/wazuh", as: "soc", body: Self.wazuh)
            let id = try #require(((try await client.json("GET", "/api/v1/security/alerts", as: "dieu-hanh").body["items"] as? [[String: Any]])?.first?["id"]) as? String)
            let acknowledged = try await client.json("PATCH", "/api/v1/security/alerts/\(id)", as: "dieu-hanh", body: ["status": "acknowledged", "assignee": "an.soc"])
            #expect(acknowledged.status == .ok)
            #expect(acknowledged.body["assignee"] as? String == "an.soc")
            _ = try await client.json("PATCH", "/api/v1/security/alerts/\(id)", as: "dieu-hanh", body: ["status": "resolved", "note": "password policy enforced"])
            let back = try await client.json("PATCH", "/api/v1/security/alerts/\(id)", as: "dieu-hanh", body: ["status": "investigating"])
            #expect(back.status == .conflict)
            #expect((back.body["error"] as? [String: Any])?["code"] as? String == "invalid_transition")
            let unknown = try await client.json("PATCH", "/api/v1/security/alerts/\(id)", as: "dieu-hanh", body: ["status": "closed"])
            #expect(unknown.status == .badRequest)
            #expect(try await client.json("PATCH", "/api/v1/security/alerts/\(id)", as: "lanh-dao", body: ["status": "resolved"]).status == .forbidden)
        }
    }

    @Test func aDistrictAccountDoesNotSeeTheHubsAlerts() async throws {
        try await SecurityHub().test { client async throws in
            _ = try await client.text("POST", "/api/v1/security/events/wazuh", as: "soc", body: Self.wazuh)
            let own = try await client.json("GET", "/api/v1/security/alerts", as: "can-bo@651")
            #expect((own.body["items"] as? [Any])?.isEmpty == true)
            let id = try #require(((try await client.json("GET", "/api/v1/security/alerts", as: "dieu-hanh").body["items"] as? [[String: Any]])?.first?["id"]) as? String)
            #expect(try await client.json("GET", "/api/v1/security/alerts/\(id)", as: "can-bo@651").status == .notFound)
        }
    }

    @Test func anUnknownBandIsABadRequestNamingTheField() async throws {
        try await SecurityHub().test { client async throws in
            let answer = try await client.json("GET", "/api/v1/security/alerts?band=severe", as: "dieu-hanh")
            #expect(answer.status == .badRequest)
            #expect((answer.body["error"] as? [String: Any])?["field"] as? String == "band")
        }
    }
}

/// A hub with the security service and an account of each kind.
struct SecurityHub: Sendable {
    let folder: String
    let replica: Replica
    let service: FieldReportService
    let security: SecurityService

    init() async throws {
        folder = NSTemporaryDirectory() + "ioc-security-routes-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        replica = try Replica(
            path: folder + "/hub.sqlite", site: SiteID(9),
            projections: [ReportProjection(), SecurityProjection(), AuditProjection(), TrafficProjection(), IndicatorProjection()])
        let auth = try StaffAuthenticator(replica: replica, home: Scope.province, site: "hub", secretPath: folder + "/session.key", auditSite: Scope.hub)
        let accounts: [Account] = [
            Account(district: "651", user: "can-bo", name: "Cán bộ Ea Kar", roles: [.districtOfficer]),
            Account(district: Scope.province, user: "dieu-hanh", name: "Điều hành", roles: [.provincialOperator]),
            Account(district: Scope.province, user: "soc", name: "Wazuh", roles: [.provincialOperator]),
            Account(district: Scope.province, user: "lanh-dao", name: "Lãnh đạo", roles: [.viewer]),
            Account(district: Scope.province, user: "quan-tri", name: "Quản trị", roles: [.administrator]),
            Account(district: Scope.province, user: "man-hinh-1", name: "Màn hình 1", roles: [.kiosk]),
            Account(district: "651", user: "don-vi", name: "Đơn vị xử lý", roles: [.unitHandler], unit: "cong-an-ea-kar"),
        ]
        for account in accounts { try await auth.accounts.create(account, password: AccessHub.password, author: "test") }
        service = try FieldReportService(
            replica: replica, homeScope: Scope.province, attachmentsDirectory: folder + "/attachments", uploadsPhotos: false, webhookSecret: nil,
            siteTitle: "test", auth: auth, administersAccounts: true, didWrite: {})
        let store = try SecurityEventStore(path: folder + "/events.sqlite")
        security = SecurityService(records: service, intake: SecurityIntake(desk: SecurityDesk(replica: replica, store: store, homeScope: Scope.province)))
        let monitor = SiteMonitor(desk: security.desk, vantage: SiteVantages.hubName, writeScope: Scope.hub, recordsPages: true)
        security.monitor.withLock { $0 = monitor }
        security.keeper.withLock { $0 = IncidentKeeper(desk: security.desk) }
    }

    func test(
        _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void,
        registering more: (Router<SiteRequestContext>) -> Void = { _ in }
    ) async throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let router = ServerProcess().router
        service.register(on: router)
        security.register(on: router)
        security.registerSiteEditing(on: router)
        more(router)
        try await Application(router: router).test(.router, body)
    }
}

extension TestClientProtocol {
    /// Posts `body` as it is (NDJSON, one object); the status and the JSON answer.
    func text(_ method: String, _ path: String, as user: String?, body: String) async throws -> (status: HTTPResponse.Status, body: [String: Any]) {
        var fields = HTTPFields()
        if let user { fields[.authorization] = "Basic " + Data("\(user):\(AccessHub.password)".utf8).base64EncodedString() }
        fields[.contentType] = "application/x-ndjson"
        return try await execute(uri: path, method: HTTPRequest.Method(rawValue: method)!, headers: fields, body: ByteBuffer(string: body)) { response in
            ((response.status), (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:])
        }
    }
}
