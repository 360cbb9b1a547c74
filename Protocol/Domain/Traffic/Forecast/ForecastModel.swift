/// The name a forecaster's predictions are scored under; open so models outside this module can be tracked.
public struct ForecastModel: RawRepresentable, Hashable, Comparable, Codable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let persistence: ForecastModel = "persistence"
    public static let timeOfWeekAverage: ForecastModel = "time-of-week-average"
    public static let holtWinters: ForecastModel = "holt-winters-additive"

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: ForecastModel, rhs: ForecastModel) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }
}
