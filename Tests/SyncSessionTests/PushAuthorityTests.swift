import CRDT
import Foundation
import Identity
import Replica
import SyncSession
import Testing
import Wire

/// Who may write what at the hub: a node writes its own district only, province data
/// changes only at the hub, and a record leaves a district only by that district's
/// transfer. Pushes are signed with a really enrolled key, as a stolen or buggy node's
/// would be.
@Suite struct PushAuthorityTests {
    let fixture: SyncServiceFixture
    init() throws { fixture = try SyncServiceFixture() }

    var node: SiteID { SiteID(fixture.key.publicKey.siteID) }
    let now = Replica.systemMillis()

    func change(_ seq: UInt64, _ id: EntityID, scope: String, type: String = "case", ops: [FieldOp]) -> Ioc_Sync_V1_Change {
        Ioc_Sync_V1_Change(Change(
            origin: node, seq: seq, hlc: HLCTimestamp(physicalMillis: now + seq), entityType: type, entityID: id,
            scope: scope, author: "forger", ops: ops))
    }

    func assign(_ field: String, _ json: String) -> FieldOp { FieldOp(field: field, value: Array(json.utf8)) }

    func snapshot(_ state: EntityState) -> FieldOp { FieldOp(field: "", kind: .snapshot, value: EntityStateCodec.encode(state)) }

    func refusal(_ changes: [Ioc_Sync_V1_Change]) throws -> Ioc_Sync_V1_Refusal? {
        let response = try fixture.request(fixture.push(changes))
        if case let .refusal(refusal) = response.kind { return refusal }
        return nil
    }

    /// Ea Kar pushes a record it made, so that the hub holds it in 651.
    func pushOwnRecord(_ id: EntityID) throws -> EntityState {
        let create = change(1, id, scope: "651", ops: [assign("status", "\"received\"")])
        #expect(try refusal([create]) == nil)
        return try #require(try fixture.hub.entity(id)).state
    }

    @Test func aNodeCannotDeactivateAProvinceCategory() throws {
        let category = EntityID.make(millis: 1)
        try fixture.hub.write(entity: category, type: "category", scope: Scope.province, edits: [.assign("active", json: "true")], author: "hub")
        let forged = change(1, category, scope: "651", type: "category", ops: [assign("active", "false")])
        let refused = try #require(try refusal([forged]))
        #expect(refused.code == .outOfScope)
        #expect(refused.message.contains("province"))
        let stored = try #require(try fixture.hub.entity(category))
        #expect(stored.scope == Scope.province && stored.document == #"{"active":true}"#)
        #expect(try fixture.hub.versionVector()[node] == 0)
        #expect(fixture.service.activity(of: "ea-kar").refusals == 1)
        #expect(fixture.service.activity(of: "ea-kar").lastRefusal?.contains("province") == true)
    }

    @Test func aNodeCannotCreateProvinceData() throws {
        let refused = try #require(try refusal([change(1, EntityID.make(millis: 1), scope: Scope.province, type: "category", ops: [assign("active", "true")])]))
        #expect(refused.code == .outOfScope)
    }

    @Test func aNodeCannotEditAnotherDistrictsRecord() throws {
        let theirs = EntityID.make(millis: 1)
        try fixture.hub.write(entity: theirs, type: "case", scope: "643", edits: [.assign("status", json: "\"received\"")], author: "bmt")
        let refused = try #require(try refusal([change(1, theirs, scope: "651", ops: [assign("status", "\"closed\"")])]))
        #expect(refused.code == .outOfScope)
        #expect(try fixture.hub.entity(theirs)?.document == #"{"status":"received"}"#)
    }

    @Test func aNodeCannotPullAnotherDistrictsRecordIntoItsOwnByATransfer() throws {
        let theirs = EntityID.make(millis: 1)
        try fixture.hub.write(entity: theirs, type: "case", scope: "643", edits: [.assign("status", json: "\"received\"")], author: "bmt")
        var state = try #require(try fixture.hub.entity(theirs)).state
        state.scope = "651"
        let refused = try #require(try refusal([change(1, theirs, scope: "651", ops: [snapshot(state)])]))
        #expect(refused.code == .outOfScope)
        #expect(try fixture.hub.entity(theirs)?.scope == "643")
    }

    @Test func aTransferCarryingAWriteOfTheHubThatTheHubNeverMadeIsRefused() throws {
        let id = EntityID.make(millis: 1)
        var state = try pushOwnRecord(id)
        let hubSite = fixture.hub.site
        state.apply(Change(
            origin: hubSite, seq: 77, hlc: HLCTimestamp(physicalMillis: now + 10), entityType: "case", entityID: id,
            scope: "651", author: "dieu-hanh", ops: [FieldOp(field: "status", value: Array("\"closed\"".utf8))]))
        let refused = try #require(try refusal([change(2, id, scope: "643", ops: [snapshot(state)])]))
        #expect(refused.code == .outOfScope)
        #expect(refused.message.contains("does not hold"))
        #expect(try fixture.hub.entity(id)?.scope == "651")
    }

    @Test func aNodeTransfersItsOwnRecordToAnotherDistrict() throws {
        let id = EntityID.make(millis: 1)
        let state = try pushOwnRecord(id)
        #expect(try refusal([change(2, id, scope: "643", ops: [snapshot(state), assign("note", "\"chuyển BMT\"")])]) == nil)
        #expect(try fixture.hub.entity(id)?.scope == "643")
    }

    @Test func anEditMadeBeforeTheNodeLearnedOfATransferIsKeptAndDoesNotMoveTheRecordBack() async throws {
        let id = EntityID.make(millis: 1)
        _ = try pushOwnRecord(id)
        try await fixture.hub.transfer(entity: id, to: "643", edits: [], author: "dieu-hanh")
        #expect(try refusal([change(2, id, scope: "651", ops: [assign("note", "\"ghi chú\"")])]) == nil)
        let stored = try #require(try await fixture.hub.entity(id))
        #expect(stored.scope == "643")
        #expect(stored.document.contains("ghi chú"))
    }

    @Test func aPullClaimingASequenceNumberOf2To63IsRefusedAndTheHubKeepsServing() throws {
        var pull = Ioc_Sync_V1_Pull()
        pull.have = [Ioc_Sync_V1_SiteSeq(site: fixture.hub.site, seq: 1 << 63)]
        let response = try fixture.request(.pull(pull))
        guard case let .refusal(refused) = response.kind else { Issue.record("expected a refusal, got \(response)"); return }
        #expect(refused.code == .malformed)
        #expect(refused.message.contains("9223372036854775808"))
        guard case .welcome = try fixture.request(.hello(Ioc_Sync_V1_Hello())).kind else { Issue.record("the hub stopped serving"); return }
    }

    @Test func aChangeNumbered2To63IsRefusedAsMalformed() throws {
        var huge = change(1, EntityID.make(millis: 1), scope: "651", ops: [assign("status", "\"received\"")])
        huge.seq = 1 << 63
        let refused = try #require(try refusal([huge]))
        #expect(refused.code == .malformed)
    }
}
