import StaffUI
import Testing

@Suite struct ReceiptPageTests {
    @Test func theReceiptShowsTheCodeAndHowToLookItUp() {
        let html = PublicPages.receipt(ReportReceiptPage(trackingCode: "EK-26-0042", caseID: "c-9"), context: Fixtures.citizen())
        #expect(html.contains(#"<p class="tracking-code">EK-26-0042</p>"#))
        #expect(html.contains(#"<a href="/track?code=EK-26-0042">Tra cứu ngay</a>"#))
        #expect(html.contains("Hãy ghi lại mã này."))
        #expect(!html.contains("/ui/cases/"))
    }

    @Test func staffAlsoGetALinkToTheNewCase() {
        let html = PublicPages.receipt(ReportReceiptPage(trackingCode: "EK-26-0042", caseID: "c 9"), context: Fixtures.node())
        #expect(html.contains(#"<a href="/ui/cases/c%209">Mở hồ sơ phản ánh</a>"#))
    }
}

@Suite struct TrackingPageTests {
    private func resolvedCase() -> CaseDetail {
        var detail = Fixtures.caseDetail()
        detail.timeline.append(
            TimelineEntry(at: Fixtures.utc(2026, 3, 4, 9), author: "Võ Minh Tuấn", kind: .comment, text: "Gọi 0912 345 678"))
        return detail
    }

    @Test func withoutACodeOnlyTheFormIsShown() {
        let html = PublicPages.tracking(TrackingPage(), context: Fixtures.citizen())
        #expect(html.contains(#"<form class="filters card" method="get" action="/track">"#))
        #expect(html.contains(#"<input type="text" id="track-code" name="code" required"#))
        #expect(!html.contains("Diễn biến xử lý"))
    }

    @Test func anUnknownCodeIsReportedNotFound() {
        let html = PublicPages.tracking(TrackingPage(code: "XX<1>"), context: Fixtures.citizen())
        #expect(html.contains("Không tìm thấy phản ánh có mã “XX&lt;1&gt;”."))
    }

    @Test func theResultNeverShowsTheReporterOrStaff() {
        let detail = resolvedCase()
        let html = PublicPages.tracking(
            TrackingPage(code: detail.trackingCode, result: TrackingResult(publicViewOf: detail)), context: Fixtures.citizen())
        #expect(html.contains("BMT-26-000123"))
        #expect(html.contains("Đã thu gom rác"))
        for secret in ["0912", "345 678", "hoa@example.vn", "Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Thị Mai", "Võ Minh Tuấn",
            "Đã gọi lại", "Đúng lĩnh vực", "trước cổng chợ", "tel:", "mailto:", "/attachments/aa11"]
        {
            #expect(!html.contains(secret), "\(secret)")
        }
        #expect(html.contains(#"<img src="/attachments/bb22""#))
    }

    @Test func theStatusStepsAreShownOldestFirst() {
        let result = TrackingResult(publicViewOf: resolvedCase())
        #expect(result.timeline.map(\.status) == [.accepted, .resolved])
        let html = PublicPages.tracking(TrackingPage(result: result), context: Fixtures.citizen())
        let accepted = html.range(of: "status-accepted")?.lowerBound
        let resolved = html.range(of: "<div><span class=\"badge status status-resolved\"")?.lowerBound
        #expect(accepted != nil && resolved != nil && accepted! < resolved!)
    }

    @Test func aResolvedUnratedCaseOffersFiveStarRadios() {
        let html = PublicPages.tracking(
            TrackingPage(result: TrackingResult(publicViewOf: resolvedCase())), context: Fixtures.citizen())
        #expect(html.contains(#"<form class="card" method="post" action="/track/BMT-26-000123/rating">"#))
        #expect(html.occurrences(of: #"<input type="radio" name="stars""#) == 5)
        #expect(html.contains(#"value="5" required> ★★★★★ 5 – Rất hài lòng"#))
        #expect(html.contains(#"name="comment""#))
    }

    @Test func aRatedCaseShowsTheRatingInsteadOfTheForm() {
        var detail = resolvedCase()
        detail.rating = CitizenRating(stars: 4, comment: "Xử lý nhanh")
        let html = PublicPages.tracking(TrackingPage(result: TrackingResult(publicViewOf: detail)), context: Fixtures.citizen())
        #expect(!html.contains("name=\"stars\""))
        #expect(html.contains("★★★★☆"))
        #expect(html.contains("Xử lý nhanh"))
    }

    @Test func aCaseInProgressCannotBeRated() {
        let result = TrackingResult(trackingCode: "A-1", categoryName: "Rác thải", status: .inProgress, receivedAt: Fixtures.utc(2026, 3, 1))
        #expect(!result.canBeRated)
        #expect(!PublicPages.tracking(TrackingPage(result: result), context: Fixtures.citizen()).contains("name=\"stars\""))
    }
}

@Suite struct ErrorPageTests {
    @Test func aNotFoundPageSpeaksThePagesLanguage() {
        #expect(PublicPages.error(ErrorPage(status: 404), context: Fixtures.citizen()).contains("<h1>Không tìm thấy trang</h1>"))
        #expect(PublicPages.error(ErrorPage(status: 404), context: Fixtures.citizen(.en)).contains("<h1>Page not found</h1>"))
    }

    @Test func theCallersMessageIsShownEscaped() {
        let html = PublicPages.error(ErrorPage(status: 400, message: "Thiếu trường <category>"), context: Fixtures.node())
        #expect(html.contains("<h1>Yêu cầu không hợp lệ</h1>"))
        #expect(html.contains("Thiếu trường &lt;category&gt;"))
        #expect(html.contains("Mã lỗi 400"))
    }

    @Test func aServerErrorSaysToTryAgain() {
        let html = PublicPages.error(ErrorPage(status: 500), context: Fixtures.node(.en))
        #expect(html.contains("Server error"))
        #expect(html.contains("Please try again in a few minutes."))
    }
}
