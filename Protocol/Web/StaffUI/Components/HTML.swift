/// A fragment of HTML, safe by construction.
///
/// Literal text written in the source is markup; every `String` (or other value) interpolated
/// into an `HTML` literal is escaped; only another `HTML` value goes in as markup. A string from
/// a citizen, the replica or the label table therefore cannot become markup by accident: the
/// one way to say "this string is markup" is `HTML(trusted:)`, kept for text this module writes
/// itself (the stylesheet). Interpolating an `HTML` value into a plain `String` does not compile,
/// so markup cannot leak back into text either.
///
/// Escaping replaces `&`, `<`, `>`, `"` and `'` by character references, which is safe both
/// between tags and inside a quoted attribute value; Vietnamese letters are kept as they are.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// The markup, ready to send.
    public private(set) var rendered: String

    public init(stringLiteral markup: String) {
        rendered = markup
    }

    public init(stringInterpolation: Interpolation) {
        rendered = stringInterpolation.rendered
    }

    /// `text` as a text node: escaped.
    public init(text: String) {
        rendered = Self.escaped(text)
    }

    /// `markup` as it is. Only for markup this module writes (a resource file, a constant);
    /// never for data.
    public init(trusted markup: String) {
        rendered = markup
    }

    public static let empty: HTML = ""

    public var isEmpty: Bool { rendered.isEmpty }

    /// ` selected` when `condition` holds, for `<option>`.
    static func selected(_ condition: Bool) -> HTML { condition ? " selected" : "" }

    public static func += (lhs: inout HTML, rhs: HTML) {
        lhs.rendered += rhs.rendered
    }

    public static func + (lhs: HTML, rhs: HTML) -> HTML {
        HTML(trusted: lhs.rendered + rhs.rendered)
    }

    static func escaped(_ text: String) -> String {
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

    /// The interpolation of an `HTML` literal: `HTML` goes in as markup, everything else as
    /// escaped text.
    public struct Interpolation: StringInterpolationProtocol {
        var rendered: String

        public init(literalCapacity: Int, interpolationCount: Int) {
            rendered = ""
            rendered.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) {
            rendered += literal
        }

        public mutating func appendInterpolation(_ html: HTML) {
            rendered += html.rendered
        }

        public mutating func appendInterpolation(_ text: String) {
            rendered += HTML.escaped(text)
        }

        public mutating func appendInterpolation(_ text: Substring) {
            rendered += HTML.escaped(String(text))
        }

        public mutating func appendInterpolation<Value: BinaryInteger>(_ number: Value) {
            rendered += String(number)
        }

        public mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
            rendered += HTML.escaped(value.description)
        }
    }
}

extension Sequence where Element == HTML {
    /// The fragments one after another, `separator` between them.
    public func joined(separator: HTML = "") -> HTML {
        var result = HTML.empty
        var first = true
        for fragment in self {
            if !first { result += separator }
            result += fragment
            first = false
        }
        return result
    }
}

extension DefaultStringInterpolation {
    /// Markup interpolated into a plain string would lose its type and could be escaped twice
    /// or sent as text; build `HTML` instead, or take `.rendered` where the bytes are sent.
    @available(*, unavailable, message: "interpolate HTML into an HTML literal, or use .rendered where the page is sent")
    public mutating func appendInterpolation(_ html: HTML) {}
}

