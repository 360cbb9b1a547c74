/// An `application/x-www-form-urlencoded` form (a POST body or a query string): its fields
/// in order, repeated names kept. The one form parser of the web layer (staff pages,
/// citizen pages, Open311).
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
        self.fields = Self.pairs(body).map { Field(Self.text(lossy: $0.0), Self.text(lossy: $0.1)) }
    }

    /// Parses raw body bytes as `init(body:)` does, but nil when a decoded name or value is
    /// not UTF-8 (for interfaces that must refuse such input rather than repair it: Open311).
    public init?(validating body: some Collection<UInt8>) {
        var fields: [Field] = []
        for (name, value) in Self.pairs(Array(body)) {
            guard let name = String(validating: name, as: UTF8.self), let value = String(validating: value, as: UTF8.self) else { return nil }
            fields.append(Field(name, value))
        }
        self.fields = fields
    }

    /// The fields as (name, value) pairs, in order.
    public var pairs: [(String, String)] { fields.map { ($0.name, $0.value) } }

    /// The decoded bytes of every non-empty pair.
    private static func pairs(_ body: [UInt8]) -> [([UInt8], [UInt8])] {
        body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true).map { pair in
            guard let equals = pair.firstIndex(of: UInt8(ascii: "=")) else { return (bytes(pair, plusIsSpace: true), []) }
            return (bytes(pair[pair.startIndex..<equals], plusIsSpace: true), bytes(pair[(equals + 1)...], plusIsSpace: true))
        }
    }

    private static func text(lossy bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

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

    /// Decodes one name or value: `+` → space, `%XX` → byte, then UTF-8 (invalid sequences
    /// become U+FFFD).
    public static func decode(_ bytes: ArraySlice<UInt8>) -> String { text(lossy: self.bytes(bytes, plusIsSpace: true)) }

    /// Percent-decodes a URL component; `+` is a space only in form encoding (`plusIsSpace`),
    /// not in paths. Nil when the result is not UTF-8.
    public static func decode(_ component: some Collection<UInt8>, plusIsSpace: Bool) -> String? {
        String(validating: bytes(component, plusIsSpace: plusIsSpace), as: UTF8.self)
    }

    /// `%XX` → byte (a `%` not followed by two hex digits stays as is), `+` → space if asked.
    static func bytes(_ component: some Collection<UInt8>, plusIsSpace: Bool) -> [UInt8] {
        let input = Array(component)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "+"), plusIsSpace {
                decoded.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < input.count, let high = hexValue(input[index + 1]),
                let low = hexValue(input[index + 2])
            {
                decoded.append(high << 4 | low)
                index += 2
            } else {
                decoded.append(byte)
            }
            index += 1
        }
        return decoded
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
