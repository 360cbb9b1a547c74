import Foundation
import Testing

@testable import Open311

@Suite struct DispatcherTests {
    static let form = "application/x-www-form-urlencoded; charset=utf-8"

    let backend: InMemoryBackend
    let dispatcher: Open311Dispatcher

    init() {
        backend = InMemoryBackend(requests: [Fixtures.request, Fixtures.closedRequest])
        dispatcher = Open311Dispatcher(
            backend: backend, maxBodyBytes: 4096, jurisdictionID: "daklak.gov.vn", now: { Fixtures.reportedAt })
    }

    func get(_ path: String, _ query: [(String, String)] = []) async -> Open311Response {
        await dispatcher.handle(method: "GET", path: path, query: query, body: [], contentType: nil)
    }

    func post(_ path: String, _ body: String, contentType: String? = DispatcherTests.form) async -> Open311Response {
        await dispatcher.handle(method: "POST", path: path, query: [], body: Array(body.utf8), contentType: contentType)
    }

    func errors(_ response: Open311Response, _ format: Open311Format = .json) throws -> [Open311Error] {
        try Open311Decoder(format: format).errors(response.body)
    }

    @Test func servicesAreListedInJSON() async throws {
        let response = await get("services.json")
        #expect(response.status == 200)
        #expect(response.contentType == "application/json; charset=utf-8")
        #expect(
            try Open311Decoder(format: .json).services(response.body).map(\.serviceCode) == [
                "POTHOLE", "LIGHT", "WASTE",
            ])
    }

    @Test func anXMLExtensionAnswersInXML() async throws {
        let response = await get("services.xml")
        #expect(response.contentType == "text/xml; charset=utf-8")
        #expect(try Open311Decoder(format: .xml).services(response.body).count == 3)
    }

    @Test func aPathWithoutExtensionAnswersInJSON() async {
        #expect(await get("services").contentType == "application/json; charset=utf-8")
    }

    @Test func aServiceDefinitionIsServedByCode() async throws {
        let response = await get("services/POTHOLE.xml")
        #expect(try Open311Decoder(format: .xml).definition(response.body) == Fixtures.potholeDefinition)
    }

    @Test func anUnknownServiceDefinitionIs404() async throws {
        let response = await get("services/NOPE.json")
        #expect(response.status == 404)
        #expect(try errors(response) == [.serviceCodeNotFound])
    }

    @Test func aCreatedRequestCanBeFetchedById() async throws {
        let created = await post(
            "requests.json", "service_code=LIGHT&lat=12.68&long=108.05&description=%C4%90%C3%A8n+t%E1%BA%AFt")
        #expect(created.status == 200)
        let id = try #require(try Open311Decoder(format: .json).created(created.body).first?.serviceRequestID)
        let fetched = await get("requests/\(id).xml")
        #expect(fetched.status == 200)
        let requests = try Open311Decoder(format: .xml).requests(fetched.body)
        #expect(requests.map(\.serviceRequestID) == [id])
        #expect(requests.first?.description == "Đèn tắt")
        #expect(requests.first?.lat == 12.68)
    }

    @Test func aBatchServiceAnswersWithATokenThatResolvesToTheRequest() async throws {
        let created = await post(
            "requests.xml", "service_code=WASTE&address_string=Ch%E1%BB%A3+Bu%C3%B4n+Ma+Thu%E1%BB%99t")
        let token = try #require(try Open311Decoder(format: .xml).created(created.body).first?.token)
        let answer = await get("tokens/\(token).json")
        #expect(answer.status == 200)
        let answers = try Open311Decoder(format: .json).tokens(answer.body)
        #expect(answers.map(\.token) == [token])
        #expect(answers.first?.serviceRequestID != nil)
    }

    @Test func anUnknownTokenIs404() async throws {
        let response = await get("tokens/NOPE.json")
        #expect(response.status == 404)
        #expect(try errors(response) == [.tokenNotFound])
    }

    @Test func anUnknownRequestIdIs404() async throws {
        let response = await get("requests/DL-404.xml")
        #expect(response.status == 404)
        #expect(try errors(response, .xml) == [.serviceRequestNotFound])
    }

    @Test func postingAnUnknownServiceIs404() async throws {
        let response = await post("requests.json", "service_code=UFO&address_id=A1")
        #expect(response.status == 404)
        #expect(try errors(response) == [.serviceCodeNotFound])
    }

    @Test func postingWithoutALocationIs400() async throws {
        let response = await post("requests.json", "service_code=LIGHT&description=somewhere")
        #expect(response.status == 400)
        #expect(try errors(response) == [.locationRequired])
    }

    @Test func postingANonNumericLatIs400() async throws {
        let response = await post("requests.json", "service_code=LIGHT&lat=twelve&long=108")
        #expect(response.status == 400)
        #expect(try errors(response) == [.invalidLat])
    }

    @Test func aBackendRefusingAPointOutsideTheProvinceKeepsItsCode() async throws {
        let response = await post("requests.json", "service_code=LIGHT&lat=21.03&long=105.85")
        #expect(response.status == 400)
        #expect(try errors(response).first?.description.hasPrefix("Vị trí nằm ngoài tỉnh Đắk Lắk") == true)
    }

    @Test func postingWithoutARequiredAttributeIs400AndStoresNothing() async throws {
        let response = await post("requests.json", "service_code=POTHOLE&address_id=A1")
        #expect(try errors(response) == [.attributeRequired("SIZE")])
        #expect(await backend.submissions.isEmpty)
    }

    @Test func postingWithValidAttributesReachesTheBackend() async throws {
        let response = await post(
            "requests.json", "service_code=POTHOLE&address_id=A1&attribute[SIZE]=large&attribute[HAZARDS][]=flood")
        #expect(response.status == 200)
        #expect(await backend.submissions.first?.attributes == ["SIZE": ["large"], "HAZARDS": ["flood"]])
    }

    @Test func postingMultipartIsRejectedWithAClear400() async throws {
        let response = await post(
            "requests.json", "service_code=LIGHT&address_id=1", contentType: "multipart/form-data; boundary=x")
        #expect(response.status == 400)
        #expect(try errors(response) == [.unsupportedContentType])
    }

    @Test func anOversizedBodyIs413() async throws {
        let response = await post(
            "requests.json", "service_code=LIGHT&address_id=1&description=" + String(repeating: "a", count: 5000))
        #expect(response.status == 413)
    }

    @Test func aWrongMethodIs405() async throws {
        let response = await dispatcher.handle(
            method: "DELETE", path: "requests/DL-2026-000123.xml", query: [], body: [], contentType: nil)
        #expect(response.status == 405)
        #expect(response.contentType == "text/xml; charset=utf-8")
        #expect(try errors(response, .xml).first?.code == 405)
    }

    @Test func postingToServicesIs405() async {
        #expect(await post("services.json", "x=1").status == 405)
    }

    @Test(arguments: ["", "foo.json", "requests/a/b.json", "services/.json", "tokens.json"])
    func anUnknownPathIs404WithAnErrorList(path: String) async throws {
        let response = await get(path)
        #expect(response.status == 404)
        #expect(try errors(response) == [.notFound])
    }

    @Test func requestsAreFilteredByTheQuery() async throws {
        let response = await get("requests.json", [("status", "closed")])
        #expect(try Open311Decoder(format: .json).requests(response.body) == [Fixtures.closedRequest])
    }

    @Test func anInvalidFilterIs400() async throws {
        let response = await get("requests.json", [("start_date", "yesterday")])
        #expect(response.status == 400)
        #expect(try errors(response) == [.invalidDate("start_date")])
    }

    @Test func aWindowOverNinetyDaysIs400() async throws {
        let response = await get(
            "requests.xml", [("start_date", "2026-01-01T00:00:00+07:00"), ("end_date", "2026-06-01T00:00:00+07:00")])
        #expect(response.status == 400)
        #expect(try errors(response, .xml) == [.dateRangeTooLong])
    }

    @Test func anotherJurisdictionIs404() async throws {
        let response = await get("services.json", [("jurisdiction_id", "hanoi.gov.vn")])
        #expect(response.status == 404)
        #expect(try errors(response) == [.jurisdictionNotFound])
    }

    @Test func discoveryIsServed() async throws {
        let response = await get("discovery.xml")
        #expect(response.status == 200)
        #expect(try Open311Decoder(format: .xml).discovery(response.body).endpoints.first?.formats.count == 2)
    }

    @Test func anUnexpectedBackendErrorIsAGeneric500AndIsReported() async throws {
        let reported = Reported()
        let failing = Open311Dispatcher(
            backend: InMemoryBackend(failing: true),
            unexpectedError: { error in
                reported.record(error)
            })
        let response = await failing.handle(method: "GET", path: "services.json", query: [], body: [], contentType: nil)
        #expect(response.status == 500)
        #expect(try errors(response) == [.internalError])
        #expect(reported.count == 1)
    }

    @Test func percentEncodedPathSegmentsAreDecoded() async throws {
        let response = await get("requests/DL%2D2026%2D000123.json")
        #expect(try Open311Decoder(format: .json).requests(response.body).first?.serviceRequestID == "DL-2026-000123")
    }
}

/// Counts the errors a dispatcher reports, from any thread. (`Mutex` would need macOS 15; the package targets 14.)
final class Reported: @unchecked Sendable {
    private let lock = NSLock()
    private var errors = 0

    func record(_ error: any Error) { lock.withLock { errors += 1 } }

    var count: Int { lock.withLock { errors } }
}
