/// Why a GeoReport document could not be read back into values.
public struct Open311DecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The field (or `document` for the whole body) that was at fault.
    public var field: String
    /// What was wrong with it.
    public var reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason)" }

    static func missing(_ field: String) -> Open311DecodingError { .init(field: field, reason: "missing") }
    static func invalid(_ field: String) -> Open311DecodingError { .init(field: field, reason: "invalid value") }
    static func malformed(_ reason: String) -> Open311DecodingError { .init(field: "document", reason: reason) }
}
