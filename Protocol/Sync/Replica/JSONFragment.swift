import Foundation

/// JSON text for field values, written without Foundation's `JSONSerialization` (whose
/// bridging and dynamic casts cost more than the rest of a local edit).
///
/// Guarantees: the output is valid JSON that `JSONSerialization` reads back to the same
/// value; object keys are sorted by their UTF-8 bytes, so the same value always gives the
/// same bytes; strings are written as UTF-8 with only `"`, `\` and control characters
/// escaped; a non-finite number, and any value of a type it does not know, is `null`.
public enum JSONFragment {
    /// `value` as JSON: `String`, integers, `Double`, `Bool`, `NSNull`, `nil`, dictionaries
    /// keyed by `String` and arrays of these, nested to any depth.
    public static func encode(_ value: Any?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(32)
        append(value, to: &out)
        return out
    }

    /// `value` as Foundation's `JSONEncoder` writes it with sorted keys and unescaped slashes
    /// (`null` if it cannot): for values written rarely and compared by their bytes.
    public static func encoded(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? Array(encoder.encode(value))) ?? null
    }

    /// `encode(value)` as text, for `Edit.assign(_:json:)`.
    public static func text(_ value: Any?) -> String { String(decoding: encode(value), as: UTF8.self) }

    public static func append(_ value: Any?, to out: inout [UInt8]) {
        switch value {
        case nil: out.append(contentsOf: Self.null)
        case let text as String: appendString(text, to: &out)
        case let number as Int: out.append(contentsOf: String(number).utf8)
        case let number as Int64: out.append(contentsOf: String(number).utf8)
        case let number as UInt64: out.append(contentsOf: String(number).utf8)
        case let flag as Bool: out.append(contentsOf: flag ? Array("true".utf8) : Array("false".utf8))
        case let number as Double: appendDouble(number, to: &out)
        case let object as [String: String]: appendObject(object.map { ($0.key, $0.value as Any) }, to: &out)
        case let object as [String: [String]]: appendObject(object.map { ($0.key, $0.value as Any) }, to: &out)
        case let object as [String: Any]: appendObject(object.map { ($0.key, $0.value) }, to: &out)
        case let list as [String]:
            out.append(UInt8(ascii: "["))
            for (index, element) in list.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                appendString(element, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let list as [Any]:
            out.append(UInt8(ascii: "["))
            for (index, element) in list.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                append(element, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let number as NSNumber: appendDouble(number.doubleValue, to: &out)
        default: out.append(contentsOf: Self.null)
        }
    }

    /// How control characters are escaped in a string literal.
    public enum ControlEscapes: Sendable {
        /// Every one as `\u00XX`.
        case unicode
        /// `\b`, `\t`, `\n`, `\f`, `\r` short, the others as `\u00XX`: what Foundation's
        /// `JSONEncoder` writes, for bytes that must equal what it wrote before.
        case foundation
    }

    /// Appends `text` as a JSON string literal.
    public static func appendString(_ text: String, to out: inout [UInt8], controls: ControlEscapes = .unicode) {
        out.append(UInt8(ascii: "\""))
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            out.append(contentsOf: utf8)
            return out.append(UInt8(ascii: "\""))
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08 where controls == .foundation: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x09 where controls == .foundation: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x0A where controls == .foundation: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0C where controls == .foundation: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0D where controls == .foundation: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0..<0x20:
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let null = Array("null".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func appendDouble(_ number: Double, to out: inout [UInt8]) {
        guard number.isFinite else { return out.append(contentsOf: null) }
        if number == number.rounded(), abs(number) < 1e15 {
            out.append(contentsOf: String(Int64(number)).utf8)
        } else {
            out.append(contentsOf: number.description.utf8)
        }
    }

    private static func appendObject(_ members: [(String, Any)], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (index, member) in members.sorted(by: { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }).enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendString(member.0, to: &out)
            out.append(UInt8(ascii: ":"))
            append(member.1, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}
