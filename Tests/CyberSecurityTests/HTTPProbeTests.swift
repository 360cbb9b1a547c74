import Foundation
import SiteProbes
import Testing

/// The probe against real servers on loopback: Python's http.server and OpenSSL's s_server
/// with a certificate made by `openssl` that expires in three days.
@Suite(.serialized) struct HTTPProbeTests {
    static var now: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    @Test func aPageIsReadWithItsStatusPhasesAndBody() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("index.html", "<html><body><h1>Sở Y tế Đắk Lắk</h1></body></html>")
        let server = try PeerServer.http(serving: scratch.path)
        let result = HTTPProbe.run("http://127.0.0.1:\(server.port)/", now: Self.now)
        #expect(result.status == 200)
        #expect(result.failure == nil)
        #expect(String(decoding: result.body, as: UTF8.self).contains("Sở Y tế Đắk Lắk"))
        let connect = try #require(result.timings.connect), firstByte = try #require(result.timings.firstByte)
        #expect(firstByte >= connect)
        #expect(result.timings.total >= firstByte)
        #expect(result.timings.tls == nil)
        #expect(result.certificate == nil)
        #expect(result.contentType?.hasPrefix("text/html") == true)
    }

    @Test func theAddressTheNameResolvedToIsCheckedAgainstTheSitesOwn() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("index.html", "<html><body><h1>Cổng thông tin điện tử tỉnh Đắk Lắk</h1></body></html>")
        let server = try PeerServer.http(serving: scratch.path)
        // The name's answer is 127.0.0.1 (curl's --resolve stands in for a DNS server).
        let options = HTTPProbe.Options(resolve: ["cong.daklak.test:\(server.port):127.0.0.1"])
        let result = HTTPProbe.run("http://cong.daklak.test:\(server.port)/", options: options, now: Self.now)
        #expect(result.address == "127.0.0.1")
        let expected = SiteExpectation(keyword: "Đắk Lắk", addresses: ["127.0.0.1", "::1"])
        #expect(expected.assess(result) == CheckOutcome(health: .healthy))
        let elsewhere = SiteExpectation(keyword: "Đắk Lắk", addresses: ["203.0.113.7"]).assess(result)
        #expect(elsewhere.health == .degraded)
        #expect(elsewhere.reasons.map(\.code) == ["dns_unexpected:127.0.0.1"])
    }

    @Test func aMissingPageIsAnAnswerWithItsStatusNotAFailure() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let server = try PeerServer.http(serving: scratch.path)
        let result = HTTPProbe.run("http://127.0.0.1:\(server.port)/khong-co.html", now: Self.now)
        #expect(result.status == 404)
        #expect(result.failure == nil)
        #expect(!result.answered)
    }

    @Test func eachRedirectIsRecordedAndTheLastAnswerKept() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("tin-tuc/index.html", "<p>tin tức</p>")
        let server = try PeerServer.http(serving: scratch.path)
        let result = HTTPProbe.run("http://127.0.0.1:\(server.port)/tin-tuc", now: Self.now)
        #expect(result.redirects == ["http://127.0.0.1:\(server.port)/tin-tuc/"])
        #expect(result.status == 200)
        #expect(String(decoding: result.body, as: UTF8.self).contains("tin tức"))
    }

    @Test func aClosedPortIsAConnectFailure() throws {
        let server = try PeerServer.silent()
        let port = server.port
        server.stop()
        let result = HTTPProbe.run("http://127.0.0.1:\(port)/", now: Self.now)
        #expect(result.failure == .connect)
        #expect(result.status == nil)
        #expect(result.failureDetail?.isEmpty == false)
    }

    @Test func aServerThatNeverAnswersIsATimeoutAfterTheLimit() throws {
        let server = try PeerServer.silent()
        let start = ContinuousClock.now
        let result = HTTPProbe.run("http://127.0.0.1:\(server.port)/", options: HTTPProbe.Options(timeoutMillis: 300), now: Self.now)
        #expect(result.failure == .timeout)
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    static func certificate(days: Int, in scratch: Scratch) throws -> (certificate: String, key: String) {
        let certificate = scratch.path + "/site.pem", key = scratch.path + "/site.key"
        try #require(
            try run("/usr/bin/openssl", [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "\(days)",
                "-subj", "/CN=soyte.daklak.gov.vn", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
            ]) == 0)
        return (certificate, key)
    }

    @Test func aCertificateExpiringInThreeDaysIsSeenWithItsExpiryAndAValidChain() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("index.html", "<p>ok</p>")
        let (certificate, key) = try Self.certificate(days: 3, in: scratch)
        let server = try PeerServer.tls(serving: scratch.path, certificate: certificate, key: key)
        let now = Self.now
        let result = HTTPProbe.run("https://127.0.0.1:\(server.port)/index.html", options: HTTPProbe.Options(caFile: certificate), now: now)
        #expect(result.status == 200, "\(result.failureDetail ?? "")")
        let seen = try #require(result.certificate)
        #expect(seen.chainValid)
        #expect(seen.subject.contains("soyte.daklak.gov.vn"))
        #expect(abs(seen.expires - (now + 3 * 86_400_000)) < 120_000)
        #expect(seen.daysLeft(at: now) == 2)
        #expect(result.timings.tls != nil)
    }

    @Test func aCertificateNoTrustedRootSignedIsReportedInvalidAndThePageStillRead() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("index.html", "<p>still here</p>")
        let (certificate, key) = try Self.certificate(days: 30, in: scratch)
        let server = try PeerServer.tls(serving: scratch.path, certificate: certificate, key: key)
        let result = HTTPProbe.run("https://127.0.0.1:\(server.port)/index.html", now: Self.now)
        #expect(result.status == 200)
        #expect(result.certificate?.chainValid == false)
        #expect(result.certificate?.verifyResult != 0)
        #expect(String(decoding: result.body, as: UTF8.self).contains("still here"))
    }
}
