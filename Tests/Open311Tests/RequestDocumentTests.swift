import Foundation
import Testing

@testable import Open311

@Suite struct RequestDocumentTests {
    static let specFields = [
        "service_request_id", "status", "status_notes", "service_name", "service_code", "description",
        "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
        "address", "address_id", "zipcode", "lat", "long", "media_url",
    ]

    @Test func jsonRequestsCarryEverySpecFieldWithNullForAbsentValues() throws {
        let objects = try Fixtures.jsonArray(Open311Encoder(format: .json).encode(requests: [Fixtures.request]))
        #expect(Set(objects[0].keys) == Set(Self.specFields))
        #expect(objects[0]["status_notes"] is NSNull)
        #expect(objects[0]["updated_datetime"] is NSNull)
        #expect(objects[0]["requested_datetime"] as? String == "2026-11-23T14:05:00+07:00")
        #expect(objects[0]["lat"] as? Double == 12.6667)
        #expect(objects[0]["long"] as? Double == 108.0378)
    }

    @Test func xmlRequestsListEveryFieldInSpecOrderWithEmptyElementsForAbsentValues() throws {
        let bytes = Open311Encoder(format: .xml).encode(requests: [Fixtures.request])
        let root = try Open311XMLParser.parse(bytes)
        #expect(root.name == "service_requests")
        let request = try #require(root.node["request"])
        #expect(Fixtures.childNames(request) == Self.specFields)
        #expect(Fixtures.text(bytes).contains("<status_notes></status_notes>"))
        #expect(Fixtures.text(bytes).contains("<lat>12.6667</lat><long>108.0378</long>"))
    }

    @Test(arguments: Open311Format.allCases)
    func requestsRoundTrip(format: Open311Format) throws {
        let requests = [Fixtures.request, Fixtures.closedRequest]
        let bytes = Open311Encoder(format: format).encode(requests: requests)
        #expect(try Open311Decoder(format: format).requests(bytes) == requests)
    }

    @Test func theSpecsXMLExampleDecodes() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <service_requests>
                <request>
                    <service_request_id>638344</service_request_id>
                    <status>closed</status>
                    <status_notes>Duplicate request.</status_notes>
                    <service_name>Sidewalk and Curb Issues</service_name>
                    <service_code>006</service_code>
                    <description></description>
                    <agency_responsible></agency_responsible>
                    <service_notice/>
                    <requested_datetime>2010-04-14T06:37:38-08:00</requested_datetime>
                    <updated_datetime>2010-04-14T06:37:38-08:00</updated_datetime>
                    <expected_datetime>2010-04-15T06:37:38-08:00</expected_datetime>
                    <address>8TH AVE and JUDAH ST</address>
                    <address_id>545483</address_id>
                    <zipcode>94122</zipcode>
                    <lat>37.762221815</lat>
                    <long>-122.4651145</long>
                    <media_url>http://city.gov.s3.amazonaws.com/requests/media/638344.jpg</media_url>
                </request>
            </service_requests>
            """
        let request = try #require(try Open311Decoder(format: .xml).requests(Array(xml.utf8)).first)
        #expect(request.serviceRequestID == "638344")
        #expect(request.status == .closed)
        #expect(request.description == nil)
        #expect(request.serviceNotice == nil)
        #expect(request.long == -122.4651145)
        #expect(Open311DateTime.format(request.requestedDatetime) == "2010-04-14T21:37:38+07:00")
    }

    @Test func aRequestWithoutRequestedDatetimeIsRejected() {
        let json = #"[{"service_request_id":"1","status":"open","service_name":"x","service_code":"y"}]"#
        #expect(throws: Open311DecodingError.missing("requested_datetime")) {
            try Open311Decoder(format: .json).requests(Array(json.utf8))
        }
    }

    @Test func anUnknownStatusIsRejected() {
        let json = #"""
            [{"service_request_id":"1","status":"pending","service_name":"x","service_code":"y",
            "requested_datetime":"2026-11-23T14:05:00+07:00"}]
            """#
        #expect(throws: Open311DecodingError.invalid("status")) {
            try Open311Decoder(format: .json).requests(Array(json.utf8))
        }
    }
}
