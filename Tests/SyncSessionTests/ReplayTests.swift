import CRDT
import Foundation
import Identity
import SyncSession
import Testing
import Wire

/// A captured request is useless twice, and an answer counts only if the hub signed it
/// for the request it answers. No clock decides anything.
@Suite struct ReplayTests {
    let fixture: SyncServiceFixture
    init() throws { fixture = try SyncServiceFixture() }

    @Test func aReplayedPushIsRefusedCountedAndAppliesNothingTwice() throws {
        let sealed = try fixture.seal(fixture.push([fixture.change(seq: 1, scope: "651")]))
        guard case let .pushAck(ack) = try fixture.answer(to: sealed).kind else { Issue.record("the first push was not taken"); return }
        #expect(ack.applied == 1)
        let again = try fixture.answer(to: sealed)
        guard case let .refusal(refusal) = again.kind else { Issue.record("the replay was answered: \(again)"); return }
        #expect(refusal.code == .replay)
        #expect(fixture.service.statistics.replays == 1)
        #expect(try fixture.hub.versionVector()[SiteID(fixture.key.publicKey.siteID)] == 1)
    }

    @Test func aRequestNamingASessionTheHubNeverOpenedIsRefused() throws {
        var request = Ioc_Sync_V1_Request()
        request.protocolVersion = SyncLimits.protocolVersion
        request.site = fixture.key.publicKey.siteID
        request.district = "651"
        request.session = Data(repeating: 0xAB, count: 16)
        request.counter = 1
        request.kind = .pull(Ioc_Sync_V1_Pull())
        let response = try fixture.answer(to: try SignedEnvelope.seal(request, with: fixture.key))
        guard case let .refusal(refusal) = response.kind else { Issue.record("expected a refusal, got \(response)"); return }
        #expect(refusal.code == .unknownSession)
    }

    @Test func aSessionOpenedForOneKeyCannotBeUsedWithAnother() throws {
        _ = try fixture.request(.pull(Ioc_Sync_V1_Pull()))
        let other = try SigningKey.generate()
        _ = try fixture.service.enrolments.enrol(other.publicKey, name: "ea-kar-2", district: "651")
        var request = Ioc_Sync_V1_Request()
        request.protocolVersion = SyncLimits.protocolVersion
        request.site = other.publicKey.siteID
        request.district = "651"
        (request.session, request.counter) = fixture.session.withLock { ($0.nonce, $0.counter + 1) }
        request.kind = .pull(Ioc_Sync_V1_Pull())
        let response = try fixture.answer(to: try SignedEnvelope.seal(request, with: other))
        guard case let .refusal(refusal) = response.kind else { Issue.record("expected a refusal, got \(response)"); return }
        #expect(refusal.code == .unknownSession)
    }

    @Test func anAnswerToAnotherRequestIsRejectedByTheNode() throws {
        let first = try fixture.seal(.pull(Ioc_Sync_V1_Pull()))
        let second = try fixture.seal(.pull(Ioc_Sync_V1_Pull()))
        let answer = fixture.service.handle(first)
        #expect(throws: SyncRefusal.self) { try SignedAnswer.open(answer, answering: second, hubKey: fixture.hubKey.publicKey) }
        #expect(try SignedAnswer.open(answer, answering: first, hubKey: fixture.hubKey.publicKey).kind != nil)
    }

    @Test func anAnswerNotSignedByThePinnedHubKeyIsRejected() throws {
        let sealed = try fixture.seal(.hello(Ioc_Sync_V1_Hello()))
        let forger = try SigningKey.generate()
        var response = Ioc_Sync_V1_Response()
        response.welcome = Ioc_Sync_V1_Welcome()
        let forged = SignedAnswer.seal(response, answering: sealed, with: forger)
        do {
            _ = try SignedAnswer.open(forged, answering: sealed, hubKey: fixture.hubKey.publicKey)
            Issue.record("a forged answer was taken")
        } catch {
            #expect(error.code == .badSignature)
        }
    }
}

/// One node cannot take the hub from the others.
@Suite struct NodeQuotaTests {
    @Test func aNodeOverItsRequestRateIsRefusedWhileAnotherNodeIsServed() throws {
        let quota = NodeQuota(inFlight: 10, burst: 5, perSecond: 0.1)
        for _ in 0..<5 {
            try quota.admit("ea-kar")
            quota.release("ea-kar")
        }
        #expect(throws: SyncRefusal.self) { try quota.admit("ea-kar") }
        try quota.admit("buon-ho")
    }

    @Test func aNodeCannotHoldMoreWorkersThanItsShare() throws {
        let quota = NodeQuota(inFlight: 2, burst: 100, perSecond: 100)
        try quota.admit("ea-kar")
        try quota.admit("ea-kar")
        do {
            try quota.admit("ea-kar")
            Issue.record("a third request in flight was admitted")
        } catch {
            #expect(error.code == .rateLimited)
        }
        quota.release("ea-kar")
        try quota.admit("ea-kar")
    }

    @Test func theHubRefusesAFloodingNodeWithRateLimitedAndCountsIt() throws {
        let fixture = try SyncServiceFixture(quota: NodeQuota(inFlight: 4, burst: 3, perSecond: 0.1))
        var codes: [Ioc_Sync_V1_Refusal.Code] = []
        for _ in 0..<6 {
            if case let .refusal(refusal) = try fixture.request(.pull(Ioc_Sync_V1_Pull())).kind { codes.append(refusal.code) }
        }
        #expect(codes.contains(.rateLimited))
        #expect(fixture.service.statistics.rateLimited == codes.count)
    }
}
