import Foundation
import Testing

@testable import Open311

@Suite struct XMLTests {
    @Test func markupCharactersAreEscaped() {
        let bytes = Open311Encoder(format: .xml).encode(requests: [Fixtures.request])
        let text = Fixtures.text(bytes)
        #expect(text.contains("&amp; gần trường &lt;THCS&gt; &quot;Nguyễn Du&quot;"))
        #expect(text.contains("?size=large&amp;v=2"))
    }

    @Test func controlCharactersCannotBreakTheDocument() throws {
        var request = Fixtures.request
        request.description = "dòng 1\r\ndòng 2\u{0}\u{1B}\tcột"
        let bytes = Open311Encoder(format: .xml).encode(requests: [request])
        let decoded = try #require(try Open311Decoder(format: .xml).requests(bytes).first)
        #expect(decoded.description == "dòng 1\r\ndòng 2\u{FFFD}\u{FFFD}\tcột")
    }

    @Test func outputIsValidUTF8WithVietnameseText() {
        let bytes = Open311Encoder(format: .xml).encode(services: [Fixtures.pothole])
        #expect(String(validating: bytes, as: UTF8.self)?.contains("Ổ gà, hư hỏng mặt đường") == true)
    }

    @Test func cdataCommentsAndCharacterReferencesAreRead() throws {
        let xml =
            "<errors><!-- x --><error><code>400</code><description><![CDATA[a<b]]> &#7897;&#x1EA1;</description></error></errors>"
        let errors = try Open311Decoder(format: .xml).errors(Array(xml.utf8))
        #expect(errors == [Open311Error(code: 400, description: "a<b ộạ")])
    }

    @Test(arguments: [
        "<errors><error></errors>", "<errors></errors><x/>", "<!DOCTYPE x [<!ENTITY a 'b'>]><errors/>",
        "<errors>&bogus;</errors>", "<errors>", "",
    ])
    func malformedDocumentsAreRejected(xml: String) {
        #expect(throws: Open311DecodingError.self) { try Open311XMLParser.parse(Array(xml.utf8)) }
    }

    @Test func deepNestingIsRefusedInsteadOfExhaustingTheStack() {
        let xml = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        #expect(throws: Open311DecodingError.self) { try Open311XMLParser.parse(Array(xml.utf8)) }
    }

    @Test func theWrongRootElementIsRejected() {
        let bytes = Open311Encoder(format: .xml).encode(services: [Fixtures.pothole])
        #expect(throws: Open311DecodingError.self) { try Open311Decoder(format: .xml).requests(bytes) }
    }

    @Test func jsonStringsEscapeQuotesBackslashesAndControls() throws {
        var request = Fixtures.request
        request.statusNotes = "a\"b\\c\n\u{1}"
        let objects = try Fixtures.jsonArray(Open311Encoder(format: .json).encode(requests: [request]))
        #expect(objects[0]["status_notes"] as? String == "a\"b\\c\n\u{1}")
    }
}
