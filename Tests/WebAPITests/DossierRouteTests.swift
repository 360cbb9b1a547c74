import Access
import CRDT
import FieldReports
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PublicServices
import Replica
import Testing
import Vietnam
import WebAPI

/// The public-service routes at the hub, in process: dossiers pushed in the national
/// portal's shape, each account held to its unit, applicants masked outside it, bad batches
/// refused whole, the reporting table, the weekly report read and acknowledged, scores.
@Suite struct DossierRouteTests: Sendable {
    /// Monday 19 January 2026, 09:00 in Vietnam.
    static let now = Int64(CivilDate(2026, 1, 19).daysSince1970) * 86_400_000 + 2 * 3_600_000

    static func portal(_ code: String, unit: String, status: String = "4", received: String = "20260105083000") -> [String: Any] {
        [
            "MaHoSo": code, "MaTTHC": "1.010855", "TenTTHC": "Khai lệ phí trước bạ nhà, đất", "MaLinhVuc": "thue", "TenLinhVuc": "Thuế", "KenhThucHien": "2",
            "MaDonVi": unit, "NgayTiepNhan": received, "ThoiHanGiaiQuyet": "5", "TrangThaiHoSo": status, "ChuHoSo": "Nguyễn Văn An",
            "SoGiayToChuHoSo": "066123456789", "SoDienThoai": "0912345678",
        ]
    }

    static var batch: [String: Any] { ["data": [portal("EK-1", unit: "651"), portal("EK-2", unit: "651", received: "20260116083000"), portal("BMT-1", unit: "643")]] }

    @Test func pushedDossiersAreListedAndADistrictSeesOnlyItsOwn() async throws {
        try await DossierHub().test { client async throws in
            let pushed = try await client.json("POST", "/api/v1/dossiers", as: "dieu-hanh", body: Self.batch)
            #expect(pushed.status == .ok, "\(pushed)")
            #expect(pushed.body["created"] as? Int == 3)
            let all = try await client.json("GET", "/api/v1/dossiers", as: "dieu-hanh")
            #expect(all.body["total"] as? Int == 3)
            let own = try await client.json("GET", "/api/v1/dossiers", as: "can-bo@651")
            #expect(((own.body["items"] as? [[String: Any]]) ?? []).map { $0["code"] as? String } == ["EK-2", "EK-1"])
            #expect(try await client.json("GET", "/api/v1/dossiers/BMT-1", as: "can-bo@651").status == .notFound)
            #expect(try await client.json("GET", "/api/v1/dossiers?unit=643", as: "can-bo@651").status == .forbidden)
        }
    }

    @Test func theApplicantIsShownInFullOnlyToTheOwningUnit() async throws {
        try await DossierHub().test { client async throws in
            _ = try await client.json("POST", "/api/v1/dossiers", as: "dieu-hanh", body: Self.batch)
            let own = try await client.json("GET", "/api/v1/dossiers/EK-1", as: "can-bo@651")
            #expect((own.body["applicant"] as? [String: Any])?["name"] as? String == "Nguyễn Văn An")
            let province = try await client.json("GET", "/api/v1/dossiers/EK-1", as: "dieu-hanh")
            let masked = try #require(province.body["applicant"] as? [String: Any])
            #expect(masked["name"] as? String == "N. V. A.")
            #expect(masked["idNumber"] as? String == "***789")
        }
    }

    @Test func aLeadersDashboardAccountSeesEvenAProvincialDossiersApplicantMasked() async throws {
        try await DossierHub().test { client async throws in
            _ = try await client.json("POST", "/api/v1/dossiers", as: "dieu-hanh", body: ["data": [Self.portal("TINH-1", unit: "province")]])
            let operator_ = try await client.json("GET", "/api/v1/dossiers/TINH-1", as: "dieu-hanh")
            #expect((operator_.body["applicant"] as? [String: Any])?["name"] as? String == "Nguyễn Văn An")
            let leader = try await client.json("GET", "/api/v1/dossiers/TINH-1", as: "lanh-dao")
            #expect(leader.status == .ok)
            #expect((leader.body["applicant"] as? [String: Any])?["name"] as? String == "N. V. A.")
        }
    }

    @Test func theDeadlineIsReadOnTheWorkingCalendarInEveryAnswer() async throws {
        try await DossierHub().test { client async throws in
            _ = try await client.json("POST", "/api/v1/dossiers", as: "dieu-hanh", body: Self.batch)
            let late = try await client.json("GET", "/api/v1/dossiers/EK-1", as: "can-bo@651")
            #expect(late.body["promisedDay"] as? String == "2026-01-12")
            #expect(late.body["timeliness"] as? String == "qua-han")
            #expect(late.body["daysOverdue"] as? Int == 5)
            let soon = try await client.json("GET", "/api/v1/dossiers?state=sap-den-han", as: "can-bo@651")
            #expect(soon.body["total"] as? Int == 0, "EK-2 is due on the 23rd, more than 2 working days away")
        }
    }

