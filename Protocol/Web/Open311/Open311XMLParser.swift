/// A small, strict XML reader for GeoReport documents: elements, text, the five predefined entities, character
/// references, CDATA, comments and processing instructions.
///
/// Guarantees: input must be well-formed UTF-8 XML (matching tags, a single root, nothing but comments or
/// processing instructions after it); attributes are checked for syntax and ignored (GeoReport uses none);
/// `<!DOCTYPE>` is refused, so no entity expansion can happen; nesting deeper than `maximumDepth` is refused, so
/// hostile input cannot exhaust the stack. An element with child elements becomes an `.object` (children in order,
/// stray text dropped); any other element becomes `.text` with its exact content, untrimmed.
struct Open311XMLParser {
    static let maximumDepth = 32

    private let bytes: [UInt8]
    private var index = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses a whole document; returns the root element's name and content.
    static func parse(_ bytes: [UInt8]) throws(Open311DecodingError) -> (name: String, node: Open311Node) {
        var parser = Open311XMLParser(bytes)
        if parser.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index += 3 }
        try parser.skipMisc()
        guard parser.starts(with: "<") else { throw .malformed("no root element") }
        let root = try parser.element(depth: 0)
        try parser.skipMisc()
        guard parser.index == parser.bytes.count else { throw .malformed("content after the root element") }
        return root
    }

    // MARK: Structure

    private mutating func element(depth: Int) throws(Open311DecodingError) -> (name: String, node: Open311Node) {
        guard depth < Self.maximumDepth else { throw .malformed("elements nested too deeply") }
        index += 1  // "<"
        let name = try self.name()
        while true {
            skipWhitespace()
            if starts(with: "/>") {
                index += 2
                return (name, .text(""))
            }
            if starts(with: ">") {
                index += 1
                break
            }
            try attribute()
        }
        var children: [Open311Node.Field] = []
        var text: [UInt8] = []
        while true {
            guard index < bytes.count else { throw .malformed("<\(name)> is not closed") }
            if starts(with: "</") {
                index += 2
                let closing = try self.name()
                skipWhitespace()
                guard closing == name, starts(with: ">") else {
                    throw .malformed("</\(closing)> does not close <\(name)>")
                }
                index += 1
                break
            } else if starts(with: "<!--") {
                try skip(past: "-->")
            } else if starts(with: "<![CDATA[") {
                index += 9
                guard let end = find("]]>") else { throw .malformed("unterminated CDATA") }
                text += bytes[index..<end]
                index = end + 3
            } else if starts(with: "<?") {
                try skip(past: "?>")
            } else if starts(with: "<!") {
                throw .malformed("declarations are not supported")
            } else if starts(with: "<") {
                let child = try element(depth: depth + 1)
                children.append(.init(child.name, child.node))
            } else if starts(with: "&") {
                text += try reference()
            } else {
                text.append(bytes[index])
                index += 1
            }
        }
        if !children.isEmpty { return (name, .object(children)) }
        guard let string = String(validating: text, as: UTF8.self) else { throw .malformed("text is not UTF-8") }
        return (name, .text(string))
    }

    private mutating func attribute() throws(Open311DecodingError) {
        _ = try name()
        skipWhitespace()
        guard starts(with: "=") else { throw .malformed("attribute without a value") }
        index += 1
        skipWhitespace()
        guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 else {
            throw .malformed("attribute value is not quoted")
        }
        let quote = bytes[index]
        index += 1
        while index < bytes.count, bytes[index] != quote {
            guard bytes[index] != 0x3C else { throw .malformed("< in an attribute value") }
            index += 1
        }
        guard index < bytes.count else { throw .malformed("unterminated attribute value") }
        index += 1
    }

    private mutating func name() throws(Open311DecodingError) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x2F || byte == 0x3E
                || byte == 0x3D || byte == 0x3C
            {
                break
            }
            index += 1
        }
        guard index > start, let name = String(validating: bytes[start..<index], as: UTF8.self) else {
            throw .malformed("missing or invalid name")
        }
        return name
    }

    /// An entity or character reference, as UTF-8.
    private mutating func reference() throws(Open311DecodingError) -> [UInt8] {
        index += 1  // "&"
        guard let end = find(";"), end - index <= 10 else { throw .malformed("unterminated reference") }
        let body = String(decoding: bytes[index..<end], as: UTF8.self)
        index = end + 1
        switch body {
        case "lt": return [0x3C]
        case "gt": return [0x3E]
        case "amp": return [0x26]
        case "quot": return [0x22]
        case "apos": return [0x27]
        default:
            var code: UInt32?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                code = UInt32(body.dropFirst(2), radix: 16)
            } else if body.hasPrefix("#") {
                code = UInt32(body.dropFirst(), radix: 10)
            }
            guard let code, let scalar = Unicode.Scalar(code), scalar.value != 0 else {
                throw .malformed("unknown reference &\(body);")
            }
            return Array(String(Character(scalar)).utf8)
        }
    }

    // MARK: Lexing

    private mutating func skipMisc() throws(Open311DecodingError) {
        while true {
            skipWhitespace()
            if starts(with: "<?") {
                try skip(past: "?>")
            } else if starts(with: "<!--") {
                try skip(past: "-->")
            } else if starts(with: "<!") {
                throw .malformed("DOCTYPE is not supported")
            } else {
                return
            }
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func skip(past terminator: String) throws(Open311DecodingError) {
        guard let end = find(terminator) else { throw .malformed("unterminated \(terminator)") }
        index = end + terminator.utf8.count
    }

    private func starts(with prefix: String) -> Bool { starts(with: Array(prefix.utf8)) }

    private func starts(with prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        return bytes[index..<index + prefix.count].elementsEqual(prefix)
    }

    /// The position of the next `needle` at or after the cursor.
    private func find(_ needle: String) -> Int? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var position = index
        while position + pattern.count <= bytes.count {
            if bytes[position] == first, bytes[position..<position + pattern.count].elementsEqual(pattern) {
                return position
            }
            position += 1
        }
        return nil
    }
}
