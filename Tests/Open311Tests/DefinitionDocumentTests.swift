import Foundation
import Testing

@testable import Open311

@Suite struct DefinitionDocumentTests {
    @Test func jsonDefinitionIsAnObjectWithSpecAttributeFields() throws {
        let object = try Fixtures.jsonObject(
            Open311Encoder(format: .json).encode(definition: Fixtures.potholeDefinition))
        #expect(Set(object.keys) == ["service_code", "attributes"])
        let attributes = try #require(object["attributes"] as? [[String: Any]])
        #expect(
            Set(attributes[0].keys)
                == [
                    "variable", "code", "datatype", "required", "datatype_description", "order", "description",
                    "values",
                ])
        #expect(attributes[0]["datatype_description"] is NSNull)
        #expect(attributes[0]["order"] as? Int == 1)
        let values = try #require(attributes[0]["values"] as? [[String: Any]])
        #expect(values.map { Set($0.keys) } == [["key", "name"], ["key", "name"]])
    }

    @Test func xmlDefinitionNestsAttributesAndValuesAsTheSpecShows() throws {
        let bytes = Open311Encoder(format: .xml).encode(definition: Fixtures.potholeDefinition)
        let text = Fixtures.text(bytes)
        #expect(text.contains("<service_definition><service_code>POTHOLE</service_code><attributes><attribute>"))
        #expect(text.contains("<values><value><key>small</key><name>Nhỏ (&lt; 30 cm)</name></value>"))
        #expect(text.contains("<datatype_description></datatype_description>"))
    }

    @Test(arguments: Open311Format.allCases)
    func definitionRoundTrips(format: Open311Format) throws {
        let bytes = Open311Encoder(format: format).encode(definition: Fixtures.potholeDefinition)
        #expect(try Open311Decoder(format: format).definition(bytes) == Fixtures.potholeDefinition)
    }

    @Test func theSpecsOwnJSONExampleWithNumericKeysDecodes() throws {
        let json = #"""
            {"service_code":"DMV66","attributes":[{"variable":true,"code":"WHISHETN","datatype":"singlevaluelist",
            "required":true,"datatype_description":null,"order":1,"description":"What is the ticket/tag/DL number?",
            "values":[{"key":123,"name":"Ford"},{"key":124,"name":"Chrysler"}]}]}
            """#
        let definition = try Open311Decoder(format: .json).definition(Array(json.utf8))
        #expect(definition.attributes.first?.values.map(\.key) == ["123", "124"])
    }
}
