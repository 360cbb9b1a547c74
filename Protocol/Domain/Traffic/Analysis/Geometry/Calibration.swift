/// How image pixels map to ground metres for one camera.
///
/// JSON: `{"fourPoint": {…}}` or `{"twoLine": {…}}`. Decoding also accepts the earlier
/// `{"fourPoint": {"_0": {…}}}` form, so registries stored by earlier versions still load.
public enum Calibration: Codable, Sendable, Hashable {
    case fourPoint(FourPointCalibration)
    case twoLine(TwoLineCalibration)

    private enum Key: String, CodingKey { case fourPoint, twoLine }
    private enum Wrapped: String, CodingKey { case value = "_0" }

    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: Key.self)
        guard let key = object.allKeys.first, object.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected {\"fourPoint\": {…}} or {\"twoLine\": {…}}"))
        }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if let legacy = try? object.nestedContainer(keyedBy: Wrapped.self, forKey: key), legacy.contains(.value) {
                return try legacy.decode(T.self, forKey: .value)
            }
            return try object.decode(T.self, forKey: key)
        }
        switch key {
        case .fourPoint: self = .fourPoint(try decode(FourPointCalibration.self))
        case .twoLine: self = .twoLine(try decode(TwoLineCalibration.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: Key.self)
        switch self {
        case .fourPoint(let calibration): try object.encode(calibration, forKey: .fourPoint)
        case .twoLine(let calibration): try object.encode(calibration, forKey: .twoLine)
        }
    }

    /// Solves the calibration; throws when the points are degenerate.
    public func model() throws(GeometryError) -> CalibrationModel {
        try CalibrationModel(self)
    }
}
