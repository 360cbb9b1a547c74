import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebAPI

/// The public intake's limits and Open311's `api_key` at a site, in process.
@Suite struct PublicIntakeRouteTests: Sendable {
    static let form = "category=xa-rac&description=R%C3%A1c+th%E1%BA%A3i+%E1%BB%9F+%C4%91%E1%BA%A7u+h%E1%BA%BBm&lat=12.80&lon=108.45&district=651"

    @Test func aCitizensReportBeyondTheDailyLimitIsRefusedWith429AndNothingIsStored() async throws {
        let hub = try await AccessHub(quota: PublicIntakeQuota(limits: .init(reportsPerClient: 2)))
        try await hub.test { client async throws in
            for _ in 0..<2 { #expect(try await client.postForm("/report", Self.form).status == .created) }
            let before = try await hub.desk.listCases(.init()).total
            let refused = try await client.postForm("/report", Self.form)
            #expect(refused.status == .tooManyRequests && (refused.retryAfter ?? 0) > 0)
            #expect(refused.body.contains("Bạn đã gửi 2 phản ánh hôm nay"))
            #expect(try await hub.desk.listCases(.init()).total == before)
        }
    }

    @Test func staffSeeTodaysPublicSubmissionsBesideTheLimits() async throws {
        let hub = try await AccessHub(quota: PublicIntakeQuota(limits: .init(reportsPerClient: 2)))
        try await hub.test { client async throws in
            _ = try await client.postForm("/report", Self.form)
            let usage = try await client.json("GET", "/api/v1/intake/usage", as: "lanh-dao")
            #expect(usage.status == .ok && usage.body["reports"] as? Int == 1 && usage.body["clients"] as? Int == 1)
            #expect((usage.body["limits"] as? [String: Any])?["reports_per_client"] as? Int == 2)
            #expect(try await client.json("GET", "/api/v1/intake/usage").status == .unauthorized)
        }
    }

    @Test func anOpen311PostNeedsTheConfiguredAPIKey() async throws {
        let hub = try await AccessHub(open311APIKey: "khoa-open311")
        let request = "service_code=xa-rac&lat=12.80&long=108.45&description=R%C3%A1c+th%E1%BA%A3i+%E1%BB%9F+%C4%91%E1%BA%A7u+h%E1%BA%BBm"
        try await hub.test { client async throws in
            #expect(try await client.postForm("/open311/v2/requests.json", request).status == .forbidden)
            #expect(try await client.postForm("/open311/v2/requests.json", request + "&api_key=sai").status == .forbidden)
            // With the key the request reaches validation: at the hub a request without a district is asked for one.
            let accepted = try await client.postForm("/open311/v2/requests.json", request + "&api_key=khoa-open311")
            #expect(accepted.status == .badRequest && accepted.body.contains("Choose the district"), "\(accepted.body)")
        }
    }
}

extension TestClientProtocol {
    /// Posts a URL-encoded form; the status, `Retry-After` and the body.
    func postForm(_ path: String, _ body: String) async throws -> (status: HTTPResponse.Status, retryAfter: Int?, body: String) {
        try await execute(uri: path, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body)) {
            ($0.status, $0.headers[.retryAfter].flatMap { Int($0) }, String(buffer: $0.body))
        }
    }
}
