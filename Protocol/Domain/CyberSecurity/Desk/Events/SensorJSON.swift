/// One sensor message read as a JSON object, keeping only the members a reader asks for.
///
/// A SOC sends thousands of alerts a second and a reader needs a dozen of each one's fields,
/// so the message is walked once: members on a requested path are kept, the rest are checked
/// and skipped (`JSONDecoder` into the same shape spent most of a read in Codable's machinery).
/// Guarantees: the whole message must be one JSON object (RFC 8259, so no trailing comma,
/// which Foundation lets through; valid UTF-8; nested at most `maxDepth` deep; nothing after
/// it but whitespace) or it is refused as
/// `notJSON`; a field's accessor answers as `JSONDecoder` decoding into the reader's shape
/// does: a required field that is absent or null, and any field of the wrong type, is
/// `missingField` naming its path (the outermost absent or wrong object first).
struct SensorJSON {
    /// What a kept member was.
    enum Value: Equatable {
        case string(String)
        case integer(Int)
        /// A number that is not an integer `Int` can hold.
        case number
        case bool
        case null
        case array([Value])
        case object
    }

    static let maxDepth = 64

    /// The message as text, for the event's `raw`.
    let text: String
    private var members: [String: Value] = [:]

    /// Reads `bytes`, keeping the members at `paths`.
    init(_ bytes: some Collection<UInt8>, keeping paths: Paths) throws(SecurityEventProblem) {
        guard var text = String(validating: bytes, as: UTF8.self) else { throw .notJSON }
        text.makeContiguousUTF8()
        self.text = text
        let kept = text.utf8.withContiguousStorageIfAvailable { buffer in
            var scanner = Scanner(bytes: buffer, paths: paths)
            return scanner.document()
        }
        guard let kept, let kept else { throw .notJSON }
        members = kept
    }

    /// One member a reader names, with the objects on the way to it, outermost first.
    struct Field: Sendable, ExpressibleByStringLiteral {
        let path: String
        let parents: [String]

        init(stringLiteral path: String) {
            self.path = path
            let names = path.split(separator: ".")
            parents = names.indices.dropLast().map { names[...$0].joined(separator: ".") }
        }
    }

    /// The fields a reader keeps, with every object on the way to them.
    struct Paths: Sendable {
        let leaves: Set<String>
        let objects: Set<String>

        init(_ fields: [Field]) {
            leaves = Set(fields.map(\.path))
            objects = Set(fields.flatMap(\.parents))
        }
    }

    // MARK: Fields

    func string(_ field: Field) throws(SecurityEventProblem) -> String? {
        switch try value(field) {
        case nil, .null: return nil
        case .string(let text): return text
        default: throw .missingField(field.path)
        }
    }

    func requiredString(_ field: Field) throws(SecurityEventProblem) -> String {
        guard let text = try string(field) else { throw .missingField(outermostAbsent(field)) }
        return text
    }

    func integer(_ field: Field) throws(SecurityEventProblem) -> Int? {
        switch try value(field) {
        case nil, .null: return nil
        case .integer(let number): return number
        default: throw .missingField(field.path)
        }
    }

    func requiredInteger(_ field: Field) throws(SecurityEventProblem) -> Int {
        guard let number = try integer(field) else { throw .missingField(outermostAbsent(field)) }
        return number
    }

    func strings(_ field: Field) throws(SecurityEventProblem) -> [String]? {
        switch try value(field) {
        case nil, .null: return nil
        case .array(let items):
            var out: [String] = []
            out.reserveCapacity(items.count)
            for item in items {
                guard case .string(let text) = item else { throw .missingField(field.path) }
                out.append(text)
            }
            return out
        default: throw .missingField(field.path)
        }
    }

    /// The value of `field`, after checking that each object on the way is one when present.
    private func value(_ field: Field) throws(SecurityEventProblem) -> Value? {
        for parent in field.parents {
            switch members[parent] {
            case nil, .null: return nil
            case .object: break
            default: throw .missingField(parent)
            }
        }
        return members[field.path]
    }

    /// The first object on the way to `field`, or `field` itself, that is absent or null.
    private func outermostAbsent(_ field: Field) -> String {
        field.parents.first { members[$0] == nil || members[$0] == .null } ?? field.path
    }
}

extension SensorJSON {
    /// Walks the bytes once; answers nil for anything that is not one JSON object.
    fileprivate struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let paths: Paths
        var index = 0
        var depth = 0
        var kept: [String: Value]

        init(bytes: UnsafeBufferPointer<UInt8>, paths: Paths) {
            self.bytes = bytes
            self.paths = paths
            kept = Dictionary(minimumCapacity: paths.leaves.count + paths.objects.count)
        }

        mutating func document() -> [String: Value]? {
            skipWhitespace()
            guard peek() == UInt8(ascii: "{"), object(path: nil) else { return nil }
            skipWhitespace()
            return index == bytes.count ? kept : nil
        }

