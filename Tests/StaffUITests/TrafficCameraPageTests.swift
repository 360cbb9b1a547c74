import StaffUI
import Testing

@Suite struct TrafficCameraPageTests {
    private let context = Fixtures.node(path: "/ui/traffic/cameras/bmt-01?period=5m")

    /// The x of each forecast diamond (its first point is the top vertex), by horizon.
    private func forecastX(_ html: String, horizon: Int) -> Double? {
        for piece in html.components(separatedBy: "<polygon class=\"forecast-point").dropFirst()
        where piece.contains("data-horizon=\"\(horizon)\"") {
            guard let range = piece.range(of: "points=\"") else { return nil }
            return Double(piece[range.upperBound...].prefix { $0 != "," })
        }
        return nil
    }

    @Test func theChartDrawsTheForecastPointsAfterTheLastInterval() throws {
        let html = StaffPages.trafficCamera(TrafficFixtures.cameraPage, context: context)
        let measured = html.attributeValues("cx", onElementsContaining: "class=\"flow-point\"")
        #expect(measured.count == 12)
        let last = try #require(measured.max())
        let plus15 = try #require(forecastX(html, horizon: 15))
        let plus30 = try #require(forecastX(html, horizon: 30))
        let plus60 = try #require(forecastX(html, horizon: 60))
        #expect(last < plus15 && plus15 < plus30 && plus30 < plus60)
        #expect(plus60 <= 640)
        #expect(html.contains("<polyline class=\"forecast-line forecast-model-0\""))
        #expect(html.contains("Dự báo – Holt-Winters cộng tính +15 phút: 1.815 xe/giờ"))
    }

    @Test func theChartIsDescribedAndKeyed() {
        let html = StaffPages.trafficCamera(TrafficFixtures.cameraPage, context: context)
        #expect(html.contains("aria-labelledby=\"flow-chart-title flow-chart-desc\""))
        #expect(html.contains("<title id=\"flow-chart-title\">Lưu lượng xe theo thời gian và dự báo</title>"))
        #expect(html.contains("<li><span class=\"swatch swatch-flow\"></span>Lưu lượng đo được</li>"))
        #expect(html.contains("<span class=\"swatch swatch-forecast forecast-model-0\"></span>Dự báo – Holt-Winters cộng tính"))
        #expect(html.contains(">08:00</text>"))
    }

    @Test func periodLinksSwitchTheSeriesAndMarkTheOneShown() {
        let html = StaffPages.trafficCamera(TrafficFixtures.cameraPage, context: context)
        #expect(html.contains("<a href=\"/ui/traffic/cameras/bmt-01?period=30s\">30 giây</a>"))
        #expect(html.contains("<a href=\"/ui/traffic/cameras/bmt-01?period=5m\" aria-current=\"page\">5 phút</a>"))
        #expect(html.contains("<a href=\"/ui/traffic/cameras/bmt-01?period=15m\">15 phút</a>"))
        #expect(TrafficCameraPage.periodSeconds(query: "30s") == 30)
        #expect(TrafficCameraPage.periodSeconds(query: "15m") == 900)
        #expect(TrafficCameraPage.periodSeconds(query: "1h") == nil)
        #expect(TrafficCameraPage.periodQuery(seconds: 300) == "5m")
    }

