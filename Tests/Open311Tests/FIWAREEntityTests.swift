import Foundation
import Testing

@testable import Open311

@Suite struct FIWAREEntityTests {
    let entity = Open311ServiceRequestEntity(
        request: Fixtures.request, districtCode: "643", attributes: ["SIZE": ["large"]], jurisdictionID: "daklak.gov.vn"
    )

    @Test func keyValuesUseTheSmartDataModelPropertyNames() throws {
        let object = try Fixtures.jsonObject(entity.keyValuesJSON())
        #expect(
            Set(object.keys)
                == [
                    "id", "type", "service_request_id", "jurisdiction_id", "status", "service_name", "service_code",
                    "description", "agency_responsible", "service_notice", "requested_datetime", "expected_datetime",
                    "address_string", "address", "areaServed", "location", "attributes", "media_url",
                ])
        #expect(object["type"] as? String == "Open311ServiceRequest")
        #expect(object["id"] as? String == "urn:ngsi-ld:Open311ServiceRequest:DL-2026-000123")
        #expect(object["areaServed"] as? String == "643")
        #expect(object["requested_datetime"] as? String == "2026-11-23T14:05:00+07:00")
    }

    @Test func locationIsAGeoJSONPointWithLongitudeFirst() throws {
        let object = try Fixtures.jsonObject(entity.keyValuesJSON())
        let location = try #require(object["location"] as? [String: Any])
        #expect(location["type"] as? String == "Point")
        #expect(location["coordinates"] as? [Double] == [108.0378, 12.6667])
    }

    @Test func absentValuesAreOmittedNotNull() throws {
        let bare = Open311ServiceRequestEntity(request: Fixtures.closedRequest, districtCode: nil)
        let object = try Fixtures.jsonObject(bare.keyValuesJSON())
        #expect(object.values.allSatisfy { !($0 is NSNull) })
        #expect(object["location"] == nil)
        #expect(object["areaServed"] == nil)
        #expect(object["updated_datetime"] as? String == "2026-11-24T09:00:00+07:00")
    }

    @Test func idsWithCharactersNGSIForbidsAreEscapedInjectively() {
        #expect(
            Open311ServiceRequestEntity.entityID(serviceRequestID: "a/b c")
                == "urn:ngsi-ld:Open311ServiceRequest:a~2Fb~20c")
        #expect(
            Open311ServiceRequestEntity.entityID(serviceRequestID: "a~2F")
                != Open311ServiceRequestEntity.entityID(serviceRequestID: "a/"))
    }
}
