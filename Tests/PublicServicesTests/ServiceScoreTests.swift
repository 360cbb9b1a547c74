import Testing

@testable import PublicServices

/// Decision 766 scores: the computed indicators from the counts, the entered ones, the total.
@Suite struct ServiceScoreTests {
    @Test func theSixGroupsAddUpToOneHundredPoints() {
        #expect(ScoreIndicator.standard.map(\.max).reduce(0, +) == 100)
        #expect(Set(ScoreIndicator.standard.map(\.id)).count == ScoreIndicator.standard.count)
    }

    @Test func theProgressIndicatorCountsInProgressWithinDeadlineAsInTime() {
        var c = DossierCounts()
        c.settledEarly = 6
        c.settledOnTime = 1
        c.settledLate = 1
        c.processingWithinDeadline = 1
        c.processingOverdue = 1
        let score = ServiceScore(unit: "651", period: .month(2026, 1), counts: c, entered: [:])
        let progress = score.items.first { $0.indicator.id == "2.1" }
        #expect(progress?.ratio == 0.8)
        #expect(progress?.points == 16)
    }

    @Test func aThresholdGivesFullMarksBeforeOneHundredPercent() {
        let online = ScoreIndicator.standard.first { $0.id == "3.3" }!
        #expect(online.score(0.5) == 6)
        #expect(online.score(0.25) == 3)
        #expect(online.score(0.9) == 6)
    }

    @Test func theTotalSumsWhatHasARatioAndSaysWhatWasPossible() {
        var c = DossierCounts()
        c.newOnline = 1
        c.settledEarly = 1
        let score = ServiceScore(unit: "651", period: .month(2026, 1), counts: c, entered: ["1.1": 1, "1.2": 0.5])
        #expect(score.total == 20 + 6 + 6 + 2 + 6)
        #expect(score.possible == 20 + 6 + 6 + 6 + 4)
    }
}
