import CRDT
import Foundation
import Replica
import SiteProbes
import Synchronization
import Testing
import Vietnam

@testable import CyberSecurity

/// Each vantage point checks the registered sites against a real HTTP server on loopback;
/// the hub concludes incidents from every vantage point's reports.
@Suite struct SiteMonitorTests {
    static let start = ISO8601Timestamp.millis("2026-12-06T09:30:00+07:00")!

    /// Time the test moves by hand: the desk, the monitors and the keeper read it.
    final class TestClock: Sendable {
        private let value = Mutex(SiteMonitorTests.start)
        var now: Int64 { value.withLock { $0 } }
        func advance(seconds: Int64) { value.withLock { $0 += seconds * 1000 } }
    }

    struct Fixture {
        let desk: SecurityDesk
        let clock: TestClock
        let folder: String
        let site: Scratch

        init() throws {
            folder = NSTemporaryDirectory() + "ioc-monitor-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let replica = try Replica(path: folder + "/hub.sqlite", site: SiteID(1), servesScopes: true, projections: [SecurityProjection()])
            let store = try SecurityEventStore(path: folder + "/events.sqlite", retentionMillis: 86_400_000, maxEvents: 10_000)
            let clock = TestClock()
            self.clock = clock
            desk = SecurityDesk(replica: replica, store: store, homeScope: Scope.province, now: { clock.now })
            site = try Scratch()
            try site.write("index.html", Self.page)
        }

        static let page = """
            <html><head><title>Sở Thông tin và Truyền thông Đắk Lắk</title></head><body>
            <h1>Sở Thông tin và Truyền thông</h1><p>Cổng thông tin điện tử tỉnh Đắk Lắk.</p>
            <ul><li>Tin tức</li><li>Văn bản</li><li>Dịch vụ công</li></ul><footer>© 2026 UBND tỉnh Đắk Lắk</footer></body></html>
            """

        func monitor(_ vantage: String, probe: SiteMonitor.Probe? = nil) -> SiteMonitor {
            var settings = SiteMonitor.Settings()
            settings.probeOptions = HTTPProbe.Options(timeoutMillis: 2_000)
            let scope = vantage == SiteVantages.hubName ? Scope.hub : vantage
            if let probe {
                return SiteMonitor(desk: desk, vantage: vantage, writeScope: scope, recordsPages: vantage == SiteVantages.hubName, settings: settings, probe: probe)
            }
            return SiteMonitor(desk: desk, vantage: vantage, writeScope: scope, recordsPages: vantage == SiteVantages.hubName, settings: settings)
        }

        func register(port: Int, code: String = "stttt", vantages: SiteVantages = SiteVantages()) async throws {
            try await desk.register(
                MonitoredSite(
                    code: code, name: "Sở Thông tin và Truyền thông", url: "http://127.0.0.1:\(port)/", owner: "stttt",
                    expectation: SiteExpectation(keyword: "Đắk Lắk"), intervalMillis: 1_000, vantages: vantages, hosts: ["web-soyte"]),
                author: "admin")
        }

        /// A vantage point whose link to `server` is cut: its probes reach a port nothing listens on.
        func cutOffMonitor(_ vantage: String, from server: PeerServer) throws -> SiteMonitor {
            let cut = try SiteMonitorTests.closedPort(), port = server.port
            return monitor(vantage) { site, options, now in
                HTTPProbe.run(site.url.replacingOccurrences(of: ":\(port)/", with: ":\(cut)/"), options: options, now: now)
            }
        }

