import Testing
import WebForms

@Suite struct MultipartFormDataTests {
    private let contentType = "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW"
    private let boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"

    /// A body from text segments and raw bytes.
    private func body(_ pieces: [Any]) -> [UInt8] {
        pieces.flatMap { piece -> [UInt8] in
            if let text = piece as? String { return Array(text.utf8) }
            return piece as? [UInt8] ?? []
        }
    }

    private func field(_ name: String, _ value: String) -> String {
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
    }

    @Test func textFieldsAndVietnameseValuesAreParsed() throws {
        let bytes = body([field("category", "xa-rac"), field("description", "Rác thải ở chợ Buôn Ma Thuột\r\ndòng hai"), "--\(boundary)--\r\n"])
        let parts = try MultipartFormData().parse(body: bytes, contentType: contentType)
        #expect(parts.map(\.name) == ["category", "description"])
        #expect(parts[1].text == "Rác thải ở chợ Buôn Ma Thuột\r\ndòng hai")
        #expect(parts[0].filename == nil && parts[0].contentType == nil)
    }

    @Test func binaryFileBytesSurviveUnchangedIncludingLookalikeDelimiters() throws {
        var payload: [UInt8] = Array(0...255)
        payload += Array("\r\n--".utf8) + Array("\r\n--\(boundary.dropLast())".utf8) + [13, 10, 45, 45, 0, 255, 13]
        payload += Array("--\(boundary)".utf8)  // the boundary without the CRLF before it is content
        let bytes = body([
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"ảnh chợ.jpg\"\r\n",
            "Content-Type: image/jpeg\r\n\r\n", payload, "\r\n", field("name", "Hoa"), "--\(boundary)--",
        ])
        let parts = try MultipartFormData().parse(body: bytes, contentType: contentType)
        #expect(parts.count == 2)
        #expect(parts[0].bytes == payload)
        #expect(parts[0].filename == "ảnh chợ.jpg")
        #expect(parts[0].contentType == "image/jpeg")
        #expect(parts[0].text == nil)
        #expect(parts[1].text == "Hoa")
    }

    @Test func quotedBoundaryAndParametersAreUnderstood() throws {
        let odd = "a b:c'd(e)"
        let bytes = body([
            "--\(odd)\r\ncontent-disposition: FORM-DATA; filename=\"x\\\"y.png\" ; name=\"ph\\\\oto\"\r\n\r\nX\r\n--\(odd)--",
        ])
        let parts = try MultipartFormData().parse(body: bytes, contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"\(odd)\"")
        #expect(parts == [MultipartFormData.Part(name: "ph\\oto", filename: "x\"y.png", bytes: Array("X".utf8))])
    }

    @Test func theExtendedFilenameWinsAndBrowserEscapesAreUndone() throws {
        let bytes = body([
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"a%22b\"; filename=\"fallback.jpg\"; ",
            "filename*=UTF-8''%E1%BA%A2nh%201.jpg\r\n\r\n\r\n--\(boundary)--",
        ])
        let parts = try MultipartFormData().parse(body: bytes, contentType: contentType)
        #expect(parts.first?.name == "a\"b")
        #expect(parts.first?.filename == "Ảnh 1.jpg")
        #expect(parts.first?.bytes == [])
    }

    @Test func anEmptyFileInputGivesAnEmptyFilenameAndNoBytes() throws {
        let bytes = body([
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"\"\r\n",
            "Content-Type: application/octet-stream\r\n\r\n\r\n--\(boundary)--\r\n",
        ])
        let parts = try MultipartFormData().parse(body: bytes, contentType: contentType)
        #expect(parts == [MultipartFormData.Part(name: "photos", filename: "", contentType: "application/octet-stream", bytes: [])])
    }

    @Test func thePreambleAndEpilogueAreIgnored() throws {
        let bytes = body(["This is a preamble.\r\n", field("q", "1"), "--\(boundary)--\r\nepilogue --\(boundary)\r\n"])
        #expect(try MultipartFormData().parse(body: bytes, contentType: contentType).map(\.name) == ["q"])
    }

