import Access
import CRDT
import CyberSecurity
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import FieldReports
import Indicators
import Replica
import StaffUI
import Synchronization
import Testing
import TrafficAnalysis
import TrafficDesk
import Vietnam
import WebAPI

/// `/ui/ioc`, the operations center's wall, in process: who may see it, what it shows of the
/// services mounted and of the federation's links, and its live stream.
@Suite struct WallRouteTests {
    static let links = [
        WallLink(name: "ea-kar", district: "651", connected: true, lastSuccess: SecurityDeskClock.now - 4_000, waiting: 0),
        WallLink(name: "buon-ho", district: "644", connected: false, lastSuccess: SecurityDeskClock.now - 600_000, waiting: 12),
    ]

    enum SecurityDeskClock { static let now = Int64(Date().timeIntervalSince1970 * 1000) }

    static func wall(_ hub: SecurityHub, maxStreams: Int = 4) -> WallService {
        WallService(
            records: hub.service, sources: [hub.service, hub.security], links: { Self.links }, title: { $0.wallProvinceTitle }, isDistrictCenter: false,
            maxStreams: maxStreams, updateInterval: .milliseconds(100))
    }

    static func test(maxStreams: Int = 4, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let hub = try await SecurityHub()
        let wall = Self.wall(hub, maxStreams: maxStreams)
        try await hub.test(body, registering: { router in wall.register(on: router) })
    }

    @Test func aKioskAccountSeesTheWallAndNothingElse() async throws {
        try await Self.test { client in
            let wall = try await client.page("/ui/ioc?kiosk=1", as: "man-hinh-1")
            #expect(wall.status == .ok)
            #expect(wall.body.contains("<body class=\"kiosk\">"))
            #expect(!wall.body.contains("site-nav"))
            #expect(try await client.page("/ui/inbox", as: "man-hinh-1").status == .forbidden)
            #expect(try await client.page("/ui/security", as: "man-hinh-1").status == .forbidden)
            #expect(try await client.page("/api/v1/security/alerts", as: "man-hinh-1").status == .forbidden)
        }
    }

    @Test func theWallShowsEachMountedServicesTileTheNodesLinksAndTheMap() async throws {
        try await Self.test { client in
            let wall = try await client.page("/ui/ioc", as: "lanh-dao")
            #expect(wall.status == .ok)
            #expect(wall.body.contains("data-service=\"field-reports\""))
            #expect(wall.body.contains("data-service=\"security\""))
            #expect(!wall.body.contains("data-service=\"dossiers\""), "a service not mounted has no tile")
            #expect(wall.body.contains("<tr class=\"link-down\" data-node=\"buon-ho\"><th scope=\"row\">Buôn Hồ</th>"))
            #expect(wall.body.contains("<tr class=\"link-up\" data-node=\"ea-kar\"><th scope=\"row\">Ea Kar</th>"))
            #expect(wall.body.contains("Mất kết nối: Buôn Hồ (số liệu đến"))
            #expect(wall.body.occurrences(of: "class=\"district ") == 24)
            #expect(wall.body.occurrences(of: "<circle class=\"commune\"") == 102)
            #expect(wall.body.contains("<script src=\"/assets/wall.js?v="))
            #expect(!wall.body.contains("<script>"), "no inline script")
        }
    }

    @Test func aUnitHandlerMayNotSeeTheWall() async throws {
        try await Self.test { client in
            let page = try await client.page("/ui/ioc", as: "don-vi")
            #expect(page.status != .ok)
            #expect(!page.body.contains("id=\"wall\""))
        }
    }

    @Test func theStreamRefusesReadersBeyondItsCapAndSaysWhenToRetry() async throws {
        try await Self.test(maxStreams: 0) { client in
            var fields = HTTPFields()
            fields[.authorization] = "Basic " + Data("man-hinh-1:\(AccessHub.password)".utf8).base64EncodedString()
            let (status, retry) = try await client.execute(uri: "/ui/ioc/events", method: .get, headers: fields, body: nil) { ($0.status, $0.headers[.retryAfter]) }
            #expect(status == .serviceUnavailable)
            #expect(retry == "30")
        }
    }

