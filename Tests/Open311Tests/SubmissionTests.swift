
import Foundation
@testable import Open311
import Testing
import WebForms

@Suite struct SubmissionTests {
    func form(_ text: String) throws -> [(String, String)] {
        try #require(URLEncodedForm(validating: Array(text.utf8))?.pairs)
    }

    @Test func plusIsASpaceAndPercentEscapesAreUTF8() throws {
        let pairs = try form("address_string=12+L%C3%AA+Du%E1%BA%A9n%2C+Bu%C3%B4n+Ma+Thu%E1%BB%99t&x=a%2Bb")
        #expect(pairs.map(\.0) == ["address_string", "x"])
        #expect(pairs[0].1 == "12 Lê Duẩn, Buôn Ma Thuột")
        #expect(pairs[1].1 == "a+b")
    }

    @Test func repeatedKeysAndValuelessKeysAreKept() throws {
        let pairs = try form("status=open&&status=closed&flag")
        #expect(pairs.map(\.0) == ["status", "status", "flag"])
        #expect(pairs.map(\.1) == ["open", "closed", ""])
    }

    @Test func aStrayPercentIsKeptLiterally() throws {
        #expect(try form("d=100%+s%zz%4")[0].1 == "100% s%zz%4")
    }

    @Test func percentEscapesThatAreNotUTF8AreRejected() {
        #expect(URLEncodedForm(validating: Array("description=%C3%28".utf8))?.pairs == nil)
    }

    @Test func theSpecsExampleRequestParses() throws {
        let body = """
            api_key=xyz&jurisdiction_id=city.gov&service_code=001&lat=37.76524078&long=-122.4212043\
            &address_string=1234+5th+street&email=smit333%40sfgov.edu&device_id=tt222111&account_id=123456\
            &first_name=john&last_name=smith&phone=111111111&description=A+large+sinkhole+is+destroying+the+street\
            &media_url=http%3A%2F%2Ffarm3.static.flickr.com%2F2002%2F2212426634_5ed477a060.jpg\
            &attribute[WHISPAWN]=123456&attribute[WHISDORN]=COISL001
            """
        let submission = try Open311Submission(form: try form(body))
        #expect(
            submission
                == Open311Submission(
                    serviceCode: "001", lat: 37.76524078, long: -122.4212043, addressString: "1234 5th street",
                    email: "smit333@sfgov.edu", deviceID: "tt222111", accountID: "123456", firstName: "john",
                    lastName: "smith", phone: "111111111", description: "A large sinkhole is destroying the street",
                    mediaURL: "http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg",
                    attributes: ["WHISPAWN": ["123456"], "WHISDORN": ["COISL001"]], apiKey: "xyz",
                    jurisdictionID: "city.gov"))
    }

    @Test func multiValueAttributesAccumulateFromBothSpellings() throws {
        let body =
            "service_code=POTHOLE&address_id=A1&attribute%5BHAZARDS%5D%5B%5D=traffic"
            + "&attribute[HAZARDS][]=flood&attribute[HAZARDS]=night&attribute[SIZE]=&attribute[]=x&attribute[A]b=y"
        let submission = try Open311Submission(form: try form(body))
        #expect(submission.attributes == ["HAZARDS": ["traffic", "flood", "night"]])
    }

    @Test func vietnameseDescriptionSurvivesFormDecoding() throws {
        let text = "Cây đổ chắn ngang đường Nguyễn Tất Thành, nguy hiểm!"
        let encoded = try #require(text.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let submission = try Open311Submission(form: try form("service_code=X&address_string=a&description=" + encoded))
        #expect(submission.description == text)
    }

    @Test func serviceCodeIsRequired() throws {
        #expect(throws: Open311Error.serviceCodeRequired) {
            try Open311Submission(form: try form("lat=12.6&long=108&service_code="))
        }
    }

    @Test func aLocationIsRequired() throws {
        #expect(throws: Open311Error.locationRequired) {
            try Open311Submission(form: try form("service_code=X&description=no+place"))
        }
    }

    @Test func latWithoutLongIsRejected() throws {
        #expect(throws: Open311Error.latLongTogether) {
            try Open311Submission(form: try form("service_code=X&lat=12.6&address_string=a"))
        }
    }

    @Test(arguments: ["abc", "12,68", "nan", "inf", "0x10", "91", "-90.5"])
    func aLatThatIsNotADecimalInRangeIsRejected(lat: String) throws {
        #expect(throws: Open311Error.invalidLat) {
            try Open311Submission(form: try form("service_code=X&long=108&lat=" + lat))
        }
    }

    @Test func aLongOutOfRangeIsRejected() throws {
        #expect(throws: Open311Error.invalidLong) {
            try Open311Submission(form: try form("service_code=X&lat=12&long=181"))
        }
    }

    @Test func anOverlongDescriptionIsRejected() throws {
        let body = "service_code=X&address_id=1&description=" + String(repeating: "ạ", count: 4001)
        #expect(throws: Open311Error.descriptionTooLong) { try Open311Submission(form: try form(body)) }
    }

    @Test func theFirstOccurrenceOfAFieldWins() throws {
        let submission = try Open311Submission(form: try form("service_code=A&service_code=B&address_id=1"))
        #expect(submission.serviceCode == "A")
    }

    @Test func aMissingRequiredAttributeIsRejected() {
        let submission = Open311Submission(serviceCode: "POTHOLE", addressID: "1")
        #expect(throws: Open311Error.attributeRequired("SIZE")) {
            try submission.validate(against: Fixtures.potholeDefinition)
        }
    }

    @Test func aSingleValueListRejectsKeysItDoesNotOffer() {
        let submission = Open311Submission(serviceCode: "POTHOLE", addressID: "1", attributes: ["SIZE": ["huge"]])
        #expect(throws: Open311Error.attributeValueNotAllowed("SIZE", value: "huge")) {
            try submission.validate(against: Fixtures.potholeDefinition)
        }
    }

    @Test func aSingleValueListTakesOnlyOneValue() {
        let submission = Open311Submission(
            serviceCode: "POTHOLE", addressID: "1", attributes: ["SIZE": ["small", "large"]])
        #expect(throws: Open311Error.attributeSingleValue("SIZE")) {
            try submission.validate(against: Fixtures.potholeDefinition)
        }
    }

    @Test func aMultiValueListRejectsKeysItDoesNotOffer() {
        let submission = Open311Submission(
            serviceCode: "POTHOLE", addressID: "1", attributes: ["SIZE": ["small"], "HAZARDS": ["traffic", "fire"]])
        #expect(throws: Open311Error.attributeValueNotAllowed("HAZARDS", value: "fire")) {
            try submission.validate(against: Fixtures.potholeDefinition)
        }
    }

    @Test func aNumberAttributeMustBeNumeric() {
        let submission = Open311Submission(
            serviceCode: "POTHOLE", addressID: "1", attributes: ["SIZE": ["small"], "DEPTH": ["sâu"]])
        #expect(throws: Open311Error.attributeNotNumber("DEPTH")) {
            try submission.validate(against: Fixtures.potholeDefinition)
        }
    }

    @Test func validAttributesPass() throws {
        let submission = Open311Submission(
            serviceCode: "POTHOLE", addressID: "1",
            attributes: ["SIZE": ["large"], "HAZARDS": ["traffic", "night"], "DEPTH": ["12.5"], "EXTRA": ["kept"]])
        try submission.validate(against: Fixtures.potholeDefinition)
    }
}
