/// Which crossings of a counting line are lawful; the others are reported as wrong-way.
///
/// JSON: `"both"`, `"leftToRight"`, `"rightToLeft"` or `{"along": {"dx": …, "dy": …}}`. Decoding
/// also accepts the earlier `{"both": {}}` and `{"along": {"_0": {…}}}` forms, so registries
/// stored by earlier versions still load.
public enum AllowedDirection: Codable, Sendable, Hashable {
    /// Only crossings from the left side to the right side of `start → end` (see ``CrossingDirection``).
    case leftToRight
    /// Only crossings from the right side to the left side.
    case rightToLeft
    /// Both directions are lawful (two-way road); nothing is wrong-way.
    case both
    /// Lawful traffic moves along this image vector; resolved to one side once, when the geometry is compiled.
    case along(PixelVector)

    private enum Key: String, CodingKey { case both, leftToRight, rightToLeft, along }
    private enum Wrapped: String, CodingKey { case value = "_0" }

    public init(from decoder: any Decoder) throws {
        if let name = try? decoder.singleValueContainer().decode(String.self) {
            switch Key(rawValue: name) {
            case .both: self = .both
            case .leftToRight: self = .leftToRight
            case .rightToLeft: self = .rightToLeft
            case .along, nil:
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: "'\(name)' is not one of both, leftToRight, rightToLeft, {\"along\": {\"dx\", \"dy\"}}"))
            }
            return
        }
        let object = try decoder.container(keyedBy: Key.self)
        guard let key = object.allKeys.first, object.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected \"both\", \"leftToRight\", \"rightToLeft\" or {\"along\": {\"dx\", \"dy\"}}"))
        }
        switch key {
        case .both: self = .both
        case .leftToRight: self = .leftToRight
        case .rightToLeft: self = .rightToLeft
        case .along:
            if let legacy = try? object.nestedContainer(keyedBy: Wrapped.self, forKey: .along), legacy.contains(.value) {
                self = .along(try legacy.decode(PixelVector.self, forKey: .value))
            } else {
                self = .along(try object.decode(PixelVector.self, forKey: .along))
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .both: try Key.both.rawValue.encode(to: encoder)
        case .leftToRight: try Key.leftToRight.rawValue.encode(to: encoder)
        case .rightToLeft: try Key.rightToLeft.rawValue.encode(to: encoder)
        case .along(let vector):
            var object = encoder.container(keyedBy: Key.self)
            try object.encode(vector, forKey: .along)
        }
    }

    /// Whether a crossing in `direction` of the line `start → end` is lawful.
    public func permits(_ direction: CrossingDirection, start: PixelPoint, end: PixelPoint) -> Bool {
        switch self {
        case .both: return true
        case .leftToRight: return direction == .leftToRight
        case .rightToLeft: return direction == .rightToLeft
        case .along(let v):
            // Right-hand normal of start→end in y-down image coordinates is (-dy, dx).
            let nx = -(end.y - start.y), ny = end.x - start.x
            let towardsRight = v.dx * nx + v.dy * ny > 0
            return towardsRight == (direction == .leftToRight)
        }
    }
}