    @Test func trafficAndIndicatorsHaveTilesAlertsAndMapMeasuresOnceMounted() async throws {
        let hub = try await SecurityHub()
        let traffic = TrafficDesk(replica: hub.replica, homeScope: Scope.province)
        try await traffic.catalog.seedIfEmpty(DemoCameras.cameras, author: "test")
        let jammed = try #require(DemoCameras.cameras.first)
        let now = SecurityDeskClock.now
        try await traffic.record(
            AnalyzerOutput(), camera: jammed,
            state: CameraLiveState(
                camera: jammed.id, congestion: .congested, congestionSinceMillis: now - 60_000, lastDetectionMillis: now, flowVehiclesPerHour: 1800,
                meanSpeedKmh: 8, countsByClass: [:], forecast: [:], updatedMillis: now),
            author: "test")
        let indicators = IndicatorDesk(replica: hub.replica, homeScope: Scope.province)
        try await indicators.catalog.seedIfEmpty(IndicatorDefinition.standard, author: "test")
        let month = try #require(ReportingPeriod(year: 2026, frequency: .month, index: 10))
        try await indicators.enter(
            [FigureEntry(indicator: "BUDGET_REV", area: "651", period: month, value: 123.4), FigureEntry(indicator: "BUDGET_REV", area: Scope.province, period: month, value: 2_345)],
            by: IndicatorActor(author: "test", areas: nil, approves: true))
        let wall = WallService(
            records: hub.service,
            sources: [hub.service, TrafficService(records: hub.service, desk: traffic, engine: nil), IndicatorService(records: hub.service, desk: indicators)],
            links: { Self.links }, title: { $0.wallProvinceTitle }, isDistrictCenter: false)
        try await hub.test({ client in
            let page = try await client.page("/ui/ioc?measure=congestion", as: "lanh-dao")
            #expect(page.status == .ok)
            #expect(page.body.contains("data-service=\"traffic\""))
            #expect(page.body.contains("data-service=\"indicators\""))
            #expect(page.body.contains("Ùn tắc — \(jammed.name)"), "a jammed camera is on the alert list")
            #expect(page.body.contains("<a href=\"/ui/ioc?measure=congestion\" aria-current=\"true\">"))
            #expect(page.body.contains("<a href=\"/ui/ioc?measure=budget-revenue\">"))
            #expect(page.body.contains("1/\(DemoCameras.cameras.filter(\.active).count)"), "one camera of all congested")
        }, registering: { router in wall.register(on: router) })
    }

    @Test func aPlaylistShowsItsScreensInTurnAndComesBackToTheFirst() async throws {
        let hub = try await SecurityHub()
        let playlist = WallPlaylist(name: "phong-1", seconds: 20, screens: [WallScreen(view: .map), WallScreen(service: "security")])
        let wall = WallService(
            records: hub.service, sources: [hub.service, hub.security], links: { Self.links }, title: { $0.wallProvinceTitle }, isDistrictCenter: false,
            playlists: [playlist])
        try await hub.test({ client in
            let first = try await client.page("/ui/ioc/playlist/phong-1", as: "man-hinh-1")
            #expect(first.status == .ok)
            #expect(first.body.contains("<meta http-equiv=\"refresh\" content=\"20;url=/ui/ioc/playlist/phong-1?step=1\">"))
            #expect(first.body.contains("<body class=\"kiosk\">"))
            #expect(first.body.contains("class=\"card wall-map\""))
            #expect(!first.body.contains("class=\"wall-tiles\""), "a map screen shows the map alone")
            let second = try await client.page("/ui/ioc/playlist/phong-1?step=1", as: "man-hinh-1")
            #expect(second.body.contains("<meta http-equiv=\"refresh\" content=\"20;url=/ui/ioc/playlist/phong-1?step=0\">"))
            #expect(second.body.contains("data-service=\"security\""))
            #expect(!second.body.contains("data-service=\"field-reports\""), "a service's screen shows that service alone")
            #expect(second.body.contains("service=security"), "its live stream is that screen's")
        }, registering: { router in wall.register(on: router) })
    }

    @Test func anUnknownPlaylistIsNotFoundAndTheAnswerNamesTheKnownOnes() async throws {
        try await Self.test { client in
            let page = try await client.page("/ui/ioc/playlist/khong-co", as: "man-hinh-1")
            #expect(page.status == .notFound)
            #expect(page.body.contains("khong-co"))
            #expect(page.body.contains("tat-ca"))
        }
    }

    @Test func withoutConfiguredPlaylistsTheDefaultOneShowsTheWallThenEachService() async throws {
        try await Self.test { client in
            let whole = try await client.page("/ui/ioc/playlist/tat-ca", as: "man-hinh-1")
            #expect(whole.body.contains("data-service=\"field-reports\"") && whole.body.contains("data-service=\"security\""))
            let reports = try await client.page("/ui/ioc/playlist/tat-ca?step=1", as: "man-hinh-1")
            #expect(reports.body.contains("data-service=\"field-reports\"") && !reports.body.contains("data-service=\"security\""))
            let security = try await client.page("/ui/ioc/playlist/tat-ca?step=2", as: "man-hinh-1")
            #expect(security.body.contains("content=\"30;url=/ui/ioc/playlist/tat-ca?step=0\""))
        }
    }

