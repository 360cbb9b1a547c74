import StaffUI
import Testing

@Suite struct InboxPageTests {
    @Test func rowsShowTrackingCodesLinkedToTheirCasesInTheOrderGiven() {
        let page = InboxPage(rows: [Fixtures.row("BMT-26-000002"), Fixtures.row("BMT-26-000001")])
        let html = StaffPages.inbox(page, context: Fixtures.node())
        #expect(html.contains(#"<a class="code" href="/ui/cases/case-BMT-26-000002">BMT-26-000002</a>"#))
        let first = html.range(of: "BMT-26-000002")?.lowerBound
        let second = html.range(of: "BMT-26-000001")?.lowerBound
        #expect(first != nil && second != nil && first! < second!)
    }

    @Test func dueBadgesAreColouredByState() {
        let page = InboxPage(rows: [
            Fixtures.row("A", due: .onTime), Fixtures.row("B", due: .dueSoon), Fixtures.row("C", due: .overdue),
        ])
        let html = StaffPages.inbox(page, context: Fixtures.node())
        #expect(html.contains(#"<span class="badge due-on-time">Trong hạn</span>"#))
        #expect(html.contains(#"<span class="badge due-soon">Sắp đến hạn</span>"#))
        #expect(html.contains(#"<span class="badge due-overdue">Quá hạn</span>"#))
        #expect(html.contains(#"<tr class="row-overdue">"#))
    }

    @Test func conflictedCasesCarryAWarningMarker() {
        let html = StaffPages.inbox(
            InboxPage(rows: [Fixtures.row("A", conflict: true), Fixtures.row("B")]), context: Fixtures.node())
        #expect(html.occurrences(of: ">⚠</span>") == 1)
    }

    @Test func statusTabsShowCountsAndMarkTheCurrentOne() {
        let page = InboxPage(
            rows: [], statusCounts: [.received: 4, .inProgress: 7], selectedStatus: .inProgress, query: "chợ")
        let html = StaffPages.inbox(page, context: Fixtures.node())
        #expect(html.contains(#"<a href="/ui/inbox?q=ch%E1%BB%A3">Tất cả<span class="count">11</span></a>"#))
        #expect(
            html.contains(
                #"<a href="/ui/inbox?status=in_progress&amp;q=ch%E1%BB%A3" aria-current="page">Đang xử lý<span class="count">7</span></a>"#))
        #expect(html.contains(#"Đã đóng<span class="count">0</span>"#))
        #expect(html.contains("Không có phản ánh nào."))
    }

    @Test func theHubHasADistrictFilterAndColumnAndANodeHasNeither() {
        let page = InboxPage(rows: [Fixtures.row("A")], selectedDistrict: "651")
        let hub = StaffPages.inbox(page, context: Fixtures.hub())
        #expect(hub.contains(#"<select id="filter-district" name="district">"#))
        #expect(hub.contains(#"<option value="651" selected>Ea Kar</option>"#))
        #expect(hub.contains("<td>Buôn Ma Thuột</td>"))
        let node = StaffPages.inbox(page, context: Fixtures.node())
        #expect(!node.contains("filter-district"))
        #expect(!node.contains("<td>Buôn Ma Thuột</td>"))
    }

    @Test func paginationLinksKeepTheFilters() {
        let rows = (1...50).map { Fixtures.row("R\($0)") }
        let page = InboxPage(
            rows: rows, selectedStatus: .received, selectedDistrict: "651", query: "rác", offset: 50, limit: 50, total: 120)
        let html = StaffPages.inbox(page, context: Fixtures.hub())
        #expect(html.contains("Hiển thị 51–100 trên tổng số 120"))
        #expect(html.contains("Trang 2/3"))
        #expect(html.contains(#"href="/ui/inbox?status=received&amp;district=651&amp;q=r%C3%A1c" rel="prev""#))
        #expect(html.contains(#"href="/ui/inbox?status=received&amp;district=651&amp;q=r%C3%A1c&amp;offset=100" rel="next""#))
    }

    @Test func theLastPageHasNoNextLink() {
        let page = InboxPage(rows: [Fixtures.row("A")], offset: 100, limit: 50, total: 101)
        let html = StaffPages.inbox(page, context: Fixtures.node())
        #expect(html.contains("rel=\"prev\""))
        #expect(!html.contains("rel=\"next\""))
    }
}
