/// Renders an `Open311Node` as a UTF-8 XML document with the `<?xml version="1.0" encoding="utf-8"?>` declaration.
///
/// Guarantees: the output is well-formed XML 1.0 whatever the strings contain. Markup characters are escaped
/// (`&`, `<`, `>`, `"`, `'`), carriage returns are written as `&#13;` so parsers do not fold them, and characters
/// XML 1.0 forbids (C0 controls other than tab/newline/CR, U+FFFE, U+FFFF) are replaced with U+FFFD. Absent values
/// (`.null`) become empty elements `<name></name>`, which is how the spec shows them.
enum Open311XMLWriter {
    static let declaration = #"<?xml version="1.0" encoding="utf-8"?>"#

    static func render(root: String, _ node: Open311Node) -> [UInt8] {
        var out = declaration + "\n"
        element(root, node, into: &out)
        out += "\n"
        return Array(out.utf8)
    }

    private static func element(_ name: String, _ node: Open311Node, into out: inout String) {
        out += "<" + name + ">"
        switch node {
        case .null: break
        case .object(let fields):
            for field in fields { element(field.name, field.value, into: &out) }
        case .list(let item, let items):
            for entry in items { element(item, entry, into: &out) }
        default:
            escape(node.scalarText ?? "", into: &out)
        }
        out += "</" + name + ">"
    }

    static func escape(_ text: String, into out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default:
                if scalar.value < 0x20 {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
    }
}
