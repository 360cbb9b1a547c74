/// HTML escaping. Every piece of text that reaches a page — user input, data and labels
/// alike — goes through `escape(_:)`.
public enum HTML {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references, safe both
    /// between tags and inside a quoted attribute value. Everything else, Vietnamese letters
    /// included, is kept as is.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// ` selected` when `condition` holds, for `<option>`.
    static func selected(_ condition: Bool) -> String { condition ? " selected" : "" }
}
