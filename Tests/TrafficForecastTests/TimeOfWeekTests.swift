import Testing
import TrafficForecast

@Suite struct TimeOfWeekTests {
    /// Monday 3 March 2025 07:00 ICT is Monday 00:00 UTC.
    static let mondaySevenICTMillis: Int64 = 1_740_960_000_000

    @Test func mondaySevenInTheMorningIsAMondaySlotInVietnamTime() {
        let time = TimeOfWeek(epochMillis: Self.mondaySevenICTMillis)
        #expect(time.isoWeekday == 1)
        #expect(time.hour == 7 && time.minute == 0)
        #expect(time.slotOfWeek(intervalMillis: 300_000) == 7 * 12)
        #expect(!time.isWeekend)
    }

    @Test func halfPastSixMondayIctIsNotSundayEvenThoughUtcStillSaysSunday() {
        let time = TimeOfWeek(epochMillis: Self.mondaySevenICTMillis - 1_800_000)
        #expect(time.isoWeekday == 1)
        #expect(time.hour == 6 && time.minute == 30)
        #expect(TimeOfWeek(epochMillis: Self.mondaySevenICTMillis - 7 * 3_600_000 - 1).isoWeekday == 7)
    }

    @Test func instantsBeforeTheEpochStillFallOnTheRightLocalDay() {
        // 1969-12-31 20:00 ICT, a Wednesday.
        let time = TimeOfWeek(epochMillis: -11 * 3_600_000)
        #expect(time.isoWeekday == 3)
        #expect(time.hour == 20)
    }

    @Test func theWeekdayFallbackTreatsMondaySixAmIctAsAWeekdayThoughUtcSaysSunday() throws {
        let interval: Int64 = 900_000
        var average = try TimeOfWeekAverageForecaster(intervalMillis: interval, minimumWeeks: 2)
        // One local week, Monday 00:00 to Sunday 23:45 ICT: weekdays busy, weekends quiet.
        for index in 0..<(7 * 96) {
            let start = Backtest.mondayMidnightMillis + Int64(index) * interval
            average.observe(TimeOfWeek(epochMillis: start).isWeekend ? 100 : 1000, intervalStartMillis: start)
        }
        // 25 intervals after Sunday 23:45 is Monday 06:00 ICT (Sunday 23:00 UTC); with one week of history the
        // forecaster falls back to the same time on days of the same kind.
        let target = Backtest.mondayMidnightMillis + 7 * 86_400_000 + 6 * 3_600_000
        #expect(average.forecast(.fifteenMinutes) != nil)
        #expect(TimeOfWeek(epochMillis: target).isoWeekday == 1)
        #expect(average.forecast(stepsAhead: 25) == 1000)
    }
}
