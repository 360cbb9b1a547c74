import Access
import CRDT
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebAPI

/// What reaches the hub's audit log through its routes, and who may read it.
@Suite struct AuditRouteTests: Sendable {
    let hub: AccessHub
    init() async throws { hub = try await AccessHub() }

    func entries(_ query: AuditQuery = AuditQuery()) async throws -> [AuditEntry] {
        try await hub.auth.audit.entries(query).entries
    }

    @Test func aFormSignInAndAFailedOneAreRecordedWithNameAndAddress() async throws {
        try await hub.test { client async throws in
            _ = try await client.signIn("dieu-hanh")
            _ = try await client.execute(
                uri: "/ui/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "user=dieu-hanh&password=sai-mat-khau&next=/ui/inbox")) { _ in }
            let recorded = try await entries()
            #expect(recorded.map(\.action) == [.signInFailed, .signIn])
            #expect(recorded.allSatisfy { $0.account.hasPrefix("dieu-hanh") && $0.site == Scope.hub && !$0.address.isEmpty })
            #expect(recorded.last?.roles == ["provincial_operator"])
        }
    }

    @Test func aCaseActionIsRecordedWithTheAccountItsRolesAndTheRequest() async throws {
        try await hub.test { client async throws in
            let id = hub.cases["651"]!
            let answer = try await client.json("POST", "/api/v1/cases/\(id)/actions", as: "can-bo@651", body: ["action": "comment", "text": "Đã gọi lại"])
            #expect(answer.status.code < 300)
            let recorded = try await entries(AuditQuery(action: .permission(.fieldReportsAct)))
            #expect(recorded.count == 1)
            #expect(recorded.first?.account == "can-bo@651" && recorded.first?.roles == ["district_officer"])
            #expect(recorded.first?.request == "POST /api/v1/cases/\(id)/actions" && recorded.first?.refused == false)
        }
    }

    @Test func aRefusedReadIsRecordedAndAnAllowedReadIsNot() async throws {
        try await hub.test { client async throws in
            #expect(try await client.json("GET", "/api/v1/cases", as: "can-bo@651").status == .ok)
            #expect(try await client.json("GET", "/api/v1/cases", as: "lanh-dao").status == .forbidden)
            let requests = try await entries().filter { $0.action != .signIn }
            #expect(requests.map(\.account) == ["lanh-dao@province"])
            #expect(requests.first?.status == 403 && requests.first?.refused == true)
        }
    }

    @Test func aCrossSiteWriteWithACookieIsRecordedAsRefused() async throws {
        try await hub.test { client async throws in
            let cookie = try await client.signIn("dieu-hanh")
            let id = hub.cases["651"]!
            let answer = try await client.json("POST", "/api/v1/cases/\(id)/actions", cookie: cookie, body: ["action": "comment", "text": "x"])
            #expect(answer.status == .forbidden)
            let recorded = try await entries(AuditQuery(refusedOnly: true))
            #expect(recorded.map(\.request) == ["POST /api/v1/cases/\(id)/actions"])
        }
    }

    @Test func onlyAnAdministratorReadsTheAuditLog() async throws {
        try await hub.test { client async throws in
            _ = try await client.json("GET", "/api/v1/cases", as: "lanh-dao")
            for user in ["can-bo@651", "dieu-hanh", "lanh-dao"] {
                #expect(try await client.json("GET", "/api/v1/audit", as: user).status == .forbidden, "\(user)")
            }
            let listed = try await client.json("GET", "/api/v1/audit?account=lanh-dao&refused=1", as: "quan-tri")
            let items = listed.body["items"] as? [[String: Any]] ?? []
            #expect(listed.status == .ok && !items.isEmpty)
            #expect(items.allSatisfy { $0["account"] as? String == "lanh-dao@province" && $0["refused"] as? Bool == true })
        }
    }

    @Test func aMalformedDateFilterIsRefusedNamingIt() async throws {
        try await hub.test { client async throws in
            let answer = try await client.json("GET", "/api/v1/audit?since=hom-qua", as: "quan-tri")
            let error = answer.body["error"] as? [String: Any] ?? [:]
            #expect(answer.status == .badRequest && error["code"] as? String == "invalid_date" && error["field"] as? String == "since")
            #expect((error["message"] as? String)?.contains("hom-qua") == true)
        }
    }

    @Test func aDayFilterCoversThatDayInVietnam() async throws {
        try await hub.test { client async throws in
            _ = try await client.json("GET", "/api/v1/cases", as: "lanh-dao")
            let today = try #require(try await entries().first).atMillis
            let day = VietnamDay.iso(millis: today)
            let within = try await client.json("GET", "/api/v1/audit?since=\(day)&until=\(day)", as: "quan-tri")
            let before = try await client.json("GET", "/api/v1/audit?until=\(VietnamDay.iso(millis: today - 86_400_000))", as: "quan-tri")
            #expect((within.body["items"] as? [Any])?.isEmpty == false)
            #expect((before.body["items"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func theAuditPageShowsTheEntriesUnderTheFiltersToAnAdministratorOnly() async throws {
        try await hub.test { client async throws in
            _ = try await client.json("GET", "/api/v1/cases", as: "lanh-dao")
            let admin = try await client.signIn("quan-tri")
            let page = try await client.execute(uri: "/ui/admin/audit?refused=1", method: .get, headers: [.cookie: admin]) { response in
                (response.status, String(buffer: response.body))
            }
            #expect(page.0 == .ok)
            #expect(page.1.contains("lanh-dao@province") && page.1.contains("Nhật ký kiểm tra") && page.1.contains("name=\"refused\" value=\"1\" checked"))
            let officer = try await client.signIn("can-bo@651")
            let refused = try await client.execute(uri: "/ui/admin/audit", method: .get, headers: [.cookie: officer]) { $0.status }
            #expect(refused == .forbidden)
        }
    }
}

/// A day in Vietnam as `YYYY-MM-DD`.
private enum VietnamDay {
    static func iso(millis: Int64) -> String {
        let shifted = Date(timeIntervalSince1970: Double(millis + 7 * 3_600_000) / 1000)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: shifted)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}
