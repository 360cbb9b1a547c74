import CRDT
import Foundation
import GRDB
@testable import Replica
import Testing
import Wire

@Suite struct ReplicaTests {
    let fixture: ReplicaFixture
    init() throws { fixture = try ReplicaFixture() }

    @Test func aLocalEditStoresTheEntityAndItsChangeTogether() throws {
        let node = try fixture.replica("node", site: 1)
        let id = EntityID.make(millis: 1)
        try node.assign(id, "status", "\"received\"")
        let snapshot = try #require(try node.entity(id))
        #expect(snapshot.document == #"{"status":"received"}"#)
        #expect(try node.allOwnChanges().map(\.seq) == [1])
        #expect(try node.versionVector()[SiteID(1)] == 1)
    }

    @Test func editsSurviveReopeningTheDatabase() throws {
        let id = EntityID.make(millis: 1)
        do {
            let node = try fixture.replica("node", site: 1)
            try node.assign(id, "status", "\"accepted\"")
            try node.recordSync(peer: "hub", ackedSeq: 1, error: nil)
        }
        let reopened = try fixture.replica("node", site: 1)
        #expect(try reopened.entity(id)?.document == #"{"status":"accepted"}"#)
        #expect(try reopened.peer("hub").ackedSeq == 1)
        #expect(try reopened.assign(id, "status", "\"closed\"").seq == 2)
    }

    @Test func applyingTheSameBatchTwiceChangesNothing() throws {
        let node = try fixture.replica("node", site: 1)
        let hub = try fixture.replica("hub", site: 2)
        for index in 0..<20 { try node.assign(EntityID.make(millis: UInt64(index)), "status", "\"received\"") }
        let changes = try node.allOwnChanges()
        let first = try hub.apply(changes, contiguous: true)
        let digest = try hub.stateDigest()
        let second = try hub.apply(changes, contiguous: true)
        #expect(first.applied == 20 && second.applied == 0 && second.duplicates == 20)
        #expect(try hub.stateDigest() == digest)
        #expect(try hub.stateDigest() == node.stateDigest())
    }

    @Test func replicasThatApplyTheSameChangesInDifferentOrdersEndIdentical() throws {
        let a = try fixture.replica("a", site: 1)
        let b = try fixture.replica("b", site: 2)
        let id = EntityID.make(millis: 1)
        try a.assign(id, "status", "\"received\"")
        try b.apply(try a.allOwnChanges(), contiguous: true)
        try a.assign(id, "status", "\"assigned\"", author: "an")
        try b.assign(id, "status", "\"ineligible\"", author: "binh")
        try b.write(entity: id, type: "case", scope: "651", edits: [Edit("units", .add(Array("\"police\"".utf8)))], author: "binh")
        let fromA = try a.allOwnChanges()
        let fromB = try b.allOwnChanges()
        let first = try fixture.replica("c", site: 3)
        let second = try fixture.replica("d", site: 4)
        try first.apply(fromA + fromB, contiguous: true)
        try second.apply(fromB, contiguous: true)
        try second.apply(fromA, contiguous: true)
        #expect(try first.stateDigest() == second.stateDigest())
        let conflicts = try #require(try first.entity(id)).conflicts["status"]
        #expect(Set(conflicts?.map(\.author) ?? []) == ["an", "binh"])
    }

    @Test func aPushWithAGapIsAppliedUpToTheGapOnly() throws {
        let node = try fixture.replica("node", site: 1)
        let hub = try fixture.replica("hub", site: 2)
        for index in 0..<4 { try node.assign(EntityID.make(millis: UInt64(index)), "status", "\"received\"") }
        var changes = try node.allOwnChanges()
        changes.remove(at: 2)
        let outcome = try hub.apply(changes, contiguous: true)
        #expect(outcome.applied == 2)
        #expect(outcome.gap == .init(origin: SiteID(1), expected: 3, received: 4))
        #expect(try hub.versionVector()[SiteID(1)] == 2)
    }

    @Test func aChangeStampedTooFarInTheFutureIsQuarantinedAndNothingAfterItIsApplied() throws {
        let now = Replica.systemMillis()
        let wrongClock = try fixture.replica("node", site: 1, physicalMillis: { now + 3_600_000 })
        let hub = try fixture.replica("hub", site: 2)
        try wrongClock.assign(EntityID.make(millis: 1), "status", "\"received\"")
        try wrongClock.assign(EntityID.make(millis: 2), "status", "\"received\"")
        let outcome = try hub.apply(try wrongClock.allOwnChanges(), contiguous: true)
        #expect(outcome.quarantined == 1 && outcome.applied == 0)
        #expect(outcome.clockError != nil)
        #expect(try hub.quarantineCount() == 1)
        #expect(try hub.versionVector()[SiteID(1)] == 0)
        #expect(try hub.stateDigest().entities == 0)
    }

