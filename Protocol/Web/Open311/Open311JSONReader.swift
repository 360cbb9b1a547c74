import Foundation

/// Parses UTF-8 JSON into an `Open311Node`.
///
/// Object keys come back sorted (JSON objects are unordered, and reading is by name). Integers that fit `Int`
/// become `.integer`, other numbers `.number`; arrays become lists with no XML item name.
enum Open311JSONReader {
    static func parse(_ bytes: [UInt8]) throws(Open311DecodingError) -> Open311Node {
        do {
            return try JSONDecoder().decode(Value.self, from: Data(bytes)).node
        } catch {
            throw .malformed("invalid JSON")
        }
    }

    private struct Value: Decodable {
        let node: Open311Node

        init(from decoder: any Decoder) throws {
            if let container = try? decoder.singleValueContainer() {
                if container.decodeNil() {
                    node = .null
                    return
                }
                if let value = try? container.decode(Bool.self) {
                    node = .bool(value)
                    return
                }
                if let value = try? container.decode(Int.self) {
                    node = .integer(value)
                    return
                }
                if let value = try? container.decode(Double.self) {
                    node = .number(value)
                    return
                }
                if let value = try? container.decode(String.self) {
                    node = .text(value)
                    return
                }
                if let values = try? container.decode([Value].self) {
                    node = .list(item: "", values.map(\.node))
                    return
                }
            }
            let object = try decoder.singleValueContainer().decode([String: Value].self)
            node = .object(object.keys.sorted().compactMap { key in object[key].map { .init(key, $0.node) } })
        }
    }
}