    @Test func aBodyWithoutTheClosingBoundaryIsRefused() {
        let bytes = body([field("a", "1"), field("b", "2")])
        #expect(throws: MultipartError.missingFinalBoundary) {
            try MultipartFormData().parse(body: bytes, contentType: contentType)
        }
    }

    @Test func aBodyCutInsideAPartIsRefused() {
        let bytes = body(["--\(boundary)\r\nContent-Disposition: form-data; name=\"photos\"\r\n\r\n", [0xFF, 0xD8, 0xFF]])
        #expect(throws: MultipartError.missingFinalBoundary) {
            try MultipartFormData().parse(body: bytes, contentType: contentType)
        }
    }

    @Test func aBodyWithoutAnyBoundaryIsRefused() {
        #expect(throws: MultipartError.missingInitialBoundary) {
            try MultipartFormData().parse(body: Array("name=Hoa".utf8), contentType: contentType)
        }
    }

    @Test func partsBeyondTheLimitAreRefused() {
        let bytes = body([field("a", "1"), field("b", "2"), field("c", "3"), "--\(boundary)--"])
        #expect(throws: MultipartError.tooManyParts(limit: 2)) {
            try MultipartFormData(maxParts: 2).parse(body: bytes, contentType: contentType)
        }
        #expect((try? MultipartFormData(maxParts: 3).parse(body: bytes, contentType: contentType))?.count == 3)
    }

    @Test func theContentTypeMustBeMultipartFormDataWithAValidBoundary() {
        let bytes = body([field("a", "1"), "--\(boundary)--"])
        #expect(throws: MultipartError.notMultipartFormData("application/x-www-form-urlencoded")) {
            try MultipartFormData().parse(body: bytes, contentType: "application/x-www-form-urlencoded")
        }
        #expect(throws: MultipartError.missingBoundary) {
            try MultipartFormData().parse(body: bytes, contentType: "multipart/form-data")
        }
        #expect(throws: MultipartError.invalidBoundary(String(repeating: "x", count: 71))) {
            try MultipartFormData().parse(body: bytes, contentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71))
        }
    }

    @Test func partsWithoutANameOrDispositionAreRefused() {
        let unnamed = body(["--\(boundary)\r\nContent-Disposition: form-data; filename=\"a\"\r\n\r\nx\r\n--\(boundary)--"])
        #expect(throws: MultipartError.missingFieldName(part: 1)) {
            try MultipartFormData().parse(body: unnamed, contentType: contentType)
        }
        let bare = body([field("a", "1"), "--\(boundary)\r\nContent-Type: text/plain\r\n\r\nx\r\n--\(boundary)--"])
        #expect(throws: MultipartError.missingContentDisposition(part: 2)) {
            try MultipartFormData().parse(body: bare, contentType: contentType)
        }
    }

    @Test func headersThatRunIntoTheNextBoundaryAreRefused() {
        let bytes = body([
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n--\(boundary)\r\n",
            "Content-Disposition: form-data; name=\"b\"\r\n\r\nx\r\n--\(boundary)--",
        ])
        #expect(throws: MultipartError.malformedPartHeaders(part: 1)) {
            try MultipartFormData().parse(body: bytes, contentType: contentType)
        }
    }

    @Test func oversizedHeadersAreRefused() {
        let bytes = body([
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Padding: \(String(repeating: "p", count: 200))\r\n\r\nx\r\n--\(boundary)--",
        ])
        #expect(throws: MultipartError.headersTooLarge(part: 1, limit: 100)) {
            try MultipartFormData(maxHeaderBytes: 100).parse(body: bytes, contentType: contentType)
        }
    }

    @Test func errorsExplainThemselves() {
        #expect(MultipartError.missingFinalBoundary.description.contains("closing boundary"))
        #expect(MultipartError.tooManyParts(limit: 64).description == "the multipart body has more than 64 parts")
    }
}
