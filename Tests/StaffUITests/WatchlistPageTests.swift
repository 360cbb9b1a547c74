import StaffUI
import Testing

@Suite struct WatchlistPageTests {
    private func context(hub: Bool) -> PageContext {
        var context = hub ? Fixtures.hub(path: "/ui/traffic/watchlist") : Fixtures.node(path: "/ui/traffic/watchlist")
        context.csrfToken = "tok-9"
        return context
    }

    @Test func theHubCanAddPlatesWithTheCSRFToken() {
        let html = StaffPages.watchlist(TrafficFixtures.watchlist, context: context(hub: true))
        #expect(html.contains(
            "<form class=\"card\" method=\"post\" action=\"/ui/traffic/watchlist\"><h2>Thêm biển số vào danh sách</h2><input type=\"hidden\" name=\"csrf_token\" value=\"tok-9\">"))
        #expect(html.contains("<input type=\"text\" id=\"watch-plate\" name=\"plate\" value=\"\" required"))
        #expect(html.contains("<textarea id=\"watch-reason\" name=\"reason\" rows=\"2\" required></textarea>"))
    }

    @Test func theHubCanRemoveEachPlateByItsKey() {
        let html = StaffPages.watchlist(TrafficFixtures.watchlist, context: context(hub: true))
        #expect(html.contains(
            "<form class=\"inline-action\" method=\"post\" action=\"/ui/traffic/watchlist/47A12345/remove\"><input type=\"hidden\" name=\"csrf_token\" value=\"tok-9\">"))
        #expect(html.contains("action=\"/ui/traffic/watchlist/47B1%2023456/remove\""))
        #expect(html.occurrences(of: "name=\"csrf_token\"") == 3)
    }

    @Test func aDistrictNodeOnlyReadsTheList() {
        let html = StaffPages.watchlist(TrafficFixtures.watchlist, context: context(hub: false))
        #expect(!html.contains("method=\"post\""))
        #expect(html.contains("Danh sách do Trung tâm tỉnh quản lý; tại nút huyện chỉ xem."))
        #expect(html.contains("<a class=\"code\" href=\"/ui/traffic/plates?q=47A-123.45\">47A-123.45</a>"))
    }

    @Test func entriesShowReasonAuthorAndExpiry() {
        let html = StaffPages.watchlist(TrafficFixtures.watchlist, context: context(hub: false))
        #expect(html.contains("<td class=\"prewrap\">Xe bị mất cắp</td><td>Trần Văn Nam</td><td>Không thời hạn</td>"))
        #expect(html.contains("<td>CSGT tỉnh</td><td><time datetime=\"2026-07-01T00:00:00+07:00\">01/07/2026 00:00</time></td>"))
    }

    @Test func aRefusedAddShowsTheErrorAgainstThePlateAndKeepsTheInput() {
        var page = TrafficFixtures.watchlist
        page.formPlate = "<x>"
        page.formReason = "Xe \"lạ\""
        page.errorText = "Biển số không hợp lệ."
        let html = StaffPages.watchlist(page, context: context(hub: true))
        #expect(html.contains("<p class=\"error-text\" id=\"watch-plate-error\">Biển số không hợp lệ.</p>"))
        #expect(html.contains("value=\"&lt;x&gt;\" required autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"watch-plate-hint watch-plate-error\" aria-invalid=\"true\">"))
        #expect(html.contains(">Xe &quot;lạ&quot;</textarea>"))
    }

    @Test func anEmptyListSaysSo() {
        #expect(StaffPages.watchlist(WatchlistPage(entries: []), context: context(hub: false)).contains("Danh sách đang trống."))
    }
}
