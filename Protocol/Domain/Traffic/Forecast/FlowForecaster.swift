/// An online flow forecaster for one camera or lane: fold in each interval as it closes, ask for forecasts.
///
/// Forecasters are values: copying one snapshots its state.
public protocol FlowForecaster: Sendable {
    var model: ForecastModel { get }
    var intervalMillis: Int64 { get }
    /// Start of the latest interval observed, missing or not.
    var lastIntervalStartMillis: Int64? { get }

    /// Folds in one closed interval. The start is floored to the interval grid; intervals skipped since the
    /// last one count as missing; an interval at or before the last one is ignored, so re-delivery is
    /// harmless. `nil`, NaN, infinite and negative flows are missing values.
    mutating func observe(_ vehPerHour: Double?, intervalStartMillis: Int64)

    /// Flow in vehicles per hour for the interval `stepsAhead` (≥ 1) after the last one observed, never
    /// negative; nil while the model lacks the history it needs.
    func forecast(stepsAhead: Int) -> Double?
}

extension FlowForecaster {
    /// The forecast for one horizon, ready to record in a ``ForecastLedger``.
    public func forecast(_ horizon: ForecastHorizon) -> FlowForecast? {
        guard let last = lastIntervalStartMillis else { return nil }
        let steps = horizon.steps(intervalMillis: intervalMillis)
        guard let value = forecast(stepsAhead: steps) else { return nil }
        return FlowForecast(
            model: model, horizon: horizon, issuedAfterIntervalStartMillis: last,
            targetIntervalStartMillis: last + Int64(steps) * intervalMillis, vehPerHour: value)
    }

    /// Forecasts for the given horizons in ascending order, skipping those the model cannot make yet.
    public func forecasts(_ horizons: [ForecastHorizon] = ForecastHorizon.allCases) -> [FlowForecast] {
        horizons.sorted().compactMap { forecast($0) }
    }

    /// Folds in every interval of a series, in order.
    public mutating func observe(_ series: FlowSeries) throws(TrafficForecastError) {
        guard series.intervalMillis == intervalMillis else {
            throw .intervalMismatch(forecasterIntervalMillis: intervalMillis, seriesIntervalMillis: series.intervalMillis)
        }
        for index in 0..<series.count {
            observe(series[index], intervalStartMillis: series.intervalStartMillis(at: index))
        }
    }
}

extension FlowForecaster {
    /// The grid-aligned start for an observation, or nil when it is not after the last one observed.
    func alignedNewIntervalStart(_ millis: Int64) -> Int64? {
        let aligned = TimeOfWeek.floorDivide(millis, intervalMillis) * intervalMillis
        if let last = lastIntervalStartMillis, aligned <= last { return nil }
        return aligned
    }
}
