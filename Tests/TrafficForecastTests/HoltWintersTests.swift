import Foundation
import Testing
import TrafficForecast

@Suite struct HoltWintersTests {
    static func fiveDays(missingFraction: Double = 0) throws -> FlowSeries {
        var generator = SyntheticFlowGenerator.buonMaThuotArterial(seed: 7)
        generator.missingFraction = missingFraction
        return try generator.series(startMillis: Backtest.mondayMidnightMillis, intervalMillis: 300_000, intervals: 5 * 288)
    }

    @Test func stateRoundTripsThroughCodableAndResumesIdentically() throws {
        let series = try Self.fiveDays()
        var original = try HoltWintersForecaster.fit(series.prefix(intervals: 4 * 288))
        var restored = try JSONDecoder().decode(HoltWintersForecaster.self, from: JSONEncoder().encode(original))
        #expect(restored == original)
        for index in (4 * 288)..<series.count {
            original.observe(series[index], intervalStartMillis: series.intervalStartMillis(at: index))
            restored.observe(series[index], intervalStartMillis: series.intervalStartMillis(at: index))
        }
        #expect(restored.forecasts() == original.forecasts())
    }

    @Test func aSnapshotInTheMiddleOfWarmUpAlsoRoundTrips() throws {
        var warming = try HoltWintersForecaster(
            intervalMillis: 300_000, parameters: .init(alpha: 0.1, beta: 0, gamma: 0.1))
        try warming.observe(Self.fiveDays().prefix(intervals: 300))
        #expect(!warming.isInitialised && warming.forecast(stepsAhead: 1) == nil)
        let restored = try JSONDecoder().decode(HoltWintersForecaster.self, from: JSONEncoder().encode(warming))
        #expect(restored == warming)
    }

    @Test func aTamperedSnapshotIsRejectedNotTrapped() throws {
        let fitted = try HoltWintersForecaster.fit(Self.fiveDays())
        var json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(fitted)) as? [String: Any])
        json["seasonalVehPerHour"] = [1.0, 2.0]
        let data = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(HoltWintersForecaster.self, from: data) }
    }

    @Test func missingIntervalsDoNotCrashOrPoisonTheForecasts() throws {
        var series = try Self.fiveDays(missingFraction: 0.1)
        let clean = try Self.fiveDays()
        // A two-hour outage on day 4 as well as the scattered losses.
        let outageStart = series.intervalStartMillis(at: 3 * 288 + 100)
        for offset in 0..<24 { try series.record(nil, intervalStartMillis: outageStart + Int64(offset) * 300_000) }
        #expect(series.missingCount > 100)

        let holey = try HoltWintersForecaster.fit(series)
        let intact = try HoltWintersForecaster.fit(clean)
        let sixDays = try SyntheticFlowGenerator.buonMaThuotArterial(seed: 7)
            .series(startMillis: Backtest.mondayMidnightMillis, intervalMillis: 300_000, intervals: 6 * 288)
        var ledger = ForecastLedger()
        for (position, forecaster) in [holey, intact].enumerated() {
            var forecaster = forecaster
            for index in 0..<288 {
                let start = clean.endMillis + Int64(index) * 300_000
                let actual = sixDays[5 * 288 + index]
                ledger.resolve(intervalStartMillis: start, actualVehPerHour: actual)
                forecaster.observe(actual, intervalStartMillis: start)
                for forecast in forecaster.forecasts() {
                    #expect(forecast.vehPerHour.isFinite)
                    var tagged = forecast
                    tagged.model = ForecastModel(rawValue: position == 0 ? "with-gaps" : "without-gaps")
                    ledger.record(tagged)
                }
            }
        }
        let withGaps = ledger.mae("with-gaps", .sixtyMinutes)
        let withoutGaps = ledger.mae("without-gaps", .sixtyMinutes)
        #expect(withGaps.isFinite)
        #expect(withGaps < 1.15 * withoutGaps)
    }

    @Test func persistenceAndTheAverageSkipMissingValuesInsteadOfForecastingNothing() throws {
        var persistence = try PersistenceForecaster(intervalMillis: 300_000)
        var average = try TimeOfWeekAverageForecaster(intervalMillis: 300_000)
        let start = Backtest.mondayMidnightMillis
        persistence.observe(400, intervalStartMillis: start)
        average.observe(400, intervalStartMillis: start)
        for forecaster in [persistence, average] as [any FlowForecaster] {
            var forecaster = forecaster
            forecaster.observe(nil, intervalStartMillis: start + 300_000)
            forecaster.observe(.nan, intervalStartMillis: start + 600_000)
            #expect(forecaster.forecast(stepsAhead: 1) == 400, "\(forecaster.model)")
            #expect(forecaster.lastIntervalStartMillis == start + 600_000)
        }
    }

    @Test func forecastsStayNilUntilTwoSeasonsAreObserved() throws {
        var forecaster = try HoltWintersForecaster(intervalMillis: 900_000, parameters: .init(alpha: 0.2, beta: 0, gamma: 0.1))
        let days = try SyntheticFlowGenerator.buonMaThuotArterial()
            .series(startMillis: Backtest.mondayMidnightMillis, intervalMillis: 900_000, intervals: 2 * 96)
        for index in 0..<(2 * 96 - 1) {
            forecaster.observe(days[index], intervalStartMillis: days.intervalStartMillis(at: index))
        }
        #expect(forecaster.forecast(.fifteenMinutes) == nil)
        forecaster.observe(days[2 * 96 - 1], intervalStartMillis: days.intervalStartMillis(at: 2 * 96 - 1))
        #expect(forecaster.forecast(.fifteenMinutes) != nil)
        #expect(forecaster.seasonalVehPerHour.count == 96)
    }

    @Test func fittingRefusesHistoryShorterThanThreeSeasonsWithAnActionableError() throws {
        let twoDays = try Self.fiveDays().prefix(intervals: 2 * 288)
        #expect(throws: TrafficForecastError.notEnoughHistory(neededIntervals: 3 * 288, availableIntervals: 2 * 288)) {
            try HoltWintersForecaster.fit(twoDays)
        }
        #expect(throws: TrafficForecastError.parameterOutOfRange(name: "gamma", value: 1.5, range: 0...1)) {
            try HoltWintersForecaster.Parameters(alpha: 0.1, beta: 0.1, gamma: 1.5)
        }
    }

    @Test func aLongOutageCostsConstantTimeAndForecastingResumes() throws {
        var forecaster = try HoltWintersForecaster.fit(Self.fiveDays())
        let last = try #require(forecaster.lastIntervalStartMillis)
        let aYearLater = last + 365 * 86_400_000
        forecaster.observe(500, intervalStartMillis: aYearLater)
        #expect(forecaster.lastIntervalStartMillis == aYearLater)
        #expect(try #require(forecaster.forecast(stepsAhead: 12)).isFinite)
        var series = try Self.fiveDays()
        #expect(throws: TrafficForecastError.intervalTooFarAhead(intervalStartMillis: aYearLater * 1000, seriesEndMillis: series.endMillis)) {
            try series.record(1, intervalStartMillis: aYearLater * 1000)
        }
    }

    @Test func reDeliveredIntervalsAreIgnored() throws {
        var forecaster = try HoltWintersForecaster.fit(Self.fiveDays())
        let before = forecaster
        let last = try #require(forecaster.lastIntervalStartMillis)
        forecaster.observe(9_999, intervalStartMillis: last)
        forecaster.observe(9_999, intervalStartMillis: last - 300_000)
        #expect(forecaster == before)
    }
}
