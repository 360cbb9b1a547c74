import Testing
import TrafficForecast

@Suite struct FlowSeriesTests {
    @Test func faultyReadingsAreStoredAsMissingIntervals() throws {
        var series = try FlowSeries(startMillis: Backtest.mondayMidnightMillis, intervalMillis: 300_000, valuesVehPerHour: [120, .nan])
        series.append(-4)
        series.append(.infinity)
        series.append(480)
        #expect(series.valuesVehPerHour == [120, nil, nil, nil, 480])
        #expect(series.missingCount == 3)
    }

    @Test func recordingAfterAGapFillsTheGapWithMissingIntervalsAndLateValuesCorrectInPlace() throws {
        let start = Backtest.mondayMidnightMillis
        var series = try FlowSeries(startMillis: start, intervalMillis: 900_000)
        try series.record(600, intervalStartMillis: start)
        try series.record(660, intervalStartMillis: start + 3 * 900_000 + 12_345)
        #expect(series.valuesVehPerHour == [600, nil, nil, 660])
        try series.record(630, intervalStartMillis: start + 900_000)
        #expect(series.valuesVehPerHour == [600, 630, nil, 660])
        #expect(series.endMillis == start + 4 * 900_000)
        #expect(series.index(containing: start + 2 * 900_000 + 1) == 2)
        #expect(throws: TrafficForecastError.intervalBeforeSeriesStart(intervalStartMillis: start - 1, seriesStartMillis: start)) {
            try series.record(1, intervalStartMillis: start - 1)
        }
    }

    @Test func intervalsThatDoNotDivideFifteenMinutesOrMisalignedStartsAreRefused() {
        #expect(throws: TrafficForecastError.intervalMustDivideFifteenMinutes(intervalMillis: 420_000)) {
            try FlowSeries(startMillis: 0, intervalMillis: 420_000)
        }
        #expect(throws: TrafficForecastError.startNotOnIntervalBoundary(startMillis: 60_000, intervalMillis: 300_000)) {
            try FlowSeries(startMillis: 60_000, intervalMillis: 300_000)
        }
        #expect(TrafficForecastError.intervalMustDivideFifteenMinutes(intervalMillis: 420_000).description.contains("15 minutes"))
    }

    @Test func horizonsAreWholeIntervalsForFiveAndFifteenMinuteSeries() {
        #expect(ForecastHorizon.allCases.map { $0.steps(intervalMillis: 300_000) } == [3, 6, 12])
        #expect(ForecastHorizon.allCases.map { $0.steps(intervalMillis: 900_000) } == [1, 2, 4])
    }
}
