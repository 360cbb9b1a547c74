import Access
import CRDT
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebAPI

/// The administrators' pages at the hub, in process, through the real forms: accounts,
/// API tokens, lockouts, and the navigation that leads to them.
@Suite struct AdministrationPageTests: Sendable {
    let hub: AccessHub
    init() async throws { hub = try await AccessHub() }

    @Test func anAccountMadeOnTheAccountsPageSignsIn() async throws {
        try await hub.test { client async throws in
            let admin = try await client.signIn("quan-tri")
            let page = try await client.page("/ui/admin/accounts", cookie: admin)
            #expect(page.status == .ok && page.body.contains("can-bo@651") && page.body.contains("dieu-hanh@province"))
            let posted = try await client.post(
                "/ui/admin/accounts", cookie: admin,
                form: ["district": "650", "user": "moi", "name": "Cán bộ mới", "role": "district_officer", "password": AccessHub.password,
                    "csrf_token": page.csrfToken])
            #expect(posted.status == .seeOther && posted.headers[.location] == "/ui/admin/accounts/650/moi?done=created", "\(posted.body)")
            #expect(try await client.json("GET", "/api/v1/cases", as: "moi@650").status == .ok)
            let shown = try await client.page("/ui/admin/accounts/650/moi?done=created", cookie: admin)
            #expect(shown.body.contains("Đã tạo tài khoản moi@650"))
        }
    }

    @Test func aRefusedAccountFormIsShownAgainWithTheReasonAndNothingWritten() async throws {
        try await hub.test { client async throws in
            let admin = try await client.signIn("quan-tri")
            let token = try await client.page("/ui/admin/accounts", cookie: admin).csrfToken
            let posted = try await client.post(
                "/ui/admin/accounts", cookie: admin,
                form: ["district": "650", "user": "Ông Tư", "name": "Sai tên", "role": "district_officer", "password": AccessHub.password, "csrf_token": token])
            #expect(posted.status == .badRequest && posted.body.contains("role=\"alert\"") && posted.body.contains("Sai tên"))
            let noRole = try await client.post(
                "/ui/admin/accounts", cookie: admin, form: ["district": "650", "user": "moi", "password": AccessHub.password, "csrf_token": token])
            #expect(noRole.status == .badRequest)
            #expect(await hub.auth.accounts.account(district: "650", user: "moi") == nil)
        }
    }

    @Test func disablingAnAccountOnItsPageEndsItsSessionAtOnce() async throws {
        try await hub.test { client async throws in
            let operator_ = try await client.signIn("dieu-hanh")
            #expect(try await client.page("/ui/inbox", cookie: operator_).status == .ok)
            let admin = try await client.signIn("quan-tri")
            let page = try await client.page("/ui/admin/accounts/province/dieu-hanh", cookie: admin)
            let posted = try await client.post(
                "/ui/admin/accounts/province/dieu-hanh", cookie: admin,
                form: ["name": "Điều hành", "role": "provincial_operator", "disabled": "1", "csrf_token": page.csrfToken])
            #expect(posted.status == .seeOther)
            let after = try await client.page("/ui/inbox", cookie: operator_)
            #expect(after.status == .seeOther && after.headers[.location]?.hasPrefix("/ui/login") == true)
            #expect(try await client.json("GET", "/api/v1/cases", as: "dieu-hanh").status == .unauthorized)
        }
    }

    @Test func anAccountFormWithoutTheSessionsTokenIsRefused() async throws {
        try await hub.test { client async throws in
            let admin = try await client.signIn("quan-tri")
            let posted = try await client.post("/ui/admin/accounts/province/dieu-hanh/sign-out", cookie: admin, form: ["csrf_token": "sai"])
            #expect(posted.status == .forbidden)
            #expect(await hub.auth.accounts.account(district: Scope.province, user: "dieu-hanh")?.epoch == 0)
        }
    }