    @Test func theIntervalTableListsNewestFirstWithEveryFigure() throws {
        let html = StaffPages.trafficCamera(TrafficFixtures.cameraPage, context: context)
        let newest = try #require(html.range(of: "<time datetime=\"2026-03-05T08:25:00+07:00\">05/03/2026 08:25</time></th>"))
        let older = try #require(html.range(of: "<time datetime=\"2026-03-05T08:20:00+07:00\">05/03/2026 08:20</time></th>"))
        #expect(newest.lowerBound < older.lowerBound)
        #expect(html.contains(
            "05/03/2026 08:25</time></th><td class=\"num\">1.750</td><td class=\"num\">144</td><td class=\"num\">19</td><td class=\"num\">42,5</td><td class=\"num\">18,3</td><td class=\"num\">2,4</td></tr>"))
        #expect(html.contains("<caption>Chu kỳ 5 phút, mới nhất trước.</caption>"))
    }

    @Test func thirtySecondIntervalsShowSeconds() {
        var page = TrafficFixtures.cameraPage
        page.intervalPeriodSeconds = 30
        page.intervals = [TrafficIntervalPoint(startMillis: TrafficFixtures.now + 30_000, periodSeconds: 30, flowVehiclesPerHour: 960, vehicleCount: 8)]
        let html = StaffPages.trafficCamera(page, context: context)
        #expect(html.contains(">05/03/2026 08:30:30</time></th>"))
        #expect(html.contains("aria-current=\"page\">30 giây</a>"))
    }

    @Test func theForecastTableShowsErrorsAndHowManyWereChecked() {
        let html = StaffPages.trafficCamera(TrafficFixtures.cameraPage, context: context)
        #expect(html.contains(
            "<tr><th scope=\"row\">Holt-Winters cộng tính</th><td>+15 phút</td><td class=\"num\">1.815</td><td class=\"num\">112,4</td><td class=\"num\">8,3</td><td class=\"num\">1.532</td></tr>"))
        #expect(html.contains("MAE: sai số tuyệt đối trung bình"))
    }

    @Test func lineCountsAreTabulatedByClassAndDirection() {
        let html = StaffPages.trafficCamera(TrafficFixtures.cameraPage, context: context)
        #expect(html.contains("<caption>Vạch đếm “Lê Duẩn hướng Nam”</caption>"))
        #expect(html.contains("<tr><th scope=\"row\">xe máy</th><td class=\"num\">1.204</td><td class=\"num\">37</td><td class=\"num\">1.241</td></tr>"))
        #expect(html.contains(
            "<tfoot><tr><th scope=\"row\">Tổng cộng</th><td class=\"num\">1.516</td><td class=\"num\">42</td><td class=\"num\">1.558</td></tr></tfoot>"))
    }

    @Test func theSummaryShowsHeadingLimitAndSource() {
        let html = StaffPages.trafficCamera(TrafficFixtures.cameraPage, context: context)
        #expect(html.contains("<h1>Ngã Sáu Ban Mê <span class=\"badge congestion congestion-heavy\">"))
        #expect(html.contains("<dt>Hướng nhìn</dt><dd>90° (Đông)</dd>"))
        #expect(html.contains("<dt>Tốc độ tối đa cho phép</dt><dd>50 km/h</dd>"))
        #expect(html.contains("<dt>Nguồn số liệu</dt><dd>Trực tiếp</dd>"))
        #expect(html.contains("<dt>Tọa độ</dt><dd><span class=\"code\">12.66670, 108.03830</span></dd>"))
    }

    @Test func theCamerasEventsCarryTheirActionsAndALinkToTheFilteredList() {
        var withToken = context
        withToken.csrfToken = "tok"
        let html = StaffPages.trafficCamera(TrafficFixtures.cameraPage, context: withToken)
        #expect(html.contains("action=\"/ui/traffic/events/ev-1/case\""))
        #expect(html.contains("<a href=\"/ui/traffic/events?camera=bmt-01\">Tất cả sự kiện ›</a>"))
    }

    @Test func aCameraWithoutFiguresSaysSoWithoutAChart() {
        let page = TrafficCameraPage(camera: TrafficFixtures.phanBoiChau)
        let html = StaffPages.trafficCamera(page, context: context)
        #expect(html.contains("Chưa có số liệu cho độ dài chu kỳ này."))
        #expect(html.contains("Chưa có dự báo."))
        #expect(html.contains("Camera chưa có vạch đếm."))
        #expect(!html.contains("<section class=\"card chart flow-chart\""))
        #expect(!html.contains("flow-chart-title"))
    }
}

@Suite struct TrafficCameraQualityTests {
    private let context = Fixtures.node(path: "/ui/traffic/cameras/bmt-01")

    @Test func aLiveCameraShowsTheShareOfTracksSplitOrBridgedAndStressesAHighOne() {
        var page = TrafficFixtures.cameraPage
        page.camera.tracksFollowed = 1_240
        page.camera.adjustedTrackShare = 0.035
        var html = StaffPages.trafficCamera(page, context: context)
        #expect(html.contains("<dt>Chất lượng bám vết</dt><dd>3,5 % vệt phải tách hoặc nối (trong 1.240 vệt)</dd>"))
        page.camera.adjustedTrackShare = 0.42
        html = StaffPages.trafficCamera(page, context: context)
        #expect(html.contains("<dd><strong>42 % vệt phải tách hoặc nối (trong 1.240 vệt)</strong></dd>"))
    }

    @Test func aSyncedCameraShowsNoQualityFigure() {
        #expect(!StaffPages.trafficCamera(TrafficFixtures.cameraPage, context: context).contains("Chất lượng bám vết"))
    }
}
