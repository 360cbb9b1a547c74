import Testing
import TrafficForecast

@Suite struct ForecastComparisonTests {
    @Test func holtWintersBeatsPersistenceOnADailySeasonalSeries() throws {
        let backtest = try Backtest()
        var persistence = try PersistenceForecaster(intervalMillis: Backtest.intervalMillis)
        try persistence.observe(backtest.training)
        let holtWinters = try HoltWintersForecaster.fit(backtest.training, seasonality: .daily)
        let ledger = backtest.replayLastWeek([persistence, holtWinters])
        for horizon in [ForecastHorizon.thirtyMinutes, .sixtyMinutes] {
            #expect(ledger.mae(.holtWinters, horizon) < 0.8 * ledger.mae(.persistence, horizon), "\(horizon)")
        }
    }

    @Test func timeOfWeekAverageBeatsPersistenceAtThirtyAndSixtyMinutes() throws {
        let backtest = try Backtest()
        var persistence = try PersistenceForecaster(intervalMillis: Backtest.intervalMillis)
        var average = try TimeOfWeekAverageForecaster(intervalMillis: Backtest.intervalMillis)
        try persistence.observe(backtest.training)
        try average.observe(backtest.training)
        let ledger = backtest.replayLastWeek([persistence, average])
        for horizon in [ForecastHorizon.thirtyMinutes, .sixtyMinutes] {
            #expect(ledger.mae(.timeOfWeekAverage, horizon) < 0.8 * ledger.mae(.persistence, horizon), "\(horizon)")
        }
    }

    @Test func weeklySeasonIsChosenWhenWeekendsDifferAndItForecastsBetterThanTheDailyOne() throws {
        let backtest = try Backtest()
        let chosen = try HoltWintersForecaster.fitChoosingSeasonality(backtest.training)
        #expect(chosen.seasonality == .weekly)
        let daily = try HoltWintersForecaster.fit(backtest.training, seasonality: .daily)
        let weeklyMAE = backtest.replayLastWeek([chosen]).mae(.holtWinters, .sixtyMinutes)
        let dailyMAE = backtest.replayLastWeek([daily]).mae(.holtWinters, .sixtyMinutes)
        #expect(weeklyMAE < dailyMAE)
    }

    @Test func everyModelForecastsEveryHorizonOnceItHasHistory() throws {
        let backtest = try Backtest()
        let holtWinters = try HoltWintersForecaster.fit(backtest.training)
        let forecasts = holtWinters.forecasts()
        #expect(forecasts.map(\.horizon) == [.fifteenMinutes, .thirtyMinutes, .sixtyMinutes])
        let lastStart = backtest.training.intervalStartMillis(at: backtest.training.count - 1)
        #expect(forecasts.map(\.targetIntervalStartMillis) == [lastStart + 900_000, lastStart + 1_800_000, lastStart + 3_600_000])
        #expect(forecasts.allSatisfy { $0.vehPerHour >= 0 && $0.issuedAfterIntervalStartMillis == lastStart })
    }
}
