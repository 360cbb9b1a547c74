import Foundation

/// One exported dossier as a bag of named values: a JSON object or a CSV row, its keys
/// compared without case, spaces, underscores or hyphens, so `MaHoSo`, `maHoSo` and `ma_ho_so`
/// are one key.
struct ExportedRecord {
    private var values: [String: Any]

    init(_ object: [String: Any]) {
        values = Dictionary(object.map { (Self.key($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    static func key(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// The first of `names` present with a value that is not null or empty text.
    func value(_ names: [String]) -> Any? {
        for name in names {
            guard let value = values[Self.key(name)] else { continue }
            if value is NSNull { continue }
            if let text = value as? String, text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            return value
        }
        return nil
    }

    /// The value as text: strings as they are, numbers and booleans written out.
    func text(_ names: [String]) -> String? {
        switch value(names) {
        case let text as String: text.trimmingCharacters(in: .whitespacesAndNewlines)
        case let number as Int: String(number)
        case let number as Int64: String(number)
        case let number as Double: number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case let flag as Bool: flag ? "1" : "0"
        default: nil
        }
    }

    func objects(_ names: [String]) -> [ExportedRecord]? {
        guard let list = value(names) as? [Any] else { return nil }
        return list.compactMap { ($0 as? [String: Any]).map(ExportedRecord.init) }
    }

    func object(_ names: [String]) -> ExportedRecord? {
        (value(names) as? [String: Any]).map(ExportedRecord.init)
    }

    func list(_ names: [String]) -> [String]? {
        switch value(names) {
        case let list as [Any]: list.compactMap { $0 as? String }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case let text as String: text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        default: nil
        }
    }
}
