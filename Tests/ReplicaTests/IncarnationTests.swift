import CRDT
import Foundation
import Replica
import Synchronization
import Testing
import Wire

/// A site never issues a sequence number or a stamp twice: when its clock was far ahead
/// and has been put right, or its database went back to an older copy, it continues as a
/// new incarnation, and nothing either side wrote is lost.
@Suite struct IncarnationTests {
    let fixture: ReplicaFixture
    init() throws { fixture = try ReplicaFixture() }

    static let hour: UInt64 = 3_600_000

    @Test func aNodeWhoseClockWasPutBackKeepsSyncingAndItsQuarantinedEditsDrainWhenTimeCatchesUp() throws {
        let now = Replica.systemMillis()
        let nodeClock = Mutex(now + 2 * Self.hour)
        let hubClock = Mutex(now)
        let node = try fixture.replica("node", site: 1, physicalMillis: { nodeClock.withLock { $0 } })
        let hub = try fixture.replica("hub", site: 9, physicalMillis: { hubClock.withLock { $0 } })
        let id = EntityID.make(millis: 1)
        let ahead = try node.assign(id, "status", "\"assigned\"")
        #expect(try hub.apply([ahead], contiguous: true).quarantined == 1)

        nodeClock.withLock { $0 = now + 1_000 }
        let corrected = try node.assign(id, "status", "\"closed\"")
        #expect(corrected.origin != ahead.origin)
        #expect(corrected.origin == SiteID(1).incarnation(1) && corrected.seq == 1)
        #expect(node.ownSites == [SiteID(1), SiteID(1).incarnation(1)])
        #expect(try node.entity(id)?.document == #"{"status":"closed"}"#)

        // The new incarnation's edit is taken at once; the old one waits for the hub's time.
        #expect(try hub.apply([corrected], contiguous: true).applied == 1)
        #expect(try hub.apply([ahead], contiguous: true).quarantined == 1)
        #expect(try hub.quarantineCount() == 1)
        hubClock.withLock { $0 = now + 2 * Self.hour }
        #expect(try hub.apply([ahead], contiguous: true).applied == 1)
        #expect(try hub.quarantineCount() == 0)
        #expect(try hub.entity(id)?.document == #"{"status":"closed"}"#)
        #expect(try hub.stateDigest() == node.stateDigest())
    }

    @Test func aReplicaThatNeverRanAheadStaysInItsFirstIncarnation() throws {
        let node = try fixture.replica("node", site: 1)
        for index in 0..<5 { try node.assign(EntityID.make(millis: UInt64(index)), "status", "\"received\"") }
        #expect(node.incarnation == 0 && node.site == SiteID(1))
    }

    @Test func aRestoredReplicaRebasesItsNewEditsOntoTheHubsCopyAndLosesNothing() throws {
        let node = try fixture.replica("node", site: 1)
        let hub = try fixture.replica("hub", site: 9)
        let shared = EntityID.make(millis: 1)
        try node.assign(shared, "status", "\"received\"")
        for index in 0..<4 { try node.assign(EntityID.make(millis: UInt64(10 + index)), "status", "\"received\"") }
        try hub.apply(try node.allOwnChanges(), contiguous: true)
        let backup = fixture.folder + "/backup.sqlite"
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: node.path + suffix) {
            try FileManager.default.copyItem(atPath: node.path + suffix, toPath: backup + suffix)
        }

        // After the copy: five more edits reach the hub, then the copy is put back.
        try node.assign(shared, "status", "\"assigned\"", author: "before-restore")
        for index in 0..<4 { try node.assign(EntityID.make(millis: UInt64(20 + index)), "status", "\"received\"") }
        try hub.apply(try node.allOwnChanges(), contiguous: true)
        let lost = try node.allOwnChanges().filter { $0.seq > 5 }

        let restored = try Replica(path: backup, site: SiteID(1))
        try restored.assign(shared, "note", "\"sau khôi phục\"", author: "after-restore")
        for index in 0..<4 { try restored.assign(EntityID.make(millis: UInt64(30 + index)), "status", "\"received\"") }
        #expect(try restored.allOwnChanges().map(\.seq) == Array(1...10))  // numbers the hub already holds

        let outcome = try restored.rebase(retiring: SiteID(1), agreedThrough: 5, hubChanges: lost, hubHeld: 10)
        #expect(outcome.reissued == 5 && outcome.recovered == 5)
        #expect(restored.site == SiteID(1).incarnation(1))
        let reissued = try restored.ownChanges(of: restored.site, after: 0, maxBytes: .max).map { try $0.change() }
        #expect(reissued.map(\.seq) == Array(1...5))
        #expect(try hub.apply(reissued, contiguous: true).applied == 5)
        #expect(try hub.stateDigest() == restored.stateDigest())
        #expect(try hub.stateDigest().entities == 1 + 4 + 4 + 4)
        #expect(try restored.entity(shared)?.document == #"{"note":"sau khôi phục","status":"assigned"}"#)
    }
}
