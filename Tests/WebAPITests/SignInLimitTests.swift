import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebAPI

/// Sign-in limits at a site, in process: failed form sign-ins and failed HTTP Basic
/// credentials count alike, a locked account is answered 429 with `Retry-After` before any
/// password is checked, and administrators see and end lockouts.
@Suite struct SignInLimitTests: Sendable {
    let hub: AccessHub
    init() async throws { hub = try await AccessHub() }

    @Test func afterFiveWrongPasswordsEvenTheRightOneIsRefusedWith429AndRetryAfter() async throws {
        try await hub.test { client async throws in
            for _ in 0..<5 { #expect(try await client.formSignIn("dieu-hanh", password: "sai-mat-khau").status == .unauthorized) }
            let refused = try await client.formSignIn("dieu-hanh", password: AccessHub.password)
            #expect(refused.status == .tooManyRequests && refused.cookie == nil)
            #expect(refused.retryAfter.map { (1...60).contains($0) } == true, "Retry-After: \(String(describing: refused.retryAfter))")
            #expect(refused.body.contains("Đăng nhập sai quá nhiều lần"))
        }
    }

    @Test func failedBasicCredentialsCountLikeFailedForms() async throws {
        try await hub.test { client async throws in
            var headers = HTTPFields()
            headers[.authorization] = "Basic " + Data("dieu-hanh:sai-mat-khau".utf8).base64EncodedString()
            for _ in 0..<5 { #expect(try await client.execute(uri: "/api/v1/cases", method: .get, headers: headers).status == .unauthorized) }
            let refused = try await client.json("GET", "/api/v1/cases", as: "dieu-hanh")
            #expect(refused.status == .tooManyRequests && (refused.body["error"] as? [String: Any])?["code"] as? String == "too_many_attempts")
            #expect(try await client.formSignIn("dieu-hanh", password: AccessHub.password).status == .tooManyRequests)
        }
    }

    @Test func oneLockedAccountLeavesTheOthersSigningIn() async throws {
        try await hub.test { client async throws in
            for _ in 0..<5 { _ = try await client.formSignIn("dieu-hanh", password: "sai-mat-khau") }
            #expect(try await client.formSignIn("lanh-dao", password: AccessHub.password).status == .seeOther)
        }
    }

    @Test func administratorsSeeALockoutAndEndIt() async throws {
        try await hub.test { client async throws in
            for _ in 0..<5 { _ = try await client.formSignIn("dieu-hanh", password: "sai-mat-khau") }
            #expect(try await client.json("GET", "/api/v1/access/lockouts", as: "dieu-hanh").status == .tooManyRequests)
            #expect(try await client.json("GET", "/api/v1/access/lockouts", as: "lanh-dao").status == .forbidden)
            let listed = try await client.json("GET", "/api/v1/access/lockouts", as: "quan-tri")
            let items = listed.body["items"] as? [[String: Any]] ?? []
            #expect(items.count == 1 && items.first?["kind"] as? String == "account" && items.first?["key"] as? String == "dieu-hanh")
            #expect(items.first?["failures"] as? Int == 5)
            #expect(try await client.json("DELETE", "/api/v1/access/lockouts/account/dieu-hanh", as: "quan-tri").status == .noContent)
            #expect(try await client.formSignIn("dieu-hanh", password: AccessHub.password).status == .seeOther)
        }
    }
}

extension TestClientProtocol {
    /// Posts the sign-in form; the status, the session cookie if one was set, `Retry-After` and the page.
    func formSignIn(_ user: String, password: String) async throws -> (status: HTTPResponse.Status, cookie: String?, retryAfter: Int?, body: String) {
        try await execute(
            uri: "/ui/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: "user=\(user.replacingOccurrences(of: "@", with: "%40"))&password=\(password)&next=/ui/inbox")
        ) { response in
            (response.status, response.headers[.setCookie], response.headers[.retryAfter].flatMap { Int($0) }, String(buffer: response.body))
        }
    }
}