    @Test func aPeerIsServedOnlyItsDistrictAndProvinceData() throws {
        let hub = try fixture.replica("hub", site: 9)
        let eaKar = EntityID.make(millis: 1)
        let bmt = EntityID.make(millis: 2)
        let holidays = EntityID.make(millis: 3)
        try hub.assign(eaKar, "status", "\"received\"", scope: "651")
        try hub.assign(bmt, "status", "\"received\"", scope: "643")
        try hub.assign(holidays, "dates", "[\"2026-09-02\"]", scope: Scope.province)
        let served = try hub.changes(forScopes: ["651", Scope.province], has: VersionVector(), maxBytes: 1 << 20)
        #expect(Set(try served.changes.map { try $0.change().entityID }) == [eaKar, holidays])
        #expect(served.through[SiteID(9)] == 3)
        #expect(!served.more)
    }

    @Test func batchesRespectTheByteBudgetAndResumeWhereTheyStopped() throws {
        let hub = try fixture.replica("hub", site: 9)
        let node = try fixture.replica("node", site: 1)
        for index in 0..<300 {
            try hub.assign(EntityID.make(millis: UInt64(index)), "status", "\"received\"", scope: index % 3 == 0 ? "643" : "651")
        }
        var rounds = 0
        while true {
            let batch = try hub.changes(forScopes: ["651", Scope.province], has: node.versionVector(), maxBytes: 2_000)
            #expect(batch.changes.count <= 40)
            try node.apply(try batch.changes.map { try $0.change() }, through: batch.through, contiguous: false)
            rounds += 1
            if !batch.more { break }
        }
        #expect(rounds > 3)
        #expect(try node.stateDigest().entities == 200)
        #expect(try node.stateDigest() == hub.stateDigest(scopes: ["651", Scope.province]))
        #expect(try node.versionVector()[SiteID(9)] == 300)
    }

    @Test func aLocalEditDuringALargeRemoteApplyCommitsBeforeTheApplyEnds() async throws {
        let source = try fixture.replica("source", site: 1)
        let disk = SlowDisk()
        let node = try fixture.replica("node", site: 2, projections: [disk])
        let id = EntityID.make(millis: 1)
        for index in 0..<20_000 {
            try source.assign(id, "count", "\(index)")
        }
        let changes = try source.allOwnChanges()
        // Its own thread, not the cooperative pool: a busy suite on two cores could hold the
        // apply back for longer than the wait below.
        let applied = NSCondition()
        nonisolated(unsafe) var outcome: Result<Void, any Error>?
        Thread.detachNewThread {
            let result = Result { _ = try node.apply(changes, contiguous: true) }
            applied.withLock { outcome = result; applied.broadcast() }
        }
        // The second chunk has begun (so the first committed): the apply is under way. Waiting
        // on the replica instead would queue behind the chunk this disk is holding.
        try await eventually(within: 120) { disk.remoteChunksBegun >= 2 }
        disk.localEditSubmitted()
        _ = try await node.write(entity: EntityID.make(millis: 2), type: "report", scope: "651", edits: [.assign("x", json: "1")], author: "staff")
        try await eventually(within: 120) { applied.withLock { outcome != nil } }
        try applied.withLock { outcome }?.get()
        let before = try #require(disk.remoteChangesBeforeLocalEdit)
        #expect(before < 20_000, "the local edit waited for the whole batch")
        #expect(try await node.versionVector()[SiteID(1)] == 20_000)
    }
}

/// A disk slow enough that a 20,000-change apply lasts at least 16 s, however loaded the
/// machine: from its second remote chunk on, it holds each chunk until the test has
/// submitted its local edit (so a starved test task cannot make the apply look fast), then
/// 200 ms more per chunk until the local edit has committed (then none). It records how
/// many of the remote changes had committed when the local edit did.
private final class SlowDisk: ReplicaProjection, @unchecked Sendable {
    let name = "slow-disk"
    let version = 1
    private let condition = NSCondition()
    private var remoteChunks = 0
    private var submitted = false
    private var localAt: Int?

    var remoteChangesBeforeLocalEdit: Int? { condition.withLock { localAt } }
    /// Remote chunks whose projection has begun.
    var remoteChunksBegun: Int { condition.withLock { remoteChunks } }

    /// Called by the test just before it starts its local edit.
    func localEditSubmitted() {
        condition.withLock {
            submitted = true
            condition.broadcast()
        }
    }

    func prepare(_ db: Database) throws {}
    func reset(_ db: Database) throws {}

