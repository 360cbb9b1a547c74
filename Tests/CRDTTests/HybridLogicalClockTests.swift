import CRDT
import Testing

@Suite struct HybridLogicalClockTests {
    @Test func ticksAreStrictlyIncreasingEvenWhenPhysicalTimeGoesBackwards() {
        var clock = HybridLogicalClock()
        var previous = HLCTimestamp.zero
        for physical in [1000, 1000, 999, 500, 1001, 1001] as [UInt64] {
            let stamp = clock.tick(physicalMillis: physical)
            #expect(stamp > previous)
            previous = stamp
        }
    }

    @Test func aTickFollowsEveryObservedRemoteStamp() throws {
        var clock = HybridLogicalClock()
        let remote = HLCTimestamp(physicalMillis: 2_000, logical: 7)
        try clock.observe(remote, physicalMillis: 1_900)
        #expect(clock.tick(physicalMillis: 1_900) > remote)
    }

    @Test func aRemoteStampTooFarAheadIsRefusedAndDoesNotMoveTheClock() {
        var clock = HybridLogicalClock(maxForwardSkewMillis: 60_000)
        let future = HLCTimestamp(physicalMillis: 1_000_000 + 3_600_000)
        #expect(throws: ClockError.self) { try clock.observe(future, physicalMillis: 1_000_000) }
        #expect(clock.last == .zero)
    }

    @Test func logicalCounterOverflowBorrowsTheNextMillisecond() {
        var clock = HybridLogicalClock(last: HLCTimestamp(physicalMillis: 10, logical: HLCTimestamp.maxLogical))
        let next = clock.tick(physicalMillis: 10)
        #expect(next.physicalMillis == 11 && next.logical == 0)
    }

    @Test func entityIDsRoundTripThroughTextAndBytesAndSortByTime() {
        var rng = SeededGenerator(seed: 1)
        let early = EntityID.make(millis: 1_000, using: &rng)
        let late = EntityID.make(millis: 2_000, using: &rng)
        #expect(early < late)
        #expect(EntityID(early.description) == early)
        #expect(EntityID(bytes: early.bytes) == early)
        #expect(EntityID("not-a-uuid") == nil)
    }
}
