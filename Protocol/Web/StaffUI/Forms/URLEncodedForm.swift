/// An `application/x-www-form-urlencoded` form (a POST body or a query string): its fields
/// in order, repeated names kept.
public struct URLEncodedForm: Hashable, Sendable {
    public struct Field: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var fields: [Field]

    public init(fields: [Field] = []) {
        self.fields = fields
    }

    /// Parses a body or query string (without the `?`). Pairs split on `&`, names from values
    /// on the first `=`; `+` is a space and `%XX` a byte, and the bytes are read as UTF-8
    /// (invalid sequences become U+FFFD). A `%` not followed by two hex digits stays as is.
    /// Empty pairs are skipped; a name without `=` has the value "". Never fails.
    public init(parsing text: String) {
        self.init(body: Array(text.utf8))
    }

    /// Parses raw body bytes; see `init(parsing:)`.
    public init(body: [UInt8]) {
        var fields: [Field] = []
        for pair in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            if let equals = pair.firstIndex(of: UInt8(ascii: "=")) {
                fields.append(
                    Field(Self.decode(pair[pair.startIndex..<equals]), Self.decode(pair[(equals + 1)...])))
            } else {
                fields.append(Field(Self.decode(pair), ""))
            }
        }
        self.fields = fields
    }

    /// The first value of `name`, or nil when the form has no such field.
    public subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Every value of `name`, in order (checkboxes, multiple selects).
    public func values(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// The form encoded again: `name=value&…`, spaces as `+`, everything outside
    /// `A–Z a–z 0–9 - . _ ~` percent-encoded as UTF-8. Parsing the result gives the same fields.
    public var encoded: String {
        fields.map { percentEncode($0.name) + "=" + percentEncode($0.value) }.joined(separator: "&")
    }

    /// Percent-encodes UTF-8, keeping only unreserved characters. With `spaceAsPlus` false
    /// a space becomes `%20`, which makes the result safe as a URL path segment too.
    public static func percentEncode(_ text: String, spaceAsPlus: Bool = true) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                bytes.append(byte)
            case UInt8(ascii: " ") where spaceAsPlus:
                bytes.append(UInt8(ascii: "+"))
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func percentEncode(_ text: String) -> String { Self.percentEncode(text) }

    /// Decodes one name or value: `+` → space, `%XX` → byte, then UTF-8.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                decoded.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex, let high = hexValue(bytes[index + 1]),
                let low = hexValue(bytes[index + 2])
            {
                decoded.append(high << 4 | low)
                index += 2
            } else {
                decoded.append(byte)
            }
            index += 1
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