        func remove() {
            site.remove()
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// A port nothing listens on: a server started and stopped.
    static func closedPort() throws -> Int {
        let server = try PeerServer.silent()
        let port = server.port
        server.stop()
        return port
    }

    @Test func aSiteThatAnswersWithItsKeywordIsUpAndItsPageIsRecordedAtTheHub() async throws {
        let f = try Fixture()
        defer { f.remove() }
        let server = try PeerServer.http(serving: f.site.path)
        try await f.register(port: server.port)
        await f.monitor(SiteVantages.hubName).checkAll()
        let report = try #require(try await f.desk.vantageReports(site: "stttt").first)
        #expect(report.vantage == "hub")
        #expect(report.state == .up)
        #expect(report.status == 200)
        #expect(report.health == .healthy)
        #expect(report.checkedAt == Self.start)
        #expect(report.page == nil)
        let page = try #require(try await f.desk.latestPage("stttt"))
        #expect(page.fingerprint.lines.contains("Sở Thông tin và Truyền thông"))
    }

    @Test func checkingEverySiteNowChecksThemAllWhateverTheLimitOfProbesAtOnce() async throws {
        let f = try Fixture()
        defer { f.remove() }
        let server = try PeerServer.http(serving: f.site.path)
        for index in 0..<40 { try await f.register(port: server.port, code: "site-\(index)") }
        let monitor = f.monitor(SiteVantages.hubName)
        await monitor.checkAll()
        #expect(monitor.checksMade == 40)
        #expect(try await f.desk.vantageReports().filter { $0.state == .up }.count == 40)
    }

    @Test func aSiteIsDownOnlyAfterThreeFailedChecksDatedFromTheFirstAndTheIncidentClosesWhenItAnswers() async throws {
        let f = try Fixture()
        defer { f.remove() }
        try await f.register(port: try Self.closedPort())
        let monitor = f.monitor(SiteVantages.hubName)
        let keeper = IncidentKeeper(desk: f.desk)
        for _ in 0..<2 {
            await monitor.checkAll()
            f.clock.advance(seconds: 10)
        }
        #expect(try await f.desk.vantageReports(site: "stttt").first?.state == .unknown)
        #expect(try await keeper.evaluate().isEmpty)
        await monitor.checkAll()
        let report = try #require(try await f.desk.vantageReports(site: "stttt").first)
        #expect(report.state == .down)
        #expect(report.since == Self.start)
        #expect(report.reasons == ["unreachable:connect"])
        let opened = try await keeper.evaluate()
        #expect(opened.map(\.event) == [.opened])
        #expect(opened.first?.incident.kind == .down)
        #expect(opened.first?.incident.start == Self.start)

        let server = try PeerServer.http(serving: f.site.path)
        try await f.register(port: server.port)
        f.clock.advance(seconds: 10)
        await monitor.checkAll()
        let closed = try await keeper.evaluate()
        #expect(closed.map(\.event) == [.closed])
        let incident = try await f.desk.incident(try #require(opened.first?.incident.id))
        #expect(incident.status == .resolved)
        #expect(incident.end == Self.start + 30_000)
        #expect(try await keeper.evaluate().isEmpty)
    }

    @Test func downFromOneDistrictWhileTheHubReachesItIsThatDistrictsLinkNotTheSite() async throws {
        let f = try Fixture()
        defer { f.remove() }
        let server = try PeerServer.http(serving: f.site.path)
        try await f.register(port: server.port)
        let hub = f.monitor(SiteVantages.hubName)
        let eaKar = try f.cutOffMonitor("ea-kar", from: server)
        for _ in 0..<3 {
            await hub.checkAll()
            await eaKar.checkAll()
            f.clock.advance(seconds: 5)
        }
        let status = try #require(try await f.desk.statuses(expectedVantages: ["hub", "ea-kar", "buon-ho"], staleMillis: 180_000).first)
        #expect(status.verdict == .unreachableFrom(["ea-kar"]))
        #expect(status.colour == "amber")
        #expect(status.vantages.map(\.name) == ["hub", "buon-ho", "ea-kar"])
        #expect(status.vantages.first { $0.name == "buon-ho" }?.report == nil)
        // The first to confirm an outage may only be the first: a link waits two intervals and a tick.
        let keeper = IncidentKeeper(desk: f.desk)
        #expect(try await keeper.evaluate().isEmpty)
        f.clock.advance(seconds: 3)
        let notices = try await keeper.evaluate()
        #expect(notices.map(\.incident.kind) == [.link])
        #expect(notices.first?.incident.vantages == ["ea-kar"])
    }

    @Test func aVantagePointSilentLongerThanTheStaleLimitNoLongerVotes() async throws {
        let f = try Fixture()
        defer { f.remove() }
        let server = try PeerServer.http(serving: f.site.path)
        try await f.register(port: server.port)
        let hub = f.monitor(SiteVantages.hubName)
        let eaKar = try f.cutOffMonitor("ea-kar", from: server)
        for _ in 0..<3 {
            await eaKar.checkAll()
            f.clock.advance(seconds: 5)
        }
        await hub.checkAll()
        let keeper = IncidentKeeper(desk: f.desk, staleMillis: 60_000)
        #expect(try await keeper.evaluate().isEmpty)
        f.clock.advance(seconds: 3)
        #expect(try await keeper.evaluate().map(\.incident.kind) == [.link])
        f.clock.advance(seconds: 58)
        // The hub's unchanged report is written again once its heartbeat is due (60 s); Ea Kar says nothing more.
        await hub.checkAll()
        let notices = try await keeper.evaluate()
        #expect(notices.map(\.event) == [.closed])
        let status = try #require(try await f.desk.statuses(expectedVantages: ["hub", "ea-kar"], staleMillis: 60_000).first)
        #expect(status.vantages.first { $0.name == "ea-kar" }?.fresh == false)
    }

    @Test func aDefacedPageRaisesAnIncidentThatJoinsTheIDSAlertOnItsServer() async throws {
        let f = try Fixture()
        defer { f.remove() }
        let server = try PeerServer.http(serving: f.site.path)
        try await f.register(port: server.port)
        let hub = f.monitor(SiteVantages.hubName)
        await hub.checkAll()
        let page = try #require(try await f.desk.latestPage("stttt"))
        try await f.desk.approveBaseline("stttt", domHash: page.fingerprint.domHash, author: "operator")
        await hub.checkAll()
        #expect(try await f.desk.vantageReports(site: "stttt").first?.page == .unchanged)

        try f.site.write("index.html", "<html><body><h1>Hacked by Sp3ctr3</h1><p>Đắk Lắk your security is an illusion</p></body></html>")
        f.clock.advance(seconds: 60)
        await hub.checkAll()
        let report = try #require(try await f.desk.vantageReports(site: "stttt").first)
        #expect(report.page == .likelyDefaced)
        #expect(report.pagePhrases.contains("hacked by"))
        #expect(report.pageRemoved.contains("Sở Thông tin và Truyền thông"))
        try await f.desk.ingest([try WazuhAlertReader.event(Array(SensorSamples.wazuhBruteForce.utf8), receivedAt: f.clock.now)])

        let notices = try await IncidentKeeper(desk: f.desk).evaluate()
        let incident = try #require(notices.first { $0.incident.kind == .likelyDefaced }?.incident)
        #expect(incident.detail.contains("hacked by"))
        let joined = try await f.desk.joinedAlerts(incident)
        #expect(joined.map(\.rule) == ["5712"])
        #expect(joined.first?.host == "web-soyte")
    }

    @Test func approvingABaselineRefusesAPageThatChangedSinceTheOperatorLookedAtIt() async throws {
        let f = try Fixture()
        defer { f.remove() }
        let server = try PeerServer.http(serving: f.site.path)
        try await f.register(port: server.port)
        await f.monitor(SiteVantages.hubName).checkAll()
        await #expect(throws: SecurityError.pageChanged("stttt")) { try await f.desk.approveBaseline("stttt", domHash: "not-the-page", author: "operator") }
        await #expect(throws: SecurityError.siteNotFound("khong-co")) { try await f.desk.approveBaseline("khong-co", domHash: nil, author: "operator") }
        #expect(try await f.desk.baseline("stttt") == nil)
    }

    @Test func nothingOpensDuringTheSitesMaintenanceWindow() async throws {
        let f = try Fixture()
        defer { f.remove() }
        var site = MonitoredSite(
            code: "bao-tri", name: "Trang bảo trì", url: "http://127.0.0.1:\(try Self.closedPort())/", owner: "stttt", intervalMillis: 1_000,
            maintenance: [MaintenanceWindow(start: Self.start - 60_000, end: Self.start + 3_600_000, note: "nâng cấp")])
        try await f.desk.register(site, author: "admin")
        let monitor = f.monitor(SiteVantages.hubName)
        for _ in 0..<3 { await monitor.checkAll() }
        #expect(try await f.desk.vantageReports(site: "bao-tri").first?.maintenance == true)
        #expect(try await IncidentKeeper(desk: f.desk).evaluate().isEmpty)
        site.maintenance = []
        try await f.desk.register(site, author: "admin")
        #expect(try await IncidentKeeper(desk: f.desk).evaluate().map(\.incident.kind) == [.down])
    }

    @Test func aSitesSettingsAreCheckedBeforeTheyAreStored() async throws {
        let f = try Fixture()
        defer { f.remove() }
        let good = MonitoredSite(code: "cong-dvc", name: "Cổng DVC", url: "https://dichvucong.daklak.gov.vn/", owner: "vp-ubnd")
        var bad = good
        bad.url = "ftp://dichvucong.daklak.gov.vn/"
        await #expect(throws: SecurityError.invalidSite(field: "url", value: bad.url)) { try await f.desk.register(bad, author: "admin") }
        bad = good
        bad.code = "Cổng DVC"
        await #expect(throws: SecurityError.invalidSite(field: "code", value: bad.code)) { try await f.desk.register(bad, author: "admin") }
        bad = good
        bad.expectation.pattern = "(unclosed"
        await #expect(throws: SecurityError.invalidSite(field: "pattern", value: "(unclosed")) { try await f.desk.register(bad, author: "admin") }
        bad = good
        bad.expectation.addresses = ["203.0.113.7", "dichvucong.daklak.gov.vn"]
        await #expect(throws: SecurityError.invalidSite(field: "addresses", value: "dichvucong.daklak.gov.vn")) { try await f.desk.register(bad, author: "admin") }
        bad = good
        bad.vantages = SiteVantages(hub: false, allNodes: false, nodes: [])
        await #expect(throws: SecurityError.invalidSite(field: "vantages", value: "none")) { try await f.desk.register(bad, author: "admin") }
        try await f.desk.register(good, author: "admin")
        let before = try await f.desk.replica.versionVector()
        try await f.desk.register(good, author: "admin")
        #expect(try await f.desk.replica.versionVector() == before)
        #expect(try await f.desk.sites() == [good])
    }
}
