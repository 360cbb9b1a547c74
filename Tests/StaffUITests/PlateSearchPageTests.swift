import StaffUI
import Testing

@Suite struct PlateSearchPageTests {
    private let context = Fixtures.hub(path: "/ui/traffic/plates?q=47a+123+45")

    @Test func anImpossibleHopIsFlaggedWithItsReason() {
        let html = StaffPages.plateSearch(TrafficFixtures.plateSearch, context: context)
        #expect(html.occurrences(of: "<tr class=\"row-impossible\">") == 1)
        #expect(html.contains(
            "<strong class=\"impossible\">⚠ Không thể xảy ra</strong>: Tốc độ cần thiết vượt quá tốc độ tối đa trên đường"))
        #expect(html.contains("Có 1 chặng một xe không thể đi được"))
        #expect(html.contains("<td class=\"num\">46,2</td><td class=\"num\">6</td><td class=\"num\">462</td>"))
    }

    @Test func theRouteMapDrawsImpossibleHopsApart() {
        let html = StaffPages.plateSearch(TrafficFixtures.plateSearch, context: context)
        #expect(html.contains("<title id=\"route-map-title\">Sơ đồ hành trình</title>"))
        #expect(html.occurrences(of: "<g class=\"hop hop-impossible\">") == 1)
        #expect(html.contains("<title>2. Lê Duẩn – Nguyễn Tất Thành → Ngã tư Ea Kar: 46,2 km, 462 km/h — Không thể xảy ra"))
        #expect(html.occurrences(of: "<circle class=\"spot\"") == 3)
    }

    @Test func aWatchedPlateRaisesAProminentAlert() {
        let html = StaffPages.plateSearch(TrafficFixtures.plateSearch, context: context)
        #expect(html.contains(
            "<div class=\"watch-alert\" role=\"alert\"><h2>⚠ Biển số này nằm trong danh sách theo dõi</h2><p><strong>Lý do:</strong> Xe bị mất cắp</p></div>"))
        var unwatched = TrafficFixtures.plateSearch
        unwatched.onWatchlist = false
        #expect(!StaffPages.plateSearch(unwatched, context: context).contains("<div class=\"watch-alert\""))
    }

    @Test func theFormKeepsTheQueryAndExplainsThatPunctuationDoesNotMatter() {
        var page = TrafficFixtures.plateSearch
        page.query = "\"><script>"
        let html = StaffPages.plateSearch(page, context: context)
        #expect(html.contains("method=\"get\" action=\"/ui/traffic/plates\">"))
        #expect(html.contains("name=\"q\" value=\"&quot;&gt;&lt;script&gt;\""))
        #expect(html.contains("47A-123.45, 47A 123 45 và 47A12345 là cùng một biển số."))
        #expect(html.contains("Biển số được đọc là: <span class=\"code plate\">47A12345</span>"))
        #expect(!html.contains("<script"))
    }

    @Test func sightingsShowConfidenceDirectionAndTheirEvent() {
        let html = StaffPages.plateSearch(TrafficFixtures.plateSearch, context: context)
        #expect(html.contains("<td>Về phía Đông</td><td class=\"num\">92,5%</td><td><a class=\"code\" href=\"/ui/traffic/events/ev-1\">ev-1</a></td>"))
        #expect(html.contains("<td><a href=\"/ui/traffic/cameras/eakar-01\">Ngã tư Ea Kar</a></td><td>Ea Kar</td>"))
    }

    @Test func theRouteSummaryGivesDistanceDirectionAndDistricts() {
        let html = StaffPages.plateSearch(TrafficFixtures.plateSearch, context: context)
        #expect(html.contains("<dt>Tổng quãng đường (đường thẳng)</dt><dd>48,0 km</dd>"))
        #expect(html.contains("<dt>Hướng chung</dt><dd>Đông Bắc</dd>"))
        #expect(html.contains("<dt>Các huyện đã đi qua</dt><dd>Buôn Ma Thuột → Ea Kar</dd>"))
        let english = StaffPages.plateSearch(TrafficFixtures.englishPlateSearch, context: Fixtures.hub(.en))
        #expect(english.contains("<dd>north-east</dd>"))
        #expect(english.contains("Faster than any road speed"))
        #expect(!english.contains("Tốc độ cần thiết"))
    }

    @Test func anUnreadablePlateShowsTheErrorAndNoResults() {
        let page = PlateSearchPage(query: "???", errorText: "Không đọc được biển số “???”.")
        let html = StaffPages.plateSearch(page, context: context)
        #expect(html.contains("<p class=\"flash flash-error\" role=\"alert\">Không đọc được biển số “???”.</p>"))
        #expect(!html.contains("sightings-title"))
    }

    @Test func aPlateNobodySawSaysSo() {
        let html = StaffPages.plateSearch(PlateSearchPage(query: "47A12345", normalisedPlate: "47A12345"), context: context)
        #expect(html.contains("Chưa camera nào ghi nhận biển số này."))
        #expect(!StaffPages.plateSearch(PlateSearchPage(), context: context).contains("Chưa camera nào"))
    }
}