    @Test func aBatchWithABadRowIsRefusedWholeWithEveryProblemNamed() async throws {
        try await DossierHub().test { client async throws in
            var bad = Self.portal("EK-9", unit: "651")
            bad["NgayTiepNhan"] = "hôm qua"
            let refused = try await client.json("POST", "/api/v1/dossiers", as: "dieu-hanh", body: ["data": [Self.portal("EK-8", unit: "651"), bad, Self.portal("X", unit: "999")]])
            #expect(refused.status == .unprocessableContent)
            let problems = try #require((refused.body["error"] as? [String: Any])?["problems"] as? [[String: Any]])
            #expect(problems.map { "\($0["row"] ?? "") \($0["field"] ?? "")" } == ["2 ngayTiepNhan", "3 maDonVi"])
            #expect(try await client.json("GET", "/api/v1/dossiers", as: "dieu-hanh").body["total"] as? Int == 0)
            #expect(try await client.json("POST", "/api/v1/dossiers", as: "can-bo@651", body: Self.batch).status == .forbidden, "officers do not push")
        }
    }

    @Test func aCSVExportIsTakenByThePushEndpoint() async throws {
        try await DossierHub().test { client async throws in
            let csv = "maHoSo;maTTHC;maLinhVuc;maDonVi;ngayTiepNhan;trangThaiHoSo\nG1;2.000889;dat-dai;ea-kar;05/01/2026 08:00;4\n"
            let response = try await client.execute(
                uri: "/api/v1/dossiers", method: .post,
                headers: [.authorization: "Basic " + Data("dieu-hanh:\(AccessHub.password)".utf8).base64EncodedString(), .contentType: "text/csv"],
                body: ByteBuffer(string: csv)) { $0.status }
            #expect(response == .ok)
            #expect(try await client.json("GET", "/api/v1/dossiers/G1", as: "can-bo@651").body["unit"] as? String == "651")
        }
    }

    @Test func theReportingTableBalancesAndGroupsByField() async throws {
        try await DossierHub().test { client async throws in
            _ = try await client.json("POST", "/api/v1/dossiers", as: "dieu-hanh", body: Self.batch)
            let table = try await client.json("GET", "/api/v1/dossiers/statistics?from=2026-01-01&to=2026-01-19&group=field", as: "dieu-hanh")
            let total = try #require(table.body["total"] as? [String: Any])
            #expect(total["received"] as? Int == 3)
            let counts = try #require(total["counts"] as? [String: Any])
            #expect(counts["processingOverdue"] as? Int == 2)
            #expect(counts["newOnline"] as? Int == 3)
            #expect(((table.body["rows"] as? [[String: Any]]) ?? []).map { $0["key"] as? String } == ["thue"])
            #expect(try await client.json("GET", "/api/v1/dossiers/statistics?from=2026-02-01&to=2026-01-01", as: "dieu-hanh").status == .badRequest)
        }
    }

    @Test func aDistrictReadsAndAcknowledgesItsWeeklyReportAndTheFirstReadingStands() async throws {
        let hub = try await DossierHub()
        try await hub.test { client async throws in
            _ = try await client.json("POST", "/api/v1/dossiers", as: "dieu-hanh", body: Self.batch)
            try await hub.desk.issueWeeklyReports(clock: DossierClock(), at: Self.now, author: "ioc")
            let listed = try await client.json("GET", "/api/v1/dossiers/reports", as: "can-bo@651")
            let items = try #require(listed.body["items"] as? [[String: Any]])
            #expect(items.count == 1)
            let report = try #require(items.first?["report"] as? [String: Any])
            #expect(report["recipient"] as? String == "Ủy ban nhân dân huyện Ea Kar")
            #expect(items.first?["overdue"] as? Int == 1)
            let id = try #require(report["id"] as? String)
            let read = try await client.json("POST", "/api/v1/dossiers/reports/\(id)/read", as: "can-bo@651")
            #expect(read.body["by"] as? String == "can-bo")
            _ = try await client.json("POST", "/api/v1/dossiers/reports/\(id)/read", as: "dieu-hanh")
            let seen = try await client.json("GET", "/api/v1/dossiers/reports/\(id)", as: "dieu-hanh")
            #expect((seen.body["read"] as? [String: Any])?["by"] as? String == "can-bo")
            let other = id.replacingOccurrences(of: "_651", with: "_643")
            #expect(try await client.json("POST", "/api/v1/dossiers/reports/\(other)/read", as: "can-bo@651").status == .notFound)
        }
    }

