import StaffUI
import Testing
import Vietnam

@Suite struct LayoutTests {
    private func page(_ context: PageContext) -> String {
        StaffPages.inbox(InboxPage(rows: [Fixtures.row("BMT-1")]), context: context)
    }

    @Test func vietnameseIsTheDefaultWithItsNavigation() {
        let html = page(Fixtures.node())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        for label in ["Hộp thư", "Tiếp nhận", "Thống kê", "Tra cứu", "Hộp thư phản ánh"] { #expect(html.contains(label)) }
        for link in ["/ui/inbox", "/ui/reports/new", "/ui/stats", "/track"] { #expect(html.contains("href=\"\(link)\"")) }
        #expect(html.contains(#"<form class="search" role="search" method="get" action="/ui/inbox">"#))
        #expect(html.contains(#"name="q""#))
    }

    @Test func theEnglishSwitchGivesEnglishLabels() {
        let html = page(Fixtures.node(.en))
        #expect(html.contains("<html lang=\"en\">"))
        for label in ["Inbox", "New report", "Statistics", "Track", "Report inbox", "In progress", "On time"] {
            #expect(html.contains(label), "\(label)")
        }
        for label in ["Hộp thư", "Thống kê", "Đang xử lý", "Trong hạn"] { #expect(!html.contains(label), "\(label)") }
    }

    @Test func theLanguageSwitchLinksToTheSamePageInTheOtherLanguage() {
        let context = Fixtures.node(path: "/ui/inbox?status=received&lang=vi&q=ch%E1%BB%A3")
        #expect(context.languageSwitchLink(to: .en) == "/ui/inbox?status=received&q=ch%E1%BB%A3&lang=en")
        #expect(page(context).contains(#"href="/ui/inbox?status=received&amp;q=ch%E1%BB%A3&amp;lang=en" hreflang="en""#))
    }

    @Test func theLanguageSwitchNeverLeavesTheSite() {
        #expect(Fixtures.node(path: "//elsewhere.example/x").languageSwitchLink(to: .en) == "/elsewhere.example/x?lang=en")
        #expect(Fixtures.node(path: "").languageSwitchLink(to: .vi) == "/?lang=vi")
    }

    @Test func pagesLoadOnlyThisSitesOwnFilesWithNoInlineScriptOrStyle() {
        let pages = [
            page(Fixtures.hub()),
            StaffPages.caseDetail(Fixtures.caseDetail(), context: Fixtures.node()),
            StaffPages.statistics(Fixtures.statistics, context: Fixtures.hub()),
            PublicPages.reportForm(ReportFormPage(categories: Fixtures.categories), context: Fixtures.citizen()),
        ]
        for html in pages {
            #expect(html.contains(#"<link rel="stylesheet" href="/assets/ioc.css?v="#))
            #expect(html.occurrences(of: "<link") == 1)
            #expect(!html.contains("src=\"http"))
            #expect(!html.contains("href=\"http"))
            #expect(!html.contains("@import"))
            #expect(!html.contains("url("))
            #expect(!html.contains("<style"))
            #expect(!html.contains("<script>"))
            #expect(!html.contains(" style=\""))
        }
    }

    @Test func theFlashMessageIsShownAndAnnounced() {
        var context = Fixtures.node()
        context.flash = .init(.error, "Không lưu được <thay đổi>")
        #expect(page(context).contains(#"<p class="flash flash-error" role="alert">Không lưu được &lt;thay đổi&gt;</p>"#))
    }

    @Test func citizensSeeNoStaffNavigationOrSearch() {
        let html = PublicPages.tracking(TrackingPage(), context: Fixtures.citizen())
        #expect(!html.contains("/ui/"))
        #expect(html.contains(#"href="/report""#))
        #expect(html.contains(#"href="/track" aria-current="page""#))
    }

    @Test func theHubIsMarkedProvinceWide() {
        #expect(page(Fixtures.hub()).contains("Toàn tỉnh"))
        #expect(!page(Fixtures.node()).contains("Toàn tỉnh"))
    }

    @Test func datesAreShownInVietnamTime() {
        #expect(VietnamTime.format(Fixtures.utc(2026, 3, 5, 1, 30)) == "05/03/2026 08:30")
        #expect(VietnamTime.format(Fixtures.utc(2025, 12, 31, 17, 0)) == "01/01/2026 00:00")
        #expect(VietnamTime.iso8601(Fixtures.utc(2026, 3, 5, 1, 30)) == "2026-03-05T08:30:00+07:00")
        #expect(VietnamTime.formatDay(Fixtures.utc(1969, 12, 31, 16, 59)) == "31/12/1969")
    }
}
