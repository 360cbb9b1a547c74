import Foundation

/// The format-neutral tree every GeoReport document is built from and read back into.
///
/// Writing: each document becomes a node, which `Open311JSONWriter` and `Open311XMLWriter` render, so JSON and
/// XML can never disagree on field names or order. Reading: JSON and XML are both parsed into nodes and the same
/// accessors read them, so numbers, booleans and strings are accepted interchangeably (XML carries only text, and
/// servers differ on whether ids are JSON numbers or strings).
indirect enum Open311Node: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case text(String)
    /// Ordered fields. Repeated names are allowed: that is how XML lists arrive from the parser.
    case object([Field])
    /// A list; `item` is the element name each entry gets in XML (`service`, `request`, `attribute`, …).
    case list(item: String, [Open311Node])

    struct Field: Sendable, Hashable {
        var name: String
        var value: Open311Node

        init(_ name: String, _ value: Open311Node) {
            self.name = name
            self.value = value
        }
    }

    /// A text node, or `.null` when the value is absent.
    static func text(_ value: String?) -> Open311Node { value.map { .text($0) } ?? .null }

    /// A number node, or `.null` when the value is absent or not finite.
    static func number(_ value: Double?) -> Open311Node {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }

    /// A datetime in `Open311DateTime` form, or `.null`.
    static func datetime(_ value: Date?) -> Open311Node { value.map { .text(Open311DateTime.format($0)) } ?? .null }
}

// MARK: Reading

extension Open311Node {
    /// The first field named `key` of an object; nil for other nodes or a missing field.
    subscript(key: String) -> Open311Node? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.name == key }?.value
    }

    /// A scalar as text: numbers and booleans are spelled out; nil for null, objects and lists.
    var scalarText: String? {
        switch self {
        case .text(let value): value
        case .integer(let value): String(value)
        case .number(let value): Open311JSONWriter.spell(value)
        case .bool(let value): value ? "true" : "false"
        case .null, .object, .list: nil
        }
    }

    /// The entries of a list. An XML wrapper arrives as an object (its children in order) and an empty XML
    /// wrapper as empty text; both count. nil for anything else.
    var entries: [Open311Node]? {
        switch self {
        case .list(_, let items): items
        case .object(let fields): fields.map(\.value)
        case .null: []
        case .text(let value): value.allSatisfy(\.isWhitespace) ? [] : nil
        default: nil
        }
    }

    var boolValue: Bool? {
        switch self {
        case .bool(let value): value
        case .integer(let value) where value == 0 || value == 1: value == 1
        case .text(let value):
            switch value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
            case "true", "1": true
            case "false", "0": false
            default: nil
            }
        default: nil
        }
    }

    var doubleValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        case .text(let value): Double(value.trimmingCharacters(in: .whitespacesAndNewlines))
        default: nil
        }
    }

    var intValue: Int? {
        switch self {
        case .integer(let value): value
        case .number(let value) where value.rounded() == value && abs(value) < 1e15: Int(value)
        case .text(let value): Int(value.trimmingCharacters(in: .whitespacesAndNewlines))
        default: nil
        }
    }

    // MARK: Field accessors that throw `Open311DecodingError`

    /// A field that must be present; empty text is returned as "".
    func requiredString(_ key: String) throws(Open311DecodingError) -> String {
        guard let value = self[key]?.scalarText else { throw .missing(key) }
        return value
    }

    /// A field that may be absent; null, missing and empty text all read as nil. Free text is returned exactly as
    /// sent, surrounding whitespace included; the structured readers below (enums, dates, numbers, booleans)
    /// ignore surrounding whitespace, which pretty-printed XML from other servers carries.
    func optionalString(_ key: String) -> String? {
        guard let value = self[key]?.scalarText, !value.isEmpty else { return nil }
        return value
    }

    func requiredBool(_ key: String) throws(Open311DecodingError) -> Bool {
        guard let node = self[key] else { throw .missing(key) }
        guard let value = node.boolValue else { throw .invalid(key) }
        return value
    }

    func requiredInt(_ key: String) throws(Open311DecodingError) -> Int {
        guard let node = self[key] else { throw .missing(key) }
        guard let value = node.intValue else { throw .invalid(key) }
        return value
    }

    /// A number that may be absent (null, missing, empty); present but not numeric throws.
    func optionalDouble(_ key: String) throws(Open311DecodingError) -> Double? {
        guard optionalString(key) != nil, let node = self[key] else { return nil }
        guard let value = node.doubleValue, value.isFinite else { throw .invalid(key) }
        return value
    }

    func requiredDate(_ key: String) throws(Open311DecodingError) -> Date {
        let text = try requiredString(key).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let date = Open311DateTime.parse(text) else { throw .invalid(key) }
        return date
    }

    func optionalDate(_ key: String) throws(Open311DecodingError) -> Date? {
        guard let text = optionalString(key) else { return nil }
        guard let date = Open311DateTime.parse(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw .invalid(key)
        }
        return date
    }

    /// The entries of a list field; a missing field reads as empty.
    func list(_ key: String) throws(Open311DecodingError) -> [Open311Node] {
        guard let node = self[key] else { return [] }
        guard let entries = node.entries else { throw .invalid(key) }
        return entries
    }

    /// Raw values of an enumeration field.
    func requiredEnum<Value: RawRepresentable>(_ key: String, as: Value.Type) throws(Open311DecodingError) -> Value
    where Value.RawValue == String {
        let text = try requiredString(key).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard let value = Value(rawValue: text) else { throw .invalid(key) }
        return value
    }
}
