import Testing

@testable import SiteProbes

/// A check's reading, the confirmation before "down", and the verdict across vantage points.
@Suite struct SiteVerdictTests {
    static let at: Int64 = 1_796_000_000_000

    static func result(status: Int? = 200, failure: ProbeFailure? = nil, body: String = "<h1>Sở Y tế</h1>", total: Double = 120, certificate: ProbeCertificate? = nil) -> ProbeResult {
        ProbeResult(at: at, url: "https://soyte.daklak.gov.vn/", status: status, failure: failure, timings: ProbeTimings(total: total), certificate: certificate, body: Array(body.utf8))
    }

    @Test func aFastAnswerWithItsKeywordIsHealthy() {
        #expect(SiteExpectation(keyword: "Sở Y tế").assess(Self.result()).health == .healthy)
    }

    @Test func aPageWithoutItsKeywordFailsAsIfItDidNotAnswer() {
        let outcome = SiteExpectation(keyword: "Sở Y tế").assess(Self.result(body: "hacked by someone"))
        #expect(outcome.health == .failed)
        #expect(outcome.reasons == [.keywordMissing("Sở Y tế")])
    }

    @Test func aPatternIsMatchedAndAnInvalidOneIsReported() {
        #expect(SiteExpectation(pattern: #"Sở\s+Y\s+tế"#).assess(Self.result()).health == .healthy)
        #expect(SiteExpectation(pattern: "([").assess(Self.result()).reasons == [.patternInvalid("([")])
    }

    @Test func aServerErrorOrNoAnswerFails() {
        #expect(SiteExpectation().assess(Self.result(status: 503)).reasons == [.httpStatus(503)])
        #expect(SiteExpectation().assess(Self.result(status: nil, failure: .connect)).reasons == [.unreachable(.connect)])
    }

    @Test func aSlowAnswerOrAnExpiringCertificateIsDegraded() {
        let slow = SiteExpectation(slowMillis: 1000).assess(Self.result(total: 4200))
        #expect(slow.health == .degraded)
        #expect(slow.reasons == [.slow(4200)])
        let certificate = ProbeCertificate(subject: "CN=soyte", issuer: "CN=ca", expires: Self.at + 3 * 86_400_000 - 1000, chainValid: true, verifyResult: 0)
        let expiring = SiteExpectation().assess(Self.result(certificate: certificate))
        #expect(expiring.health == .degraded)
        #expect(expiring.reasons == [.certificateExpiring(daysLeft: 2)])
    }

    @Test func aSiteIsDownOnlyAfterThreeFailedChecksInARowDatedFromTheFirst() {
        var state = VantageState(confirmations: 3)
        let up = CheckOutcome(health: .healthy), failed = CheckOutcome(health: .failed, reasons: [.unreachable(.timeout)])
        #expect(state.record(up, at: 1)?.to == .up)
        #expect(state.record(failed, at: 2) == nil)
        #expect(state.record(failed, at: 3) == nil)
        let down = state.record(failed, at: 4)
        #expect(down?.to == .down)
        #expect(down?.at == 2)
        #expect(state.record(failed, at: 5) == nil)
        #expect(state.record(up, at: 6)?.to == .up)
    }

    @Test func aHealthyCheckBetweenFailuresStartsTheCountAgain() {
        var state = VantageState(confirmations: 2)
        let up = CheckOutcome(health: .healthy), failed = CheckOutcome(health: .failed)
        state.record(up, at: 1)
        state.record(failed, at: 2)
        state.record(up, at: 3)
        #expect(state.record(failed, at: 4) == nil)
        #expect(state.state == .up)
    }

    @Test func downEverywhereIsTheSitesOutage() {
        #expect(SiteVerdict(["hub": .down, "651": .down, "643": .down]) == .down)
    }

    @Test func downFromOneDistrictOnlyIsThatDistrictsLink() {
        let verdict = SiteVerdict(["hub": .up, "651": .down, "643": .up])
        #expect(verdict == .unreachableFrom(["651"]))
        #expect(verdict.colour == "amber")
    }

    @Test func vantagePointsNotYetHeardFromDoNotVote() {
        #expect(SiteVerdict(["hub": .down, "651": .unknown]) == .down)
        #expect(SiteVerdict(["hub": .unknown]) == .unknown)
        #expect(SiteVerdict(["hub": .up, "651": .degraded]) == .degraded)
    }
}
