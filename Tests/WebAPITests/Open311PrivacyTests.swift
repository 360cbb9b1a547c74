import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebAPI

/// The public Open311 documents name a request by a public id; the tracking code, which lets
/// its holder rate the case, reaches only the reporter.
@Suite struct Open311PrivacyTests: Sendable {
    let hub: AccessHub
    init() async throws { hub = try await AccessHub() }

    /// Ea Kar's case of the fixture: its public id and its tracking code.
    func reported() async throws -> (id: String, code: String) {
        let id = try #require(hub.cases["651"])
        let record = try #require(try await hub.desk.caseRecord(id))
        return (id.description, record.trackingCode)
    }

    /// A tracking code standing on its own (`"651-4K7Q2ZD"`): not digits inside a UUID such as
    /// `…4669-6371911…`, which matched by chance about once in a hundred runs.
    func trackingCode(in text: String) -> String? { text.firstMatch(of: /\b\d{3}-[0-9A-Z]{7}\b/).map { String($0.output) } }

    @Test func thePublicListNamesRequestsByAnIdThatIsNotTheirTrackingCode() async throws {
        try await hub.test { client async throws in
            let (id, code) = try await reported()
            let list = try await client.execute(uri: "/open311/v2/requests.json", method: .get) { String(buffer: $0.body) }
            #expect(list.contains(id))
            #expect(trackingCode(in: list) == nil, "no tracking code in the public list")
            let xml = try await client.execute(uri: "/open311/v2/requests.xml", method: .get) { String(buffer: $0.body) }
            #expect(xml.contains(id) && trackingCode(in: xml) == nil)
        }
    }

    @Test func aRequestIsFoundByItsPublicIdAndByItsTrackingCode() async throws {
        try await hub.test { client async throws in
            let (id, code) = try await reported()
            for key in [id, code] {
                let found = try await client.execute(uri: "/open311/v2/requests/\(key).json", method: .get) { response in
                    ((try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [[String: Any]])?.first?["service_request_id"] as? String
                }
                #expect(found == id, "\(key)")
            }
        }
    }

    @Test func thePublicIdDoesNotRateTheCase() async throws {
        try await hub.test { client async throws in
            let (id, code) = try await reported()
            let byID = try await client.json("POST", "/api/v1/track/\(id)/rating", body: ["rating": 1])
            #expect(byID.status == .notFound)
            let byCode = try await client.json("POST", "/api/v1/track/\(code)/rating", body: ["rating": 5])
            #expect(byCode.status != .notFound, "the code finds the case (which may refuse a rating before it closes)")
        }
    }
}
