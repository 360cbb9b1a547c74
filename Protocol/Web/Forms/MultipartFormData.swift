import Foundation

/// A `multipart/form-data` parser (RFC 7578) for the report form's uploads.
///
/// The whole body is in memory; the parser copies each part's bytes out once. Part bodies
/// are binary-safe: only the full delimiter `CRLF--boundary` ends a part, so content holding
/// `CRLF--`, a partial boundary, NUL or any other byte comes back unchanged.
public struct MultipartFormData: Sendable {
    /// One field or file of the form.
    public struct Part: Hashable, Sendable {
        /// The field name, from `Content-Disposition: form-data; name="…"`.
        public var name: String
        /// The file name as sent, for file fields; "" when the browser sent a file input with
        /// no file chosen. `filename*` (RFC 5987, UTF-8) wins over `filename`.
        public var filename: String?
        /// The part's Content-Type, if given (`image/jpeg`); nil for plain fields.
        public var contentType: String?
        public var bytes: [UInt8]

        public init(name: String, filename: String? = nil, contentType: String? = nil, bytes: [UInt8]) {
            self.name = name
            self.filename = filename
            self.contentType = contentType
            self.bytes = bytes
        }

        /// The bytes as UTF-8 text, or nil when they are not valid UTF-8.
        public var text: String? { String(validating: bytes, as: UTF8.self) }
    }

    /// Parts beyond this many are refused with `MultipartError.tooManyParts`.
    public var maxParts: Int
    /// A header block larger than this many bytes is refused with `MultipartError.headersTooLarge`.
    public var maxHeaderBytes: Int

    public init(maxParts: Int = 64, maxHeaderBytes: Int = 8 * 1024) {
        self.maxParts = maxParts
        self.maxHeaderBytes = maxHeaderBytes
    }

    /// The boundary named by a Content-Type such as
    /// `multipart/form-data; boundary="----x"`, quoted or not.
    public static func boundary(contentType: String) throws(MultipartError) -> String {
        let header = HeaderParameters(parsing: contentType)
        guard header.value == "multipart/form-data" else { throw .notMultipartFormData(header.value) }
        guard let boundary = header.parameters["boundary"] else { throw .missingBoundary }
        guard (1...70).contains(boundary.utf8.count), !boundary.contains("\r"), !boundary.contains("\n") else {
            throw .invalidBoundary(boundary)
        }
        return boundary
    }

    /// The parts of `body`, in order. Anything before the first boundary (the preamble) and
    /// after the closing boundary (the epilogue) is ignored. Field names and file names are
    /// read as UTF-8, with the `%22`, `%0D` and `%0A` escapes browsers use undone.
    public func parse(body: [UInt8], contentType: String) throws(MultipartError) -> [Part] {
        let boundary = try Self.boundary(contentType: contentType)
        let dashBoundary = Array("--\(boundary)".utf8)
        let delimiter = Array("\r\n--\(boundary)".utf8)
        let crlf: [UInt8] = [13, 10]

        // The opening boundary starts the body or follows a preamble and a line break.
        var position: Int
        if body.starts(with: dashBoundary) {
            position = dashBoundary.count
        } else if let found = Self.search(delimiter, in: body, from: 0) {
            position = found + delimiter.count
        } else {
            throw .missingInitialBoundary
        }

        var parts: [Part] = []
        while true {
            let partNumber = parts.count + 1
            if position + 1 < body.count, body[position] == UInt8(ascii: "-"), body[position + 1] == UInt8(ascii: "-") {
                return parts
            }
            while position < body.count, body[position] == UInt8(ascii: " ") || body[position] == UInt8(ascii: "\t") {
                position += 1
            }
            guard position + 1 < body.count else { throw .missingFinalBoundary }
            guard body[position] == 13, body[position + 1] == 10 else { throw .malformedBoundaryLine(part: partNumber) }
            position += 2
            guard parts.count < maxParts else { throw .tooManyParts(limit: maxParts) }

            guard let next = Self.search(delimiter, in: body, from: position) else { throw .missingFinalBoundary }
            // The header block ends with an empty line; with no headers at all, that empty line
            // directly follows the boundary line's own CRLF.
            let headerSearchLimit = min(next + crlf.count * 2, position + maxHeaderBytes + crlf.count * 2)
            guard let headerEnd = Self.search(crlf + crlf, in: body, from: position - 2, before: headerSearchLimit),
                headerEnd < next
            else {
                if next - position > maxHeaderBytes { throw .headersTooLarge(part: partNumber, limit: maxHeaderBytes) }
                throw .malformedPartHeaders(part: partNumber)
            }
            let contentStart = headerEnd + 4
            let headerBytes = headerEnd > position ? Array(body[position..<headerEnd]) : []
            let content = contentStart < next ? Array(body[contentStart..<next]) : []
            parts.append(try Self.part(headers: headerBytes, content: content, number: partNumber))
            position = next + delimiter.count
        }
    }

    /// Builds a part from its raw header block.
    private static func part(headers: [UInt8], content: [UInt8], number: Int) throws(MultipartError) -> Part {
        var disposition: HeaderParameters?
        var contentType: String?
        let lines = headers.split(separator: 13, omittingEmptySubsequences: false).map { line in
            line.first == 10 ? line.dropFirst() : line
        }
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { throw .malformedPartHeaders(part: number) }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
                .trimmingCharacters(in: .whitespaces).lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            switch name {
            case "content-disposition": disposition = HeaderParameters(parsing: value)
            case "content-type": contentType = value
            default: break
            }
        }
        guard let disposition, disposition.value == "form-data" else { throw .missingContentDisposition(part: number) }
        guard let name = disposition.parameters["name"] else { throw .missingFieldName(part: number) }
        var filename = disposition.parameters["filename"].map(unescapeFormName)
        if let extended = disposition.parameters["filename*"], let decoded = decodeExtendedValue(extended) {
            filename = decoded
        }
        return Part(name: unescapeFormName(name), filename: filename, contentType: contentType, bytes: content)
    }

    /// Undoes the escapes the HTML standard applies to names in multipart headers.
    private static func unescapeFormName(_ name: String) -> String {
        guard name.contains("%") else { return name }
        return name.replacingOccurrences(of: "%22", with: "\"").replacingOccurrences(of: "%0D", with: "\r")
            .replacingOccurrences(of: "%0A", with: "\n")
    }

    /// An RFC 5987 value, `UTF-8''%E1%BA%A2nh.jpg`; nil for other charsets.
    private static func decodeExtendedValue(_ value: String) -> String? {
        let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].lowercased() == "utf-8" else { return nil }
        return URLEncodedForm.decode(ArraySlice(Array(pieces[2].replacingOccurrences(of: "+", with: "%2B").utf8)))
    }

    /// The first index at or after `start` (and before `limit`, if given) where `needle`
    /// begins in `haystack`.
    static func search(_ needle: [UInt8], in haystack: [UInt8], from start: Int, before limit: Int? = nil) -> Int? {
        let end = min(limit ?? haystack.count, haystack.count) - needle.count
        guard let first = needle.first, start <= end else { return nil }
        return haystack.withUnsafeBufferPointer { bytes -> Int? in
            var index = max(0, start)
            while index <= end {
                if bytes[index] == first {
                    var matched = 1
                    while matched < needle.count, bytes[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return index }
                }
                index += 1
            }
            return nil
        }
    }
}
