import TrafficForecast

/// One camera's flow forecasts on its 15-minute intervals: a persistence baseline, the
/// time-of-week historical average and an additive Holt-Winters model (daily season, fitted once
/// two days of history exist), each scored on what actually happened by a ``ForecastLedger``.
///
/// Guarantees: every forecast issued is recorded before its target interval closes, and scored
/// exactly once when it does; intervals observed out of order or twice are ignored.
struct FlowForecastBoard: Sendable {
    static let intervalMillis: Int64 = 900_000
    static let holtWintersMinimumIntervals = 2 * 96

    private(set) var persistence: PersistenceForecaster
    private(set) var timeOfWeek: TimeOfWeekAverageForecaster
    private(set) var holtWinters: HoltWintersForecaster?
    private(set) var ledger = ForecastLedger()
    private var history: FlowSeries?

    init() {
        // The interval is a valid constant, so these initialisers cannot fail.
        persistence = (try? PersistenceForecaster(intervalMillis: Self.intervalMillis))!
        timeOfWeek = (try? TimeOfWeekAverageForecaster(intervalMillis: Self.intervalMillis))!
    }

    /// Folds in one closed interval's flow, scores the forecasts made for it, then issues new ones.
    mutating func observe(_ vehPerHour: Double?, intervalStartMillis start: Int64) {
        if let last = persistence.lastIntervalStartMillis, start <= last { return }
        ledger.resolve(intervalStartMillis: start, actualVehPerHour: vehPerHour)
        persistence.observe(vehPerHour, intervalStartMillis: start)
        timeOfWeek.observe(vehPerHour, intervalStartMillis: start)
        if holtWinters != nil {
            holtWinters?.observe(vehPerHour, intervalStartMillis: start)
        } else {
            if history == nil { history = try? FlowSeries(startMillis: start, intervalMillis: Self.intervalMillis) }
            try? history?.record(vehPerHour, intervalStartMillis: start)
            if let series = history, series.count >= Self.holtWintersMinimumIntervals,
                let fitted = try? HoltWintersForecaster.fit(series, seasonality: .daily)
            {
                holtWinters = fitted
                history = nil
            }
        }
        ledger.discardPending(targetBeforeMillis: start)
        ledger.record(forecasts())
    }

    /// The latest forecasts of every model that has enough history, by model then horizon.
    func forecasts() -> [FlowForecast] {
        persistence.forecasts() + timeOfWeek.forecasts() + (holtWinters?.forecasts() ?? [])
    }

    /// The forecast shown to staff: time-of-week average once it has the weeks it needs, else
    /// Holt-Winters, else nothing (persistence is only the yardstick).
    func preferred() -> [ForecastHorizon: Double] {
        var out: [ForecastHorizon: Double] = [:]
        for horizon in ForecastHorizon.allCases {
            if let f = timeOfWeek.forecast(horizon) ?? holtWinters?.forecast(horizon) { out[horizon] = f.vehPerHour }
        }
        return out
    }
}
