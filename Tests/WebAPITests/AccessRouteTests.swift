import Access
import CRDT
import FieldReports
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Replica
import Testing
import TrafficDesk
import WebAPI

/// Who may do what on the hub's routes, in process: the accounts of two districts, a unit
/// handler, an operator, an administrator and a leader against cases of Ea Kar (651) and
/// Buôn Hồ (648).
@Suite struct AccessRouteTests: Sendable {
    let hub: AccessHub
    init() async throws { hub = try await AccessHub() }

    @Test func anEaKarOfficerAtTheHubListsOnlyEaKarsCases() async throws {
        try await hub.test { client async throws in
            let listed = try await client.json("GET", "/api/v1/cases", as: "can-bo@651")
            let districts = Set((listed.body["items"] as? [[String: Any]] ?? []).compactMap { $0["district"] as? String })
            #expect(listed.status == .ok && districts == ["651"])
            #expect(try await client.json("GET", "/api/v1/cases?district=648", as: "can-bo@651").status == .forbidden)
        }
    }

    @Test func anEaKarOfficerCannotReadOrChangeACaseOfAnotherDistrict() async throws {
        try await hub.test { client async throws in
            let other = hub.cases["648"]!
            #expect(try await client.json("GET", "/api/v1/cases/\(other)", as: "can-bo@651").status == .notFound)
            #expect(try await client.json("GET", "/api/v1/cases/\(other)/record", as: "can-bo@651").status == .notFound)
            let patch = try await client.json("PATCH", "/api/v1/cases/\(other)", as: "can-bo@651", body: ["comment": "không được"])
            let action = try await client.json("POST", "/api/v1/cases/\(other)/actions", as: "can-bo@651", body: ["action": "comment", "text": "x"])
            #expect(patch.status == .notFound && action.status == .notFound)
            #expect(try await client.json("GET", "/api/v1/cases/\(other)", as: "can-bo@648").status == .ok)
            let record = try await hub.desk.caseRecord(other)
            #expect(record?.timeline.contains { $0.text == "x" || $0.text == "không được" } == false, "nothing was written")
        }
    }

