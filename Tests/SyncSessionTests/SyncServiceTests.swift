import Attachments
import CRDT
import Foundation
import Identity
import Logging
import Replica
import SyncSession
import Testing
import Wire

/// The hub's checks on who may write what, exercised on a `SyncService` directly.
@Suite struct SyncServiceTests {
    let fixture: SyncServiceFixture
    init() throws { fixture = try SyncServiceFixture() }
    var hub: Replica { fixture.hub }
    func request(_ kind: Ioc_Sync_V1_Request.OneOf_Kind, district: String = "651", key: SigningKey? = nil, version: UInt32 = SyncLimits.protocolVersion) throws -> Ioc_Sync_V1_Response {
        try fixture.request(kind, district: district, key: key, version: version)
    }
    func change(seq: UInt64, scope: String, origin: SiteID? = nil) -> Ioc_Sync_V1_Change { fixture.change(seq: seq, scope: scope, origin: origin) }
    func push(_ changes: [Ioc_Sync_V1_Change]) -> Ioc_Sync_V1_Request.OneOf_Kind { fixture.push(changes) }

    @Test func anEnrolledNodePushesItsOwnDistrictChangesAndGetsThemAcknowledged() throws {
        let response = try request(push([change(seq: 1, scope: "651"), change(seq: 2, scope: "651")]))
        guard case let .pushAck(ack) = response.kind else { Issue.record("expected an ack, got \(response)"); return }
        #expect(ack.ackedSeq == 2 && ack.applied == 2)
    }

    @Test func aPushWithOneChangeOutsideTheNodesDistrictIsRefusedWhole() throws {
        let response = try request(push([change(seq: 1, scope: "651"), change(seq: 2, scope: "643")]))
        guard case let .refusal(refusal) = response.kind else { Issue.record("expected a refusal"); return }
        #expect(refusal.code == .outOfScope)
        #expect(refusal.message.contains("643"))
        #expect(try hub.versionVector().entries.isEmpty)
    }

    @Test func aPushOfAnotherSitesChangesIsRefused() throws {
        let response = try request(push([change(seq: 1, scope: "651", origin: SiteID(12345))]))
        guard case let .refusal(refusal) = response.kind else { Issue.record("expected a refusal"); return }
        #expect(refusal.code == .outOfScope)
    }

    @Test func anUnenrolledKeyIsRefusedWithTheCommandThatEnrolsIt() throws {
        let stranger = try SigningKey.generate()
        let response = try request(.hello(Ioc_Sync_V1_Hello()), key: stranger)
        guard case let .refusal(refusal) = response.kind else { Issue.record("expected a refusal"); return }
        #expect(refusal.code == .unknownKey)
        #expect(refusal.message.contains("ioc-hub enrol") && refusal.message.contains(stranger.publicKey.hex))
    }

    @Test func aNodeClaimingAnotherDistrictIsRefused() throws {
        let response = try request(.hello(Ioc_Sync_V1_Hello()), district: "643")
        guard case let .refusal(refusal) = response.kind else { Issue.record("expected a refusal"); return }
        #expect(refusal.code == .wrongDistrict)
    }

    @Test func anotherProtocolVersionIsRefused() throws {
        let response = try request(.hello(Ioc_Sync_V1_Hello()), version: 99)
        guard case let .refusal(refusal) = response.kind else { Issue.record("expected a refusal"); return }
        #expect(refusal.code == .protocolVersion)
    }

    @Test func aPushStampedAnHourAheadIsQuarantinedAndReportedAsClockSkew() throws {
        var ahead = change(seq: 1, scope: "651")
        ahead.hlc = HLCTimestamp(physicalMillis: Replica.systemMillis() + 3_600_000).rawValue
        let response = try request(push([ahead]))
        guard case let .refusal(refusal) = response.kind else { Issue.record("expected a refusal"); return }
        #expect(refusal.code == .clockSkew)
        #expect(try hub.quarantineCount() == 1)
    }
}
