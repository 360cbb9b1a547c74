import Testing

@testable import CyberSecurity

/// Under a flood, pending alert counts are written every two seconds, or less often when
/// writing them is slow, so that flushing never takes more than a sixth of the time.
@Suite struct CountFlushPacingTests {
    @Test func countsAreDueTwoSecondsAfterTheLastQuickFlush() {
        var pacing = CountFlushPacing(now: 10_000)
        #expect(!pacing.isDue(at: 11_999))
        #expect(pacing.isDue(at: 12_000))
        pacing.flushed(from: 12_000, to: 12_050)
        #expect(!pacing.isDue(at: 14_049))
        #expect(pacing.isDue(at: 14_050))
    }

    @Test func aLongFlushWaitsFiveTimesItsLengthBeforeTheNext() {
        var pacing = CountFlushPacing(now: 0)
        pacing.flushed(from: 2_000, to: 3_000)
        #expect(!pacing.isDue(at: 5_000))
        #expect(!pacing.isDue(at: 7_999))
        #expect(pacing.isDue(at: 8_000))
    }

    @Test func aQuickFlushAfterALongOneBringsBackTheTwoSecondInterval() {
        var pacing = CountFlushPacing(now: 0)
        pacing.flushed(from: 2_000, to: 3_000)
        pacing.flushed(from: 8_000, to: 8_010)
        #expect(pacing.isDue(at: 10_010))
    }

    @Test func aClockThatWentBackDoesNotMakeAFlushLookLong() {
        var pacing = CountFlushPacing(now: 0)
        pacing.flushed(from: 5_000, to: 4_000)
        #expect(pacing.isDue(at: 6_000))
    }
}
