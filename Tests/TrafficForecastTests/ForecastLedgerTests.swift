import Foundation
import Testing
import TrafficForecast

@Suite struct ForecastLedgerTests {
    static let t0: Int64 = Backtest.mondayMidnightMillis

    static func forecast(_ model: ForecastModel, _ horizon: ForecastHorizon, target: Int64, _ value: Double) -> FlowForecast {
        FlowForecast(
            model: model, horizon: horizon, issuedAfterIntervalStartMillis: target - horizon.millis,
            targetIntervalStartMillis: target, vehPerHour: value)
    }

    /// Three 15-minute forecasts: |110−100| = 10 (10 %), |90−120| = 30 (25 %), |5−0| = 5 (no percentage).
    static func tinyLedger() -> ForecastLedger {
        var ledger = ForecastLedger()
        let step: Int64 = 900_000
        ledger.record(forecast(.holtWinters, .fifteenMinutes, target: t0, 110))
        ledger.record(forecast(.holtWinters, .fifteenMinutes, target: t0 + step, 90))
        ledger.record(forecast(.holtWinters, .fifteenMinutes, target: t0 + 2 * step, 5))
        ledger.record(forecast(.persistence, .fifteenMinutes, target: t0, 100))
        ledger.resolve(intervalStartMillis: t0, actualVehPerHour: 100)
        ledger.resolve(intervalStartMillis: t0 + step, actualVehPerHour: 120)
        ledger.resolve(intervalStartMillis: t0 + 2 * step, actualVehPerHour: 0)
        return ledger
    }

    @Test func maeAndMapeEqualHandComputedValues() throws {
        let accuracy = try #require(Self.tinyLedger().accuracy(model: .holtWinters, horizon: .fifteenMinutes))
        #expect(accuracy.count == 3)
        #expect(accuracy.maeVehPerHour == 15)  // (10 + 30 + 5) / 3
        #expect(accuracy.percentageCount == 2)
        #expect(accuracy.mapePercent == 17.5)  // (10 % + 25 %) / 2; the zero actual is skipped
        let perfect = try #require(Self.tinyLedger().accuracy(model: .persistence, horizon: .fifteenMinutes))
        #expect(perfect.maeVehPerHour == 0 && perfect.count == 1)
        #expect(Self.tinyLedger().accuracy(model: .holtWinters, horizon: .sixtyMinutes) == nil)
    }

    @Test func reissuingAForecastReplacesItAndResolvingTwiceScoresOnce() {
        var ledger = ForecastLedger()
        ledger.record(Self.forecast(.persistence, .thirtyMinutes, target: Self.t0, 50))
        ledger.record(Self.forecast(.persistence, .thirtyMinutes, target: Self.t0, 80))
        #expect(ledger.pending.count == 1)
        #expect(ledger.resolve(intervalStartMillis: Self.t0, actualVehPerHour: 100) == 1)
        #expect(ledger.resolve(intervalStartMillis: Self.t0, actualVehPerHour: 100) == 0)
        #expect(ledger.accuracy(model: .persistence, horizon: .thirtyMinutes)?.maeVehPerHour == 20)
    }

    @Test func aMissingActualDiscardsItsForecastsUnscored() {
        var ledger = ForecastLedger()
        ledger.record(Self.forecast(.persistence, .fifteenMinutes, target: Self.t0, 50))
        ledger.record(Self.forecast(.persistence, .fifteenMinutes, target: Self.t0 + 900_000, 50))
        #expect(ledger.resolve(intervalStartMillis: Self.t0, actualVehPerHour: nil) == 0)
        #expect(ledger.resolve(intervalStartMillis: Self.t0, actualVehPerHour: .nan) == 0)
        #expect(ledger.accuracy.isEmpty)
        #expect(ledger.discardPending(targetBeforeMillis: Self.t0 + 900_001) == 1)
        #expect(ledger.pending.isEmpty)
    }

    @Test func theLedgerRoundTripsThroughCodable() throws {
        var ledger = Self.tinyLedger()
        ledger.record(Self.forecast(.timeOfWeekAverage, .sixtyMinutes, target: Self.t0 + 3_600_000, 700))
        let decoded = try JSONDecoder().decode(ForecastLedger.self, from: JSONEncoder().encode(ledger))
        #expect(decoded == ledger)
        #expect(decoded.pending.map(\.model) == [.timeOfWeekAverage])
    }
}
