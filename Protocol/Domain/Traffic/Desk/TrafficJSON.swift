import CRDT
import Foundation

/// The one JSON encoder traffic values are stored and served with: sorted keys, so the same
/// value always gives the same bytes (a rewrite of an unchanged camera changes nothing).
enum TrafficJSON {
    static func encode<T: Encodable>(_ value: T) -> Payload {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { Array($0) } ?? Array("null".utf8)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
