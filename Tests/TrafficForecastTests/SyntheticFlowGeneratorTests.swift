import Synthetic
import Testing
import TrafficForecast

@Suite struct SyntheticFlowGeneratorTests {
    @Test func splitMix64MatchesTheReferenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func theSameSeedGivesTheSameSeriesAndAnotherSeedDoesNot() throws {
        let a = try SyntheticFlowGenerator.buonMaThuotArterial(seed: 1).series(startMillis: 0, intervalMillis: 300_000, intervals: 500)
        let b = try SyntheticFlowGenerator.buonMaThuotArterial(seed: 1).series(startMillis: 0, intervalMillis: 300_000, intervals: 500)
        let c = try SyntheticFlowGenerator.buonMaThuotArterial(seed: 2).series(startMillis: 0, intervalMillis: 300_000, intervals: 500)
        #expect(a == b)
        #expect(a != c)
    }

    @Test func weekdayMorningPeaksAreBusierThanWeekendMorningsAndNightsAreQuiet() {
        let generator = SyntheticFlowGenerator.buonMaThuotArterial()
        let monday = Backtest.mondayMidnightMillis
        let saturday = monday + 5 * 86_400_000
        let sevenAM: Int64 = 7 * 3_600_000
        #expect(generator.expectedVehPerHour(atMillis: monday + sevenAM) > 1.5 * generator.expectedVehPerHour(atMillis: saturday + sevenAM))
        #expect(generator.expectedVehPerHour(atMillis: monday + 3 * 3_600_000) < 150)
        #expect(generator.expectedVehPerHour(atMillis: monday + 17 * 3_600_000) > 1000)
    }

    @Test func lostIntervalsAppearAtRoughlyTheRequestedRate() throws {
        var generator = SyntheticFlowGenerator.buonMaThuotArterial()
        generator.missingFraction = 0.2
        let series = try generator.series(startMillis: 0, intervalMillis: 300_000, intervals: 2016)
        #expect((300...500).contains(series.missingCount))
    }
}
