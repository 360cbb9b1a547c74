import Foundation
import Testing

@testable import Open311

@Suite struct ResponseDocumentTests {
    @Test func jsonPostResponseHasIdNoticeAndNullAccount() throws {
        let created = Open311CreateResult(serviceRequestID: "DL-1", serviceNotice: "Đã tiếp nhận")
        let objects = try Fixtures.jsonArray(Open311Encoder(format: .json).encode(created: created))
        #expect(objects.count == 1)
        #expect(Set(objects[0].keys) == ["service_request_id", "service_notice", "account_id"])
        #expect(objects[0]["service_request_id"] as? String == "DL-1")
        #expect(objects[0]["account_id"] is NSNull)
    }

    @Test func aDeferredPostResponseCarriesATokenInsteadOfAnId() throws {
        let created = Open311CreateResult(token: "T-9")
        let objects = try Fixtures.jsonArray(Open311Encoder(format: .json).encode(created: created))
        #expect(Set(objects[0].keys) == ["token", "service_notice", "account_id"])
    }

    @Test func xmlPostResponseMatchesTheSpecShape() {
        let created = Open311CreateResult(serviceRequestID: "DL-1", serviceNotice: "OK")
        #expect(
            Fixtures.text(Open311Encoder(format: .xml).encode(created: created))
                == """
                <?xml version="1.0" encoding="utf-8"?>
                <service_requests><request><service_request_id>DL-1</service_request_id>\
                <service_notice>OK</service_notice><account_id></account_id></request></service_requests>

                """)
    }

    @Test(arguments: Open311Format.allCases)
    func postResponsesRoundTrip(format: Open311Format) throws {
        for created in [
            Open311CreateResult(serviceRequestID: "DL-1", serviceNotice: "Đã tiếp nhận", accountID: "acc-7"),
            Open311CreateResult(token: "T-1"),
        ] {
            let bytes = Open311Encoder(format: format).encode(created: created)
            #expect(try Open311Decoder(format: format).created(bytes) == [created])
        }
    }

    @Test func jsonTokenAnswersCarryIdAndToken() throws {
        let objects = try Fixtures.jsonArray(
            Open311Encoder(format: .json).encode(tokens: [.init(serviceRequestID: "DL-1", token: "T-1")]))
        #expect(Set(objects[0].keys) == ["service_request_id", "token"])
    }

    @Test func xmlTokenAnswersAreRequestsWithAnEmptyIdWhilePending() {
        let xml = Fixtures.text(Open311Encoder(format: .xml).encode(tokens: [.init(serviceRequestID: nil, token: "T")]))
        #expect(xml.contains("<service_requests><request><service_request_id></service_request_id><token>T</token>"))
    }

    @Test(arguments: Open311Format.allCases)
    func tokenAnswersRoundTrip(format: Open311Format) throws {
        let answers = [
            Open311TokenAnswer(serviceRequestID: "DL-1", token: "T-1"), .init(serviceRequestID: nil, token: "T-2"),
        ]
        let bytes = Open311Encoder(format: format).encode(tokens: answers)
        #expect(try Open311Decoder(format: format).tokens(bytes) == answers)
    }

    @Test func jsonErrorsAreAnArrayOfCodeAndDescription() {
        let bytes = Open311Encoder(format: .json).encode(errors: [.serviceCodeRequired])
        #expect(
            Fixtures.text(bytes) == #"[{"code":400,"description":"Thiếu service_code / service_code is required"}]"#)
    }

    @Test func xmlErrorsAreErrorElementsInsideErrors() {
        let bytes = Open311Encoder(format: .xml).encode(errors: [.tokenNotFound])
        #expect(
            Fixtures.text(bytes).contains(
                "<errors><error><code>404</code><description>Không tìm thấy token / token provided was not found"
                    + "</description></error></errors>"))
    }

    @Test(arguments: Open311Format.allCases)
    func errorsRoundTrip(format: Open311Format) throws {
        let errors = [Open311Error.invalidLat, .attributeRequired("SIZE")]
        #expect(
            try Open311Decoder(format: format).errors(Open311Encoder(format: format).encode(errors: errors)) == errors)
    }

    @Test func jsonDiscoveryListsTheGeoReportV2EndpointAndBothFormats() throws {
        let discovery = Open311Discovery.dakLak(baseURL: "https://ioc.daklak.gov.vn/open311/v2")
        let object = try Fixtures.jsonObject(Open311Encoder(format: .json).encode(discovery: discovery))
        #expect(Set(object.keys) == ["changeset", "contact", "key_service", "endpoints"])
        let endpoint = try #require((object["endpoints"] as? [[String: Any]])?.first)
        #expect(Set(endpoint.keys) == ["specification", "url", "changeset", "type", "formats"])
        #expect(endpoint["specification"] as? String == "http://wiki.open311.org/GeoReport_v2")
        #expect(endpoint["formats"] as? [String] == ["text/xml", "application/json"])
    }

    @Test func xmlDiscoveryNestsEndpointsAndFormats() {
        let discovery = Open311Discovery.dakLak(baseURL: "https://ioc.daklak.gov.vn/open311/v2")
        let xml = Fixtures.text(Open311Encoder(format: .xml).encode(discovery: discovery))
        #expect(xml.contains("<discovery><changeset>2026-11-23T00:00:00+07:00</changeset>"))
        #expect(
            xml.contains("<endpoints><endpoint><specification>http://wiki.open311.org/GeoReport_v2</specification>"))
        #expect(xml.contains("<formats><format>text/xml</format><format>application/json</format></formats>"))
    }

    @Test(arguments: Open311Format.allCases)
    func discoveryRoundTrips(format: Open311Format) throws {
        let discovery = Open311Discovery.dakLak(baseURL: "https://ioc.daklak.gov.vn/open311/v2", keyService: "Liên hệ")
        let bytes = Open311Encoder(format: format).encode(discovery: discovery)
        #expect(try Open311Decoder(format: format).discovery(bytes) == discovery)
    }
}