    @Test func eachPartOfTheWallHasItsOwnScreen() async throws {
        try await Self.test { client in
            let alerts = try await client.page("/ui/ioc?view=alerts&kiosk=1", as: "man-hinh-1")
            #expect(alerts.body.contains("class=\"card wall-alerts\""))
            #expect(!alerts.body.contains("class=\"card wall-map\"") && !alerts.body.contains("class=\"card wall-links\""))
            let links = try await client.page("/ui/ioc?view=links", as: "man-hinh-1")
            #expect(links.body.contains("data-node=\"buon-ho\"") && !links.body.contains("class=\"card wall-alerts\""))
        }
    }

    @Test func theMapColoursEachCommuneByTheReportsLocatedInIt() async throws {
        let hub = try await SecurityHub()
        try await hub.service.desk.catalog.seedIfEmpty(author: "test")
        let ward = try #require(AdministrativeUnits.shipped.unit("24133"))
        _ = try await hub.service.desk.intake(
            ReportIntake(category: "xa-rac", description: "Rác thải", latitude: ward.latitude, longitude: ward.longitude, channel: "web", district: "643"),
            author: "nguoi-dan")
        try await hub.test({ client in
            let page = try await client.page("/ui/ioc?measure=overdue-reports", as: "lanh-dao")
            #expect(page.body.occurrences(of: "data-commune=") == 102)
            #expect(page.body.contains("data-commune=\"24133\""))
            #expect(page.body.contains("<title>Phường Buôn Ma Thuột: 0 phản ánh</title>"))
        }, registering: { router in Self.wall(hub).register(on: router) })
    }

    /// The drawn width of a district's boundary on the map of `body`.
    static func width(of district: String, in body: String) throws -> Double {
        let start = try #require(body.range(of: "data-district=\"\(district)\" d=\""))
        let d = body[start.upperBound...].prefix { $0 != "\"" }
        let numbers = d.split { "MLZ ".contains($0) }.compactMap { Double($0) }
        let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
        return (xs.max() ?? 0) - (xs.min() ?? 0)
    }

    @Test func aDistrictsCenterFramesItsOwnDistrict() async throws {
        let hub = try await SecurityHub(), again = try await SecurityHub()
        let province = Self.wall(hub)
        let node = WallService(
            records: again.service, sources: [again.service], links: { [] }, title: { $0.wallDistrictTitle("Ea Kar") }, isDistrictCenter: true, focus: ["651"])
        let widths = Mutex<[String: Double]>([:])
        try await hub.test({ client in
            let width = try Self.width(of: "651", in: try await client.page("/ui/ioc", as: "lanh-dao").body)
            widths.withLock { $0["province"] = width }
        }, registering: { router in province.register(on: router) })
        try await again.test({ client in
            let body = try await client.page("/ui/ioc", as: "lanh-dao").body
            widths.withLock { $0["node"] = (try? Self.width(of: "651", in: body)) ?? 0 }
            #expect(body.contains("class=\"district class-none focus\" data-district=\"651\""), "its own district outlined")
            #expect(body.contains("<text class=\"focus-name\""))
            #expect(body.contains("class=\"district class-none elsewhere\" data-district=\"644\""), "a neighbour drawn faded")
            #expect(body.contains("Bản đồ địa bàn"))
        }, registering: { router in node.register(on: router) })
        let provinceWidth = widths.withLock { $0["province"] ?? 0 }, nodeWidth = widths.withLock { $0["node"] ?? 0 }
        #expect(nodeWidth > 3 * provinceWidth, "Ea Kar fills the node's map (\(nodeWidth) against \(provinceWidth))")
    }

    @Test func aCommunesCenterFramesTheFormerDistrictItWasFormedFromAndMarksItself() async throws {
        let hub = try await SecurityHub()
        let node = WallService(
            records: hub.service, sources: [hub.service], links: { [] }, title: { $0.wallDistrictTitle("Phường Buôn Ma Thuột") }, isDistrictCenter: true,
            focus: ["24133"])
        try await hub.test({ client in
            let body = try await client.page("/ui/ioc", as: "lanh-dao").body
            #expect(body.contains("class=\"district class-none focus\" data-district=\"643\""), "the former city it was formed from, in frame")
            #expect(body.contains("class=\"district class-none elsewhere\" data-district=\"651\""))
            #expect(body.contains("<circle class=\"commune focus\" data-commune=\"24133\""), "the ward itself marked")
            #expect(body.contains(">Phường Buôn Ma Thuột</text>"))
            #expect(!body.contains(">Buôn Ma Thuột</text>"), "named as the ward, not as the former city")
            #expect(try Self.width(of: "643", in: body) > 500, "the former city fills the map")
        }, registering: { router in node.register(on: router) })
    }
}


extension String {
    fileprivate func occurrences(of needle: String) -> Int { components(separatedBy: needle).count - 1 }
}
