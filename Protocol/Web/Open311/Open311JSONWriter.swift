/// Renders an `Open311Node` as compact UTF-8 JSON.
///
/// Object fields keep the order the document gives them (the spec's order); `.null` becomes `null`; non-finite
/// numbers never reach the writer (`Open311Node.number(_:)` turns them into null). Strings are escaped per
/// RFC 8259, plus U+2028/U+2029 so the output is also safe inside JavaScript.
enum Open311JSONWriter {
    static func render(_ node: Open311Node) -> [UInt8] {
        var out = ""
        write(node, into: &out)
        return Array(out.utf8)
    }

    /// The shortest decimal spelling that reads back as the same `Double`.
    static func spell(_ value: Double) -> String { value.isFinite ? "\(value)" : "null" }

    private static func write(_ node: Open311Node, into out: inout String) {
        switch node {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .integer(let value): out += String(value)
        case .number(let value): out += spell(value)
        case .text(let value): writeString(value, into: &out)
        case .list(_, let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (index, field) in fields.enumerated() {
                if index > 0 { out += "," }
                writeString(field.name, into: &out)
                out += ":"
                write(field.value, into: &out)
            }
            out += "}"
        }
    }

    private static func writeString(_ value: String, into out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