    func entityDidChange(_ db: Database, _ entity: ProjectedEntity) throws {
        if entity.type == "report" {
            let committed = try Int.fetchOne(db, sql: "SELECT seq FROM version WHERE origin = ?", arguments: [SiteID(1).sqlValue]) ?? 0
            condition.withLock { localAt = localAt ?? committed }
            return
        }
        let waiting: Bool = condition.withLock {
            remoteChunks += 1
            if remoteChunks > 1 {
                let deadline = Date(timeIntervalSinceNow: 60)
                while !submitted, condition.wait(until: deadline) {}
            }
            return localAt == nil
        }
        if waiting { Thread.sleep(forTimeInterval: 0.2) }
    }
}

/// Waits until `condition` holds, checking every millisecond, for at most `seconds`.
func eventually(within seconds: Int = 30, _ condition: () throws -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(seconds)
    while ContinuousClock.now < deadline {
        if try condition() { return }
        try await Task.sleep(for: .milliseconds(1))
    }
    Issue.record("condition not met within \(seconds) s")
}

@Suite struct EntityStateCodecTests {
    @Test func everyStateSurvivesEncodingAndDecoding() throws {
        var rng = SystemRandomNumberGenerator()
        for round in 0..<300 {
            var state = EntityState(entityType: "case", scope: "651")
            let sites = (1...3).map { SiteID(UInt64($0) * 0x1234_5678_9ABC) }
            for step in 0..<Int.random(in: 1...30, using: &rng) {
                let stamp = Stamp(hlc: HLCTimestamp(physicalMillis: UInt64(1_000 + step)), site: sites.randomElement(using: &rng)!)
                let value = Array("\"v\(step)-đắk lắk\"".utf8)
                let op: FieldOp
                switch step % 5 {
                case 0: op = FieldOp(field: "status", value: value, base: state.registers["status"]?.currentStamps.filter { _ in Bool.random() } ?? [])
                case 1: op = FieldOp(field: "units", kind: .setAdd, value: value)
                case 2: op = FieldOp(field: "units", kind: .setRemove, value: value, base: [stamp])
                case 3: op = FieldOp(field: "comments", kind: .append, value: value)
                default: op = FieldOp(field: "flow", kind: .count, value: Array("\(Int.random(in: -50...50))".utf8))
                }
                state.apply(Change(origin: stamp.site, seq: UInt64(step + 1), hlc: stamp.hlc, entityType: "case",
                    entityID: EntityID(high: 1, low: 1), scope: round % 2 == 0 ? "651" : Scope.province, author: "cán bộ \(step)", ops: [op]))
            }
            #expect(try EntityStateCodec.decode(EntityStateCodec.encode(state)) == state)
        }
    }

    @Test func truncatedOrGarbageStateIsRejectedNotTrapped() {
        var state = EntityState(entityType: "report", scope: "651")
        state.apply(Change(origin: SiteID(1), seq: 1, hlc: HLCTimestamp(physicalMillis: 5), entityType: "report",
            entityID: EntityID(high: 1, low: 1), scope: "651", author: "a", ops: [FieldOp(field: "x", value: Array("1".utf8))]))
        let bytes = EntityStateCodec.encode(state)
        for length in 0..<bytes.count {
            #expect(throws: EntityStateCodec.Malformed.self) { try EntityStateCodec.decode(Array(bytes.prefix(length))) }
        }
        #expect(throws: EntityStateCodec.Malformed.self) { try EntityStateCodec.decode([1, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]) }
    }
}

@Suite struct FullDiskTests {
    @Test func aFullDiskRefusesTheEditWithAClearErrorAndKeepsEverythingWrittenBefore() throws {
        let fixture = try ReplicaFixture()
        let node = try fixture.replica("node", site: 1)
        let kept = EntityID.make(millis: 1)
        try node.assign(kept, "status", "\"received\"")
        // SQLite answers SQLITE_FULL past max_page_count, exactly as on a full disk.
        let pages = try node.withDatabase { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        _ = try node.withDatabase { db in try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages + 2)") }
        var refusal: ReplicaError?
        for index in 0..<2_000 where refusal == nil {
            do {
                try node.write(entity: EntityID.make(millis: UInt64(index + 10)), type: "report", scope: "651",
                    edits: [.assign("description", json: "\"\(String(repeating: "x", count: 2_000))\"")], author: "staff")
            } catch {
                refusal = error
            }
        }
        guard case .diskFull = refusal else { Issue.record("expected diskFull, got \(String(describing: refusal))"); return }
        #expect(refusal?.description.contains("free some space") == true)
        #expect(try node.entity(kept)?.document == #"{"status":"received"}"#)
        let held = try node.versionVector()[SiteID(1)]
        #expect(try node.allOwnChanges().count == Int(held), "a refused edit left a change behind")
        _ = try node.withDatabase { db in try Int.fetchOne(db, sql: "PRAGMA max_page_count = 1000000000") }
        #expect(try node.assign(kept, "status", "\"accepted\"").seq == held + 1)
    }
}