        /// Reads the object at `index` (its `{`), keeping the requested members below `path`.
        private mutating func object(path: String?) -> Bool {
            depth += 1
            defer { depth -= 1 }
            guard depth <= SensorJSON.maxDepth else { return false }
            index += 1
            skipWhitespace()
            if peek() == UInt8(ascii: "}") {
                index += 1
                return true
            }
            while true {
                skipWhitespace()
                guard peek() == UInt8(ascii: "\""), let key = string() else { return false }
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else { return false }
                index += 1
                skipWhitespace()
                let member = path.map { $0 + "." + key } ?? key
                if paths.leaves.contains(member) {
                    guard let value = value() else { return false }
                    kept[member] = value
                } else if paths.objects.contains(member) {
                    if peek() == UInt8(ascii: "{") {
                        kept[member] = .object
                        guard object(path: member) else { return false }
                    } else {
                        guard let value = value() else { return false }
                        kept[member] = value
                    }
                } else {
                    guard skipValue() else { return false }
                }
                skipWhitespace()
                switch peek() {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "}"):
                    index += 1
                    return true
                default: return false
                }
            }
        }

        /// Reads a whole value; objects inside are checked and told as `.object`.
        private mutating func value() -> Value? {
            switch peek() {
            case UInt8(ascii: "\""): return string().map(Value.string)
            case UInt8(ascii: "{"): return skipValue() ? .object : nil
            case UInt8(ascii: "["):
                depth += 1
                defer { depth -= 1 }
                guard depth <= SensorJSON.maxDepth else { return nil }
                index += 1
                var items: [Value] = []
                skipWhitespace()
                if peek() == UInt8(ascii: "]") {
                    index += 1
                    return .array(items)
                }
                while true {
                    skipWhitespace()
                    guard let item = value() else { return nil }
                    items.append(item)
                    skipWhitespace()
                    switch peek() {
                    case UInt8(ascii: ","): index += 1
                    case UInt8(ascii: "]"):
                        index += 1
                        return .array(items)
                    default: return nil
                    }
                }
            case UInt8(ascii: "t"): return literal("true") ? .bool : nil
            case UInt8(ascii: "f"): return literal("false") ? .bool : nil
            case UInt8(ascii: "n"): return literal("null") ? .null : nil
            default: return number()
            }
        }

        /// Checks and passes over one value without keeping it.
        private mutating func skipValue() -> Bool {
            switch peek() {
            case UInt8(ascii: "\""): return skipString()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = peek() == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                let isObject = close == UInt8(ascii: "}")
                depth += 1
                defer { depth -= 1 }
                guard depth <= SensorJSON.maxDepth else { return false }
                index += 1
                skipWhitespace()
                if peek() == close {
                    index += 1
                    return true
                }
                while true {
                    skipWhitespace()
                    if isObject {
                        guard peek() == UInt8(ascii: "\""), skipString() else { return false }
                        skipWhitespace()
                        guard peek() == UInt8(ascii: ":") else { return false }
                        index += 1
                        skipWhitespace()
                    }
                    guard skipValue() else { return false }
                    skipWhitespace()
                    if peek() == UInt8(ascii: ",") {
                        index += 1
                    } else if peek() == close {
                        index += 1
                        return true
                    } else {
                        return false
                    }
                }
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number() != nil
            }
        }

        /// The string at `index` (its opening quote), unescaped.
        private mutating func string() -> String? {
            let start = index + 1
            var cursor = start
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if byte == UInt8(ascii: "\"") {
                    index = cursor + 1
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cursor]), as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { return nil }
                cursor += 1
            }
            // With escapes: rebuilt byte by byte.
            var out = Array(bytes[start..<cursor])
            while cursor < bytes.count {
                let byte = bytes[cursor]
                switch byte {
                case UInt8(ascii: "\""):
                    index = cursor + 1
                    return String(validating: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard cursor + 1 < bytes.count else { return nil }
                    let escape = bytes[cursor + 1]
                    cursor += 2
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        guard var scalar = hex4(at: cursor) else { return nil }
                        cursor += 4
                        if (0xD800..<0xDC00).contains(scalar) {
                            guard cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "\\"), bytes[cursor + 1] == UInt8(ascii: "u"),
                                let low = hex4(at: cursor + 2), (0xDC00..<0xE000).contains(low)
                            else { return nil }
                            cursor += 6
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { return nil }
                        out.append(contentsOf: String(Character(unicode)).utf8)
                    default: return nil
                    }
                default:
                    if byte < 0x20 { return nil }
                    out.append(byte)
                    cursor += 1
                }
            }
            return nil
        }

        private mutating func skipString() -> Bool {
            var cursor = index + 1
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if byte == UInt8(ascii: "\"") {
                    index = cursor + 1
                    return true
                }
                if byte == UInt8(ascii: "\\") {
                    // Unusual enough to take the slow path that checks the escape.
                    return string() != nil
                }
                if byte < 0x20 { return false }
                cursor += 1
            }
            return false
        }

        private func hex4(at position: Int) -> UInt32? {
            guard position + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[position..<position + 4] {
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }

        /// A number as RFC 8259 spells it: `.integer` when it is one `Int` holds.
        private mutating func number() -> Value? {
            let start = index
            var cursor = index
            var negative = false
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "-") {
                negative = true
                cursor += 1
            }
            let digitsStart = cursor
            var magnitude: UInt64 = 0
            var fits = true
            while cursor < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) {
                let (times, overflowA) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, overflowB) = times.addingReportingOverflow(UInt64(bytes[cursor] - UInt8(ascii: "0")))
                if overflowA || overflowB { fits = false }
                magnitude = sum
                cursor += 1
            }
            let digits = cursor - digitsStart
            guard digits > 0, !(digits > 1 && bytes[digitsStart] == UInt8(ascii: "0")) else { return nil }
            var integral = true
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ".") {
                integral = false
                cursor += 1
                let fraction = cursor
                while cursor < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) { cursor += 1 }
                guard cursor > fraction else { return nil }
            }
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "e") || bytes[cursor] == UInt8(ascii: "E") {
                integral = false
                cursor += 1
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-") { cursor += 1 }
                let exponent = cursor
                while cursor < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) { cursor += 1 }
                guard cursor > exponent else { return nil }
            }
            guard cursor > start else { return nil }
            index = cursor
            guard integral, fits else { return .number }
            if negative {
                guard magnitude <= UInt64(Int.max) + 1 else { return .number }
                return .integer(magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude))
            }
            guard magnitude <= UInt64(Int.max) else { return .number }
            return .integer(Int(magnitude))
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

        private mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }
    }
}
