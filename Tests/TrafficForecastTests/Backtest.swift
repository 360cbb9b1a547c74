import TrafficForecast

/// Four weeks of synthetic Buôn Ma Thuột 5-minute flows to learn from, then a fifth week replayed online:
/// each interval is scored, observed and forecast from, exactly as a node would.
struct Backtest {
    /// Monday 3 March 2025, 00:00 ICT.
    static let mondayMidnightMillis: Int64 = 1_740_934_800_000
    static let intervalMillis: Int64 = 300_000
    static let intervalsPerWeek = 2016

    let series: FlowSeries
    var training: FlowSeries { series.prefix(intervals: 4 * Self.intervalsPerWeek) }

    init(generator: SyntheticFlowGenerator = .buonMaThuotArterial()) throws {
        series = try generator.series(
            startMillis: Self.mondayMidnightMillis, intervalMillis: Self.intervalMillis, intervals: 5 * Self.intervalsPerWeek)
    }

    /// Replays the fifth week through forecasters that have seen the first four and returns the ledger.
    func replayLastWeek(_ forecasters: [any FlowForecaster]) -> ForecastLedger {
        var forecasters = forecasters
        var ledger = ForecastLedger()
        for index in (4 * Self.intervalsPerWeek)..<series.count {
            let start = series.intervalStartMillis(at: index)
            ledger.resolve(intervalStartMillis: start, actualVehPerHour: series[index])
            for position in forecasters.indices {
                forecasters[position].observe(series[index], intervalStartMillis: start)
                ledger.record(forecasters[position].forecasts())
            }
        }
        return ledger
    }
}

extension ForecastLedger {
    func mae(_ model: ForecastModel, _ horizon: ForecastHorizon) -> Double {
        accuracy(model: model, horizon: horizon)?.maeVehPerHour ?? .infinity
    }
}
