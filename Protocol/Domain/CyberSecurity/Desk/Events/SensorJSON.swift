import Foundation

/// The JSON reading both sensor formats share: decoding into the format's own shape, with
/// a decoder's failure told as the field it stopped at.
enum SensorJSON {
    /// One decoder for every message: making one is a fifth of reading a short alert.
    private static let decoder = JSONDecoder()

    static func decode<Shape: Decodable>(_ shape: Shape.Type, from data: Data) throws(SecurityEventProblem) -> Shape {
        do {
            return try decoder.decode(shape, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .missingField((context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: "."))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            // At the top: an array, a string, a number — anything but an object.
            guard !context.codingPath.isEmpty else { throw .notJSON }
            throw .missingField(context.codingPath.map(\.stringValue).joined(separator: "."))
        } catch {
            throw .notJSON
        }
    }
}
