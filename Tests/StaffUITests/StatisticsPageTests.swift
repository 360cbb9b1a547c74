import StaffUI
import Testing

@Suite struct StatisticsPageTests {
    private let sentence =
        "Tiếp nhận 186 phản ánh: đã xử lý 175 (đúng hạn 119, quá hạn 56), đang xử lý 9 (trong hạn 6, quá hạn 3), không đủ điều kiện 2."

    @Test func theSummarySentenceMatchesTheProvincesWordingExactly() {
        #expect(Localizer(.vi).statisticsSentence(Fixtures.provinceTotal) == sentence)
    }

    @Test func thePageLeadsWithTheSummarySentence() {
        let html = StaffPages.statistics(Fixtures.statistics, context: Fixtures.hub(path: "/ui/stats"))
        #expect(html.contains("<p class=\"sentence\">\(sentence)</p>"))
    }

    @Test func theEnglishSentenceSaysTheSame() {
        #expect(
            Localizer(.en).statisticsSentence(Fixtures.provinceTotal)
                == "Received 186 reports: 175 processed (119 on time, 56 overdue), 9 in progress (6 within deadline, 3 overdue), 2 ineligible.")
    }

    @Test func theTableHasThePublishedShapeAndATotalRow() {
        let html = StaffPages.statistics(Fixtures.statistics, context: Fixtures.hub())
        #expect(html.contains("<caption>Tiếp nhận = Đã xử lý (đúng hạn / quá hạn) + Đang xử lý (trong hạn / quá hạn) + Không đủ điều kiện</caption>"))
        #expect(html.contains(#"<th scope="colgroup" colspan="3">Đã xử lý</th><th scope="colgroup" colspan="3">Đang xử lý</th>"#))
        for header in ["Tiếp nhận", "Đúng hạn", "Trong hạn", "Quá hạn", "Không đủ điều kiện", "Thời gian xử lý trung vị", "Đánh giá của người dân"] {
            #expect(html.contains(">\(header)</th>"), "\(header)")
        }
        let totals = ["186", "175", "119", "56", "9", "6", "3", "2"].map { "<td class=\"num\">\($0)</td>" }.joined()
        #expect(html.contains("<tfoot>\n<tr><th scope=\"row\">Tổng cộng</th>\(totals)"))
        #expect(html.contains("<td class=\"num\">30,5 giờ</td><td class=\"num\">4,2/5 (37 lượt)</td>"))
    }

    @Test func theChartHasOneFiveSegmentBarPerRowAndALegend() {
        let html = StaffPages.statistics(Fixtures.statistics, context: Fixtures.hub())
        for segment in ["seg-processed-on-time", "seg-processed-overdue", "seg-processing-on-time", "seg-processing-overdue", "seg-ineligible"] {
            #expect(html.occurrences(of: "<rect class=\"\(segment)\"") == 2, "\(segment)")
            #expect(html.contains("<span class=\"swatch \(segment)\"></span>"))
        }
        #expect(html.contains("<title>Ea Kar — Đã xử lý quá hạn: 31</title>"))
    }

    @Test func aRowThatDoesNotAddUpIsMarked() {
        var page = Fixtures.statistics
        page.rows[0].received = 101
        let html = StaffPages.statistics(page, context: Fixtures.hub())
        #expect(html.occurrences(of: "<tr class=\"row-unbalanced\">") == 1)
        #expect(Fixtures.provinceTotal.isBalanced)
    }

    @Test func theFilterFormGetsTheStatisticsPage() {
        let html = StaffPages.statistics(Fixtures.statistics, context: Fixtures.hub())
        #expect(html.contains(#"<form class="filters card" method="get" action="/ui/stats">"#))
        #expect(html.contains(#"<input type="date" id="stats-from" name="from" value="2026-01-01">"#))
        #expect(html.contains(#"<option value="district" selected>Huyện</option>"#))
        #expect(html.contains(#"id="stats-district""#))
        #expect(!StaffPages.statistics(Fixtures.statistics, context: Fixtures.node()).contains(#"id="stats-district""#))
    }

    @Test func anEmptyPeriodSaysSo() {
        let empty = StatisticsPage(
            filters: StatisticsFilters(from: "2026-01-01", to: "2026-01-02"), rows: [],
            total: StatisticsRow(label: "", received: 0, processedOnTime: 0, processedOverdue: 0, processingOnTime: 0, processingOverdue: 0, ineligible: 0))
        #expect(StaffPages.statistics(empty, context: Fixtures.node()).contains("Không có số liệu trong khoảng thời gian này."))
    }

    @Test func numbersFollowTheLanguage() {
        #expect(Localizer(.vi).number(1_234_567) == "1.234.567")
        #expect(Localizer(.en).number(1_234) == "1,234")
        #expect(Localizer(.vi).number(-5) == "-5")
        #expect(Localizer(.vi).decimal(12.5) == "12,5")
        #expect(Localizer(.en).decimal(4.0) == "4")
        #expect(Localizer(.vi).decimal(-0.5) == "-0,5")
        #expect(Localizer(.vi).duration(hours: 0.75) == "45 phút")
        #expect(Localizer(.vi).duration(hours: 96) == "4 ngày")
        #expect(Localizer(.en).duration(hours: 12.25) == "12.3 h")
    }
}
