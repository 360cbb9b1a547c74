import Foundation
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

    @Test func anEntityIDIsWrittenAsFoundationWritesTheSameUUIDInLowerCase() {
        var rng = SeededGenerator(seed: 7)
        for millis in [0, 1, 1_765_000_000_000, UInt64(1) << 47] as [UInt64] {
            let id = EntityID.make(millis: millis, using: &rng)
            let bytes = id.bytes
            let uuid = UUID(uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
            #expect(id.description == uuid.uuidString.lowercased())
        }
        #expect(EntityID(high: 0, low: 0).description == "00000000-0000-0000-0000-000000000000")
        #expect(EntityID(high: .max, low: .max).description == "ffffffff-ffff-ffff-ffff-ffffffffffff")
    }
}