    @Test func aTokenMadeOnThePageIsShownOnceAndNotStored() async throws {
        try await hub.test { client async throws in
            let admin = try await client.signIn("quan-tri")
            let page = try await client.page("/ui/admin/tokens", cookie: admin)
            let made = try await client.post(
                "/ui/admin/tokens", cookie: admin,
                form: ["label": "Cổng camera Ea Kar", "district": "651", "permission": "traffic.ingest", "days": "90", "csrf_token": page.csrfToken])
            #expect(made.status == .created && made.headers[.cacheControl] == "no-store")
            let text = try #require(made.body.firstMatch(of: /ioc_[0-9a-f]{16}_[0-9a-f]{64}/).map { String($0.output) })
            let again = try await client.page("/ui/admin/tokens", cookie: admin)
            #expect(again.body.contains("Cổng camera Ea Kar") && !again.body.contains(text))
            let id = String(text.dropFirst(4).prefix(16))
            let revoked = try await client.post("/ui/admin/tokens/\(id)/revoke", cookie: admin, form: ["csrf_token": page.csrfToken])
            #expect(revoked.status == .ok && revoked.body.contains("Đã thu hồi"))
            #expect(try await hub.auth.tokens.token(id: id)?.revoked == true)
        }
    }

    @Test func theLockoutsPageListsALockedNameAndReleasesIt() async throws {
        try await hub.test { client async throws in
            for _ in 0..<5 { _ = try await client.json("GET", "/api/v1/cases", headers: ["Authorization": "Basic " + Data("ke-gian:sai-mat-khau".utf8).base64EncodedString()]) }
            let admin = try await client.signIn("quan-tri")
            let page = try await client.page("/ui/admin/lockouts", cookie: admin)
            #expect(page.status == .ok && page.body.contains("ke-gian"))
            let released = try await client.post("/ui/admin/lockouts/account/ke-gian/release", cookie: admin, form: ["csrf_token": page.csrfToken])
            #expect(released.status == .ok && !released.body.contains("<th scope=\"row\" class=\"code\">ke-gian</th>"))
            #expect(hub.auth.throttle.lockouts(nowMillis: Int64(Date().timeIntervalSince1970 * 1000)).allSatisfy { $0.key != SignInThrottle.account("ke-gian") })
        }
    }

    @Test func theNavigationLinksAdministrationForAdministratorsOnly() async throws {
        try await hub.test { client async throws in
            let operatorPage = try await client.page("/ui/inbox", cookie: try await client.signIn("dieu-hanh"))
            #expect(operatorPage.status == .ok && !operatorPage.body.contains("href=\"/ui/admin\""))
            let admin = try await client.signIn("quan-tri")
            let landing = try await client.page("/ui/admin", cookie: admin)
            #expect(landing.status == .ok && landing.body.contains("href=\"/ui/admin\" aria-current=\"page\""))
            for path in ["/ui/admin/accounts", "/ui/admin/tokens", "/ui/admin/lockouts", "/ui/admin/audit"] {
                #expect(landing.body.contains("href=\"\(path)\""), "\(path)")
            }
            #expect(try await client.page("/ui/admin", cookie: try await client.signIn("dieu-hanh")).status == .forbidden)
        }
    }
}

extension TestClientProtocol {
    /// A page fetched with a session cookie: its status, headers, text and the CSRF token its forms carry.
    func page(_ path: String, cookie: String) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String, csrfToken: String) {
        try await execute(uri: path, method: .get, headers: [.cookie: cookie]) { response in
            let body = String(buffer: response.body)
            let token = body.firstMatch(of: /name="csrf_token" value="([0-9a-f]+)"/).map { String($0.output.1) } ?? ""
            return (response.status, response.headers, body, token)
        }
    }

    /// A URL-encoded form posted with a session cookie; repeated names are one entry each in `pairs`.
    func post(_ path: String, cookie: String, form: KeyValuePairs<String, String>) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        let body = form.map { "\(Self.encoded($0.key))=\(Self.encoded($0.value))" }.joined(separator: "&")
        return try await execute(
            uri: path, method: .post, headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body)
        ) { response in (response.status, response.headers, String(buffer: response.body)) }
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }
}
