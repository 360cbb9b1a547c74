/// A GeoReport error: an HTTP status code and a human-readable description.
///
/// Rendered as the spec's list, `[{"code":400,"description":"…"}]` or
/// `<errors><error><code>400</code><description>…</description></error></errors>`. Backends may throw it to
/// answer with that status; descriptions in this module are Vietnamese, then " / ", then English,
/// like every other message of the platform.
public struct Open311Error: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: Int
    public var description: String

    public init(code: Int, description: String) {
        self.code = code
        self.description = description
    }

    /// A bilingual description: `"Thiếu service_code / service_code is required"`.
    public init(code: Int, vietnamese: String, english: String) {
        self.init(code: code, description: vietnamese + " / " + english)
    }

    var node: Open311Node { .object([.init("code", .integer(code)), .init("description", .text(description))]) }

    init(node: Open311Node) throws(Open311DecodingError) {
        self.init(code: try node.requiredInt("code"), description: try node.requiredString("description"))
    }
}