    @Test func aUnitHandlerSeesOnlyTheCasesAssignedToItsUnitWithoutContacts() async throws {
        try await hub.test { client async throws in
            let listed = try await client.json("GET", "/api/v1/cases", as: "xu-ly@651")
            let ids = (listed.body["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(ids == [hub.assigned.description])
            let record = try await client.json("GET", "/api/v1/cases/\(hub.assigned)/record", as: "xu-ly@651")
            #expect(record.status == .ok && record.body["reporter"] == nil)
            #expect(try await client.json("GET", "/api/v1/cases/\(hub.cases["651"]!)", as: "xu-ly@651").status == .notFound)
        }
    }

    @Test func aLeaderReadsStatisticsButNoCaseNoReportAndNoTrafficEvent() async throws {
        try await hub.test { client async throws in
            #expect(try await client.json("GET", "/api/v1/stats", as: "lanh-dao").status == .ok)
            for path in ["/api/v1/cases", "/api/v1/reports", "/api/v1/cases/\(hub.cases["651"]!)", "/api/v1/traffic/events", "/api/v1/traffic/plates/47A12345"] {
                #expect(try await client.json("GET", path, as: "lanh-dao").status == .forbidden, "\(path)")
            }
        }
    }

    @Test func onlyAnAdministratorEditsReferenceData() async throws {
        try await hub.test { client async throws in
            let category: [String: Any] = ["name_vi": "Thử", "name_en": "Test", "units": ["trat-tu-do-thi"], "deadline_days": 5]
            for user in ["can-bo@651", "dieu-hanh", "lanh-dao"] {
                #expect(try await client.json("PUT", "/api/v1/categories/thu-nghiem", as: user, body: category).status == .forbidden, "\(user)")
            }
            #expect(try await client.json("PUT", "/api/v1/categories/thu-nghiem", as: "quan-tri", body: category).status == .ok)
            #expect(try await client.json("GET", "/api/v1/cases", as: "quan-tri").status == .forbidden, "an administrator reads no case")
        }
    }

    @Test func aCookieWriteWithoutTheSessionTokenOrThisSitesOriginIsRefused() async throws {
        try await hub.test { client async throws in
            let cookie = try await client.signIn("dieu-hanh")
            let path = "/api/v1/cases/\(hub.cases["651"]!)/actions"
            let body = ["action": "comment", "text": "ghi chú"]
            #expect(try await client.json("POST", path, cookie: cookie, body: body).status == .forbidden)
            #expect(try await client.json("POST", path, cookie: cookie, body: body, headers: ["Origin": "http://evil.example"]).status == .forbidden)
            let token = try #require(hub.auth.sessions.formToken(for: String(cookie.split(separator: "=")[1])) as String?)
            #expect(try await client.json("POST", path, cookie: cookie, body: body, headers: ["X-CSRF-Token": token]).status == .ok)
        }
    }

    @Test func signOutEndsTheSessionAndDisablingEndsEveryOne() async throws {
        try await hub.test { client async throws in
            let first = try await client.signIn("can-bo@651")
            let second = try await client.signIn("can-bo@651")
            #expect(try await client.json("GET", "/api/v1/cases", cookie: first).status == .ok)
            _ = try await client.execute(uri: "/ui/logout", method: .post, headers: [.cookie: first])
            #expect(try await client.json("GET", "/api/v1/cases", cookie: first).status == .unauthorized)
            #expect(try await client.json("GET", "/api/v1/cases", cookie: second).status == .ok, "the other session stays")
            var account = try #require(await hub.auth.accounts.account(district: "651", user: "can-bo"))
            account.disabled = true
            try await hub.auth.accounts.update(account, author: "quan-tri")
            #expect(try await client.json("GET", "/api/v1/cases", cookie: second).status == .unauthorized)
            #expect(try await client.json("GET", "/api/v1/cases", as: "can-bo@651").status == .unauthorized, "nor Basic")
        }
    }

    @Test func theSessionCookieIsHttpOnlyStrictAndNamedForTheSite() async throws {
        try await hub.test { client async throws in
            let response = try await client.execute(
                uri: "/ui/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "user=dieu-hanh&password=\(AccessHub.password)&next=/ui/inbox"))
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.hasPrefix("ioc_session_hub=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        }
    }
}

/// A hub's field-report and traffic routes over a fresh replica, with one account of each kind.
struct AccessHub: Sendable {
    static let password = "mat-khau-thu-nghiem"
    let folder: String
    let desk: RecordDesk
    let auth: StaffAuthenticator
    let service: FieldReportService
    let traffic: TrafficDesk
    /// A case of each district, by district code.
    let cases: [String: EntityID]
    /// An Ea Kar case assigned to the urban-order team.
    let assigned: EntityID

    init(quota: PublicIntakeQuota = PublicIntakeQuota(), open311APIKey: String? = nil) async throws {
        folder = NSTemporaryDirectory() + "ioc-access-routes-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let replica = try Replica(path: folder + "/hub.sqlite", site: SiteID(9), projections: [ReportProjection(), AuditProjection()])
        auth = try StaffAuthenticator(replica: replica, home: Scope.province, site: "hub", secretPath: folder + "/session.key", auditSite: Scope.hub)
        let accounts: [Account] = [
            Account(district: "651", user: "can-bo", name: "Cán bộ Ea Kar", roles: [.districtOfficer]),
            Account(district: "648", user: "can-bo", name: "Cán bộ Buôn Hồ", roles: [.districtOfficer]),
            Account(district: "651", user: "xu-ly", name: "Đội trật tự", roles: [.unitHandler], unit: "trat-tu-do-thi"),
            Account(district: Scope.province, user: "dieu-hanh", name: "Điều hành", roles: [.provincialOperator]),
            Account(district: Scope.province, user: "quan-tri", name: "Quản trị", roles: [.administrator]),
            Account(district: Scope.province, user: "lanh-dao", name: "Lãnh đạo", roles: [.viewer]),
        ]
        for account in accounts { try await auth.accounts.create(account, password: Self.password, author: "test") }
        let service = try FieldReportService(
            replica: replica, homeScope: Scope.province, attachmentsDirectory: folder + "/attachments", uploadsPhotos: false, webhookSecret: nil,
            siteTitle: "test", auth: auth, open311APIKey: open311APIKey, quota: quota, administersAccounts: true, didWrite: {})
        desk = service.desk
        try await desk.catalog.seedIfEmpty(author: "test")
        var cases: [String: EntityID] = [:]
        for district in ["651", "648"] {
            let receipt = try await desk.intake(
                ReportIntake(
                    category: "xa-rac", description: "Rác thải ở \(district)", latitude: 12.80, longitude: 108.45, channel: "web",
                    reporter: .init(name: "Nguyễn Thị Hoa", phone: "0912 345 678"), district: district),
                author: "nguoi-dan")
            cases[district] = receipt.case
        }
        self.cases = cases
        assigned = try await desk.intake(
            ReportIntake(category: "xa-rac", description: "Rác thải giao đội trật tự", latitude: 12.80, longitude: 108.45, channel: "web", district: "651"),
            author: "nguoi-dan"
        ).case
        try await desk.perform(.accept, on: assigned, input: CaseActionInput(unit: "trat-tu-do-thi"), author: "test")
        self.service = service
        traffic = TrafficDesk(replica: replica, homeScope: Scope.province)
    }

    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let router = ServerProcess().router
        service.register(on: router)
        service.registerReferenceEditing(on: router)
        TrafficService(records: service, desk: traffic, engine: nil).register(on: router)
        try await Application(router: router).test(.router, body)
    }
}

extension TestClientProtocol {
    /// A JSON request as `user` (HTTP Basic) or with a session `cookie`; the status and the JSON object answered.
    func json(
        _ method: String, _ path: String, as user: String? = nil, cookie: String? = nil, body: [String: Any]? = nil, headers: [String: String] = [:]
    ) async throws -> (status: HTTPResponse.Status, body: [String: Any]) {
        var fields = HTTPFields()
        if let user { fields[.authorization] = "Basic " + Data("\(user):\(AccessHub.password)".utf8).base64EncodedString() }
        if let cookie { fields[.cookie] = cookie }
        for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
        var buffer: ByteBuffer?
        if let body {
            fields[.contentType] = "application/json"
            buffer = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body))
        }
        return try await execute(uri: path, method: HTTPRequest.Method(rawValue: method)!, headers: fields, body: buffer) { response in
            let object = (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
            return (response.status, object)
        }
    }

    /// Signs in through the form; the `name=value` of the session cookie.
    func signIn(_ user: String) async throws -> String {
        try await execute(
            uri: "/ui/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: "user=\(user.replacingOccurrences(of: "@", with: "%40"))&password=\(AccessHub.password)&next=/ui/inbox")
        ) { response in
            let cookie = try #require(response.headers[.setCookie], "no session for \(user): \(response.status)")
            return String(cookie.prefix { $0 != ";" })
        }
    }
}
