import Foundation
import Testing

@testable import Open311

@Suite struct ServiceDocumentTests {
    let services = [Fixtures.pothole, Fixtures.streetLight]

    @Test func jsonServicesCarryExactlyTheSpecFields() throws {
        let objects = try Fixtures.jsonArray(Open311Encoder(format: .json).encode(services: services))
        #expect(objects.count == 2)
        #expect(
            Set(objects[0].keys)
                == ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"])
        #expect(objects[0]["metadata"] as? Bool == true)
        #expect(objects[0]["keywords"] as? String == "đường, ổ gà")
        #expect(objects[1]["description"] is NSNull)
    }

    @Test func xmlServicesAreServiceElementsInsideServices() throws {
        let bytes = Open311Encoder(format: .xml).encode(services: services)
        #expect(Fixtures.text(bytes).hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<services><service>"))
        let root = try Open311XMLParser.parse(bytes)
        #expect(root.name == "services")
        #expect(Fixtures.childNames(root.node) == ["service", "service"])
        let first = try #require(root.node.entries?.first)
        #expect(
            Fixtures.childNames(first)
                == ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"])
    }

    @Test(arguments: Open311Format.allCases)
    func servicesRoundTrip(format: Open311Format) throws {
        let bytes = Open311Encoder(format: format).encode(services: services)
        #expect(try Open311Decoder(format: format).services(bytes) == services)
    }

    @Test func anEmptyServiceListRoundTripsInXML() throws {
        let bytes = Open311Encoder(format: .xml).encode(services: [])
        #expect(Fixtures.text(bytes).contains("<services></services>"))
        #expect(try Open311Decoder(format: .xml).services(bytes) == [])
    }

    @Test func keywordsSentAsAJSONArrayByAnotherServerAreAccepted() throws {
        let json = #"[{"service_code":"1","service_name":"x","metadata":false,"type":"batch","keywords":["a","b"]}]"#
        let decoded = try Open311Decoder(format: .json).services(Array(json.utf8))
        #expect(decoded.first?.keywords == ["a", "b"])
    }
}
