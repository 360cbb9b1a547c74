/// How far ahead a forecast looks, measured from the end of the last observed interval's start.
public enum ForecastHorizon: Int, Codable, Hashable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case fifteenMinutes = 15
    case thirtyMinutes = 30
    case sixtyMinutes = 60

    public var minutes: Int { rawValue }
    public var millis: Int64 { Int64(rawValue) * 60_000 }

    /// Whole intervals ahead; exact because series intervals must divide 15 minutes.
    public func steps(intervalMillis: Int64) -> Int { Int(millis / intervalMillis) }

    public static func < (lhs: ForecastHorizon, rhs: ForecastHorizon) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { "\(rawValue) min" }
}
