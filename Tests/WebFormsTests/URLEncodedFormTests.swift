import Testing
import WebForms

@Suite struct URLEncodedFormTests {
    @Test func plusIsASpaceAndPercentEscapesAreUTF8() {
        let form = URLEncodedForm(parsing: "q=ch%E1%BB%A3+Bu%C3%B4n+Ma+Thu%E1%BB%99t&district=643")
        #expect(form["q"] == "chợ Buôn Ma Thuột")
        #expect(form["district"] == "643")
        #expect(form["missing"] == nil)
    }

    @Test func repeatedNamesKeepEveryValueInOrder() {
        let form = URLEncodedForm(parsing: "unit=a&x=1&unit=b&unit=")
        #expect(form.values("unit") == ["a", "b", ""])
        #expect(form["unit"] == "a")
    }

    @Test func encodedPlusAmpersandAndEqualsStayInTheValue() {
        let form = URLEncodedForm(parsing: "text=1%2B1%3D2+%26+xong&flag")
        #expect(form["text"] == "1+1=2 & xong")
        #expect(form["flag"] == "")
    }

    @Test func malformedEscapesAreKeptLiterally() {
        let form = URLEncodedForm(parsing: "a=100%&b=%zz&c=%4")
        #expect(form["a"] == "100%" && form["b"] == "%zz" && form["c"] == "%4")
    }

    @Test func emptyPairsAreSkipped() {
        #expect(URLEncodedForm(parsing: "&&a=1&&").fields == [.init("a", "1")])
        #expect(URLEncodedForm(parsing: "").fields.isEmpty)
    }

    @Test func encodingRoundTrips() {
        let form = URLEncodedForm(fields: [.init("q", "Cư M'gar & Ea Kar"), .init("lý do", "50% = một nửa")])
        #expect(form.encoded == "q=C%C6%B0+M%27gar+%26+Ea+Kar&l%C3%BD+do=50%25+%3D+m%E1%BB%99t+n%E1%BB%ADa")
        #expect(URLEncodedForm(parsing: form.encoded) == form)
    }

    @Test func invalidUTF8BecomesAReplacementCharacter() {
        #expect(URLEncodedForm(body: Array("a=%FF".utf8))["a"] == "\u{FFFD}")
    }
}
