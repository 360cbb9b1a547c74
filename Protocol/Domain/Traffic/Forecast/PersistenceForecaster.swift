/// The baseline every other model must beat: the next intervals look like the last observed one.
///
/// A missing interval does not erase the baseline; the forecast is the latest non-missing flow.
public struct PersistenceForecaster: FlowForecaster, Codable, Hashable {
    public var model: ForecastModel { .persistence }
    public let intervalMillis: Int64
    public private(set) var lastIntervalStartMillis: Int64?
    public private(set) var lastVehPerHour: Double?

    public init(intervalMillis: Int64) throws(TrafficForecastError) {
        try FlowSeries.validate(intervalMillis: intervalMillis)
        self.intervalMillis = intervalMillis
    }

    public mutating func observe(_ vehPerHour: Double?, intervalStartMillis: Int64) {
        guard let start = alignedNewIntervalStart(intervalStartMillis) else { return }
        lastIntervalStartMillis = start
        if let value = FlowSeries.sanitised(vehPerHour) { lastVehPerHour = value }
    }

    public func forecast(stepsAhead: Int) -> Double? { stepsAhead >= 1 ? lastVehPerHour : nil }
}
