import Access
import CRDT
import Foundation
import Identity
import Testing

/// Integrators' tokens: one permission, only their hash kept, revocable and expiring.
@Suite struct APITokenBookTests {
    let fixture: AccessFixture
    var tokens: APITokenBook { APITokenBook(replica: fixture.replica) }
    static let now: Int64 = 1_780_000_000_000
    static let known = AccessPolicy.standard.known

    init() throws { fixture = try AccessFixture() }

    func make(_ permission: Permission = .trafficIngest, days: Int = 30) async throws -> (token: APIToken, text: String) {
        try await tokens.create(label: "Cổng camera Ea Kar", district: "651", permission: permission, days: days, known: Self.known, author: "quan-tri", nowMillis: Self.now)
    }

    @Test func theTokensTextOpensItAndNothingElseDoes() async throws {
        let (token, text) = try await make()
        #expect(text.hasPrefix("ioc_\(token.id)_") && text.count == 4 + 16 + 1 + 64)
        #expect(await tokens.verify(text, nowMillis: Self.now)?.id == token.id)
        var wrong = Array(text)
        wrong[wrong.count - 1] = wrong.last == "0" ? "1" : "0"
        for attempt in [String(wrong), String(text.dropLast()), text.uppercased(), "ioc_\(token.id)_", "Bearer " + text, ""] {
            #expect(await tokens.verify(attempt, nowMillis: Self.now) == nil, "\(attempt)")
        }
    }

    @Test func theReplicaKeepsTheSecretsHashNeverTheSecret() async throws {
        let (token, text) = try await make()
        let secret = String(text.split(separator: "_").last!)
        let document = try #require(try await fixture.replica.entity(APITokenBook.entity(token.id))).document
        #expect(!document.contains(secret))
        #expect(document.contains(SHA256.hex(Array(secret.utf8))))
    }

    @Test func aRevokedTokenOpensNothingAndRevokingAgainChangesNothing() async throws {
        let (token, text) = try await make()
        try await tokens.revoke(id: token.id, author: "quan-tri")
        #expect(await tokens.verify(text, nowMillis: Self.now) == nil)
        try await tokens.revoke(id: token.id, author: "quan-tri")
        #expect(await tokens.token(id: token.id)?.revoked == true)
        await #expect(throws: AccessError.noSuchToken("0000000000000000")) { try await tokens.revoke(id: "0000000000000000", author: "quan-tri") }
    }

    @Test func anExpiredTokenOpensNothing() async throws {
        let (_, text) = try await make(days: 2)
        #expect(await tokens.verify(text, nowMillis: Self.now + 2 * 86_400_000 - 1) != nil)
        #expect(await tokens.verify(text, nowMillis: Self.now + 2 * 86_400_000) == nil)
    }

    @Test func noTokenHoldsAccountsOrEnrolmentOrAPermissionNoServiceNames() async throws {
        await #expect(throws: AccessError.permissionNotForTokens(.accountsManage)) { try await make(.accountsManage) }
        await #expect(throws: AccessError.permissionNotForTokens(.enrolmentManage)) { try await make(.enrolmentManage) }
        await #expect(throws: AccessError.unknownPermission("field_reports.everything")) { try await make(Permission("field_reports.everything")) }
        await #expect(throws: AccessError.invalidTokenLifetime(maximumDays: APITokenBook.maximumDays)) { try await make(days: 0) }
        await #expect(throws: AccessError.invalidTokenLabel) {
            try await tokens.create(label: " ", district: "651", permission: .trafficIngest, days: 1, known: Self.known, author: "a", nowMillis: Self.now)
        }
        await #expect(throws: AccessError.invalidDistrict("999")) {
            try await tokens.create(label: "x", district: "999", permission: .trafficIngest, days: 1, known: Self.known, author: "a", nowMillis: Self.now)
        }
        #expect(try await tokens.list().isEmpty, "nothing was stored")
    }

    @Test func aTokensPrincipalHoldsItsOnePermissionInItsDistrictUntilItExpires() async throws {
        let (token, _) = try await make(.fieldReportsRead, days: 1)
        let principal = Principal(token: token, nowMillis: Self.now)
        #expect(principal.permissions == [.fieldReportsRead] && principal.method == .token)
        #expect(principal.sees(district: "651") && !principal.sees(district: "648"))
        #expect(principal.author == "token-\(token.id)")
        #expect(Principal(token: token, nowMillis: Self.now + 86_400_000).permissions.isEmpty)
    }
}
