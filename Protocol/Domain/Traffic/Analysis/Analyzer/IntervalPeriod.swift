/// Aggregation periods. Intervals are aligned to multiples of the period since the Unix epoch
/// (UTC), so 5-minute intervals start at :00, :05, … and 15-minute ones at :00, :15, :30, :45 in
/// every time zone with a whole-quarter-hour offset, including Vietnam (UTC+7).
public enum IntervalPeriod: String, Codable, Sendable, Hashable, CaseIterable {
    case thirtySeconds
    case fiveMinutes
    case fifteenMinutes

    public var millis: Int64 {
        switch self {
        case .thirtySeconds: 30_000
        case .fiveMinutes: 300_000
        case .fifteenMinutes: 900_000
        }
    }

    /// Start of the interval containing `timeMillis`.
    public func start(containing timeMillis: Int64) -> Int64 {
        let q = timeMillis / millis
        return (timeMillis % millis < 0 ? q - 1 : q) * millis
    }
}