    @Test func enteredScoresJoinTheComputedOnesInTheTotal() async throws {
        try await DossierHub().test { client async throws in
            _ = try await client.json("POST", "/api/v1/dossiers", as: "dieu-hanh", body: Self.batch)
            let entered = try await client.json("PUT", "/api/v1/dossiers/scores/651/2026-01", as: "dieu-hanh", body: ["1.1": 1, "6.1": 0.5])
            #expect(entered.status == .ok, "\(entered)")
            let items = try #require(entered.body["items"] as? [[String: Any]])
            #expect(items.first { $0["id"] as? String == "6.1" }?["points"] as? Double == 3)
            #expect(items.first { $0["id"] as? String == "2.1" }?["computed"] as? Bool == true)
            #expect(try await client.json("PUT", "/api/v1/dossiers/scores/651/2026-01", as: "dieu-hanh", body: ["2.1": 1]).status == .badRequest, "computed")
            #expect(try await client.json("PUT", "/api/v1/dossiers/scores/651/2026-01", as: "dieu-hanh", body: ["1.1": 7]).status == .badRequest)
            #expect(try await client.json("PUT", "/api/v1/dossiers/scores/651/2026-01", as: "can-bo@651", body: ["1.1": 1]).status == .forbidden)
        }
    }

    @Test func thePagesRenderForADistrictOfficer() async throws {
        let hub = try await DossierHub()
        try await hub.test { client async throws in
            _ = try await client.json("POST", "/api/v1/dossiers", as: "dieu-hanh", body: Self.batch)
            try await hub.desk.issueWeeklyReports(clock: DossierClock(), at: Self.now, author: "ioc")
            let cookie = try await client.signIn("can-bo@651")
            for path in ["/ui/dossiers", "/ui/dossiers/list?state=qua-han", "/ui/dossiers/risk", "/ui/dossiers/d/EK-1", "/ui/dossiers/statistics",
                "/ui/dossiers/scores", "/ui/dossiers/reports", "/ui/dossiers/reports/2026-01-19_651"]
            {
                let page = try await client.page(path, cookie: cookie)
                #expect(page.status == .ok, "\(path)")
                #expect(!page.body.contains("BMT-1"), "\(path) shows another district's dossier")
            }
            #expect(try await client.page("/ui/dossiers/d/EK-1", cookie: cookie).body.contains("Nguyễn Văn An"))
            #expect(try await client.page("/ui/dossiers/reports/2026-01-19_643", cookie: cookie).status == .notFound)
        }
    }
}

/// A hub's field-report and dossier services in process, with a district officer of Ea Kar,
/// a provincial operator and a leader, and a clock set to `DossierRouteTests.now`.
struct DossierHub: Sendable {
    let folder: String
    let service: FieldReportService
    let desk: DossierDesk

    init() async throws {
        folder = NSTemporaryDirectory() + "ioc-dossier-routes-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let replica = try Replica(path: folder + "/hub.sqlite", site: SiteID(9), projections: [ReportProjection(), DossierProjection(), AuditProjection()])
        let auth = try StaffAuthenticator(replica: replica, home: Scope.province, site: "hub", secretPath: folder + "/session.key", auditSite: Scope.hub)
        let accounts: [Account] = [
            Account(district: "651", user: "can-bo", name: "Cán bộ Ea Kar", roles: [.districtOfficer]),
            Account(district: Scope.province, user: "dieu-hanh", name: "Điều hành", roles: [.provincialOperator]),
            Account(district: Scope.province, user: "lanh-dao", name: "Lãnh đạo", roles: [.viewer]),
        ]
        for account in accounts { try await auth.accounts.create(account, password: AccessHub.password, author: "test") }
        service = try FieldReportService(
            replica: replica, homeScope: Scope.province, attachmentsDirectory: folder + "/attachments", uploadsPhotos: false, webhookSecret: nil,
            siteTitle: "test", auth: auth, administersAccounts: true, didWrite: {})
        desk = DossierDesk(replica: replica, homeScope: Scope.province, now: { DossierRouteTests.now })
    }

    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let router = ServerProcess().router
        service.register(on: router)
        let dossiers = DossierService(records: service, desk: desk)
        dossiers.register(on: router)
        dossiers.registerIngest(on: router)
        try await Application(router: router).test(.router, body)
    }
}
