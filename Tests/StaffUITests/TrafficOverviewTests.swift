import StaffUI
import Testing

@Suite struct TrafficOverviewTests {
    private let context = Fixtures.node(path: "/ui/traffic")

    @Test func theCameraTableShowsEachCamerasFiguresTheVietnameseWay() {
        let html = StaffPages.trafficOverview(TrafficFixtures.overview, context: context)
        #expect(html.contains("<th scope=\"row\"><a href=\"/ui/traffic/cameras/bmt-01\">Ngã Sáu Ban Mê</a><br><span class=\"muted small\">Trực tiếp</span></th>"))
        #expect(html.contains("<td class=\"num\">1.840</td><td class=\"num\">18,5</td>"))
        #expect(html.contains("<ul class=\"class-counts\"><li>xe máy <strong>1.204</strong></li><li>ô tô <strong>312</strong></li></ul>"))
        #expect(html.contains("<td class=\"num\"><strong>3</strong></td><td><time datetime=\"2026-03-05T08:30:00+07:00\">05/03/2026 08:30</time></td>"))
        #expect(html.contains("Số liệu đồng bộ"))
    }

    @Test func theOverviewLinksToEventsPlateSearchAndWatchlist() {
        let html = StaffPages.trafficOverview(TrafficFixtures.overview, context: context)
        #expect(html.contains("<a href=\"/ui/traffic/events\">Sự kiện giao thông</a>"))
        #expect(html.contains("<a href=\"/ui/traffic/plates\">Tra cứu biển số xe</a>"))
        #expect(html.contains("<a href=\"/ui/traffic/watchlist\">Danh sách biển số theo dõi</a>"))
        #expect(html.contains("method=\"get\" action=\"/ui/traffic/plates\">"))
        #expect(html.contains("<input type=\"search\" id=\"overview-plate\" name=\"q\" value=\"\""))
    }

    @Test func unacknowledgedPlateAlertsAreHighlightedAndLinkToThePlate() {
        var page = TrafficFixtures.overview
        var seen = TrafficFixtures.alert
        seen.id = "al-0"
        seen.acknowledged = true
        page.alerts.append(seen)
        let html = StaffPages.trafficOverview(page, context: context)
        #expect(html.occurrences(of: "<tr class=\"row-alert\">") == 1)
        #expect(html.occurrences(of: "<tr class=\"row-acknowledged\">") == 1)
        #expect(html.contains("<span class=\"count alert-count\">1</span>"))
        #expect(html.contains("<a class=\"code\" href=\"/ui/traffic/plates?q=47A-123.45\">47A-123.45</a>"))
        #expect(html.contains("<td>Xe bị mất cắp</td>"))
    }

    @Test func recentEventsAreListedWithoutActionForms() {
        var withToken = context
        withToken.csrfToken = "tok"
        let html = StaffPages.trafficOverview(TrafficFixtures.overview, context: withToken)
        #expect(html.contains("<a href=\"/ui/traffic/events/ev-1\">Chạy quá tốc độ quy định</a>"))
        #expect(html.contains("<span class=\"badge not-handled\">Chưa xử lý</span>"))
        #expect(!html.contains("method=\"post\""))
    }

    @Test func anOverviewWithoutCamerasSaysSo() {
        let html = StaffPages.trafficOverview(TrafficOverviewPage(cameras: [], generatedAtMillis: 0), context: context)
        #expect(html.contains("Chưa có camera nào."))
        #expect(html.contains("Không có sự kiện nào."))
        #expect(!html.contains("<svg"))
    }

    @Test func autoRefreshIsOnlyAddedWhenAsked() {
        var page = TrafficFixtures.overview
        #expect(!StaffPages.trafficOverview(page, context: context).contains("http-equiv=\"refresh\""))
        page.autoRefreshSeconds = 15
        let html = StaffPages.trafficOverview(page, context: context)
        #expect(html.contains("<meta http-equiv=\"refresh\" content=\"15\">"))
        #expect(html.contains("Trang tự cập nhật sau mỗi 15 giây."))
        #expect(html.contains("<a href=\"/ui/traffic?refresh=0\">Tắt tự cập nhật</a>"))
        #expect(!StaffPages.inbox(InboxPage(rows: []), context: Fixtures.node()).contains("http-equiv"))
    }

    @Test func theEnglishOverviewHasEnglishLabelsAndNumbers() {
        let html = StaffPages.trafficOverview(TrafficFixtures.englishOverview, context: Fixtures.node(.en, path: "/ui/traffic"))
        for label in [
            "Traffic monitoring", "Traffic cameras", "Heavy – slow moving", "Flow (veh/h)", "Violations today", "Recent events",
            "Not handled", "motorbike", "Watch-list plate alerts", "1,840", "18.5", "1,204", "Speeding",
        ] {
            #expect(html.contains(label), "\(label)")
        }
        for label in ["Giám sát giao thông", "Đông đúc", "xe máy", "Vi phạm hôm nay", "Chưa xử lý", "xe/giờ", "Chạy quá tốc độ", "1.840"] {
            #expect(!html.contains(label), "\(label)")
        }
    }

    @Test func theNavigationLinksToTrafficAfterStatisticsAndMarksTrafficPages() {
        for path in ["/ui/traffic", "/ui/traffic/cameras/bmt-01", "/ui/traffic/plates?q=47A"] {
            let html = StaffPages.trafficOverview(TrafficFixtures.overview, context: Fixtures.node(path: path))
            #expect(html.contains("<li><a href=\"/ui/traffic\" aria-current=\"page\">Giao thông</a></li>"), "\(path)")
        }
        let inbox = StaffPages.inbox(InboxPage(rows: []), context: Fixtures.node())
        #expect(inbox.contains("<a href=\"/ui/stats\">Thống kê</a></li><li><a href=\"/ui/traffic\">Giao thông</a></li>"))
        #expect(StaffPages.inbox(InboxPage(rows: []), context: Fixtures.node(.en)).contains("<a href=\"/ui/traffic\">Traffic</a>"))
        #expect(!PublicPages.tracking(TrackingPage(), context: Fixtures.citizen()).contains("/ui/traffic"))
    }

    @Test func trafficPagesLoadNothingFromOutsideTheLAN() {
        let pages = [
            StaffPages.trafficOverview(TrafficFixtures.overview, context: Fixtures.hub()),
            StaffPages.trafficCamera(TrafficFixtures.cameraPage, context: Fixtures.node()),
            StaffPages.trafficEvents(TrafficEventsPage(rows: [TrafficFixtures.speeding()]), context: Fixtures.node()),
            StaffPages.trafficEvent(TrafficEventPage(event: TrafficFixtures.speeding(), camera: TrafficFixtures.ngaSau), context: Fixtures.node()),
            StaffPages.plateSearch(TrafficFixtures.plateSearch, context: Fixtures.hub()),
            StaffPages.watchlist(TrafficFixtures.watchlist, context: Fixtures.hub()),
        ]
        for html in pages {
            #expect(html.occurrences(of: "<link") == 1)
            #expect(!html.contains("src=\"http"))
            #expect(!html.contains("href=\"http"))
            #expect(!html.contains("@import"))
            #expect(!html.contains("url("))
            #expect(!html.contains("<script"))
            #expect(!html.contains("<img"))
        }
    }
}
