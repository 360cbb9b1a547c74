import Access
import CRDT
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebAPI

/// Integrators' tokens through the hub's routes, in process: made by an administrator, used
/// with `Authorization: Bearer`, held to one permission and one district, revoked at once.
@Suite struct APITokenRouteTests: Sendable {
    let hub: AccessHub
    init() async throws { hub = try await AccessHub() }

    @Test func aTokenActsOnlyUnderItsOnePermissionInItsDistrict() async throws {
        try await hub.test { client async throws in
            let made = try await client.json(
                "POST", "/api/v1/access/tokens", as: "quan-tri", body: ["label": "Cổng dịch vụ công", "district": "651", "permission": "field_reports.read"])
            #expect(made.status == .created)
            let text = try #require(made.body["token"] as? String)
            let listed = try await client.json("GET", "/api/v1/cases", headers: ["Authorization": "Bearer \(text)"])
            #expect(listed.status == .ok)
            #expect(Set((listed.body["items"] as? [[String: Any]] ?? []).compactMap { $0["district"] as? String }) == ["651"])
            #expect(try await client.json("GET", "/api/v1/cases?district=648", headers: ["Authorization": "Bearer \(text)"]).status == .forbidden)
            let comment = try await client.json(
                "POST", "/api/v1/cases/\(hub.cases["651"]!)/actions", body: ["action": "comment", "text": "x"], headers: ["Authorization": "Bearer \(text)"])
            #expect(comment.status == .forbidden, "read only")
            #expect(try await client.json("GET", "/api/v1/access/tokens", headers: ["Authorization": "Bearer \(text)"]).status == .forbidden)
        }
    }

    @Test func aRevokedTokenIsRefusedAtOnce() async throws {
        try await hub.test { client async throws in
            let made = try await client.json("POST", "/api/v1/access/tokens", as: "quan-tri", body: ["label": "Báo cáo lãnh đạo", "permission": "field_reports.statistics"])
            let text = try #require(made.body["token"] as? String), id = try #require(made.body["id"] as? String)
            let before = try await client.json("GET", "/api/v1/stats", headers: ["Authorization": "Bearer \(text)"])
            #expect(before.status == .ok, "\(before)")
            #expect(try await client.execute(uri: "/api/v1/access/tokens/\(id)", method: .delete, headers: Self.basic("quan-tri")).status == .noContent)
            #expect(try await client.json("GET", "/api/v1/stats", headers: ["Authorization": "Bearer \(text)"]).status == .unauthorized)
            #expect(try await client.execute(uri: "/api/v1/access/tokens/0000000000000000", method: .delete, headers: Self.basic("quan-tri")).status == .notFound)
        }
    }

    @Test func theTokensTextIsInTheAnswerThatMadeItAndInNoList() async throws {
        try await hub.test { client async throws in
            let made = try await client.json("POST", "/api/v1/access/tokens", as: "quan-tri", body: ["label": "Cổng camera", "district": "651", "permission": "traffic.ingest", "days": 30])
            let text = try #require(made.body["token"] as? String)
            let listed = try await client.execute(uri: "/api/v1/access/tokens", method: .get, headers: Self.basic("quan-tri")) { String(buffer: $0.body) }
            #expect(listed.contains(made.body["id"] as? String ?? "?") && !listed.contains(text) && !listed.contains(String(text.suffix(64))))
            #expect(!listed.contains("secret"))
        }
    }

    @Test func onlyAnAdministratorMakesTokensAndNoTokenManagesAccounts() async throws {
        try await hub.test { client async throws in
            let draft: [String: Any] = ["label": "x", "permission": "traffic.read"]
            for user in ["dieu-hanh", "can-bo@651", "lanh-dao"] {
                #expect(try await client.json("POST", "/api/v1/access/tokens", as: user, body: draft).status == .forbidden, "\(user)")
            }
            for bad: [String: Any] in [
                ["label": "x", "permission": "accounts.manage"], ["label": "x", "permission": "enrolment.manage"], ["label": "x", "permission": "all"],
                ["label": "", "permission": "traffic.read"], ["label": "x", "permission": "traffic.read", "days": 0],
                ["label": "x", "permission": "traffic.read", "days": true], ["label": 5, "permission": "traffic.read"],
                ["label": "x", "permission": "traffic.read", "district": "999"],
            ] {
                #expect(try await client.json("POST", "/api/v1/access/tokens", as: "quan-tri", body: bad).status == .badRequest, "\(bad)")
            }
            #expect(try await client.json("GET", "/api/v1/access/tokens", as: "quan-tri").body["count"] as? Int == 0)
        }
    }

    @Test func aWrongTokenIsUnauthorizedAndAudited() async throws {
        try await hub.test { client async throws in
            let forged = "ioc_0123456789abcdef_" + String(repeating: "a", count: 64)
            #expect(try await client.json("GET", "/api/v1/cases", headers: ["Authorization": "Bearer \(forged)"]).status == .unauthorized)
            let (entries, _) = try await hub.auth.audit.entries(AuditQuery(action: .signInFailed))
            #expect(entries.contains { $0.account == "token-0123456789abcdef" })
        }
    }

    static func basic(_ user: String) -> HTTPFields {
        [.authorization: "Basic " + Data("\(user):\(AccessHub.password)".utf8).base64EncodedString()]
    }
}
