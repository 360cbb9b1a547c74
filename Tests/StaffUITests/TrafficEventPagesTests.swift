import StaffUI
import Testing

@Suite struct TrafficEventPagesTests {
    private var context: PageContext {
        var context = Fixtures.node(path: "/ui/traffic/events")
        context.csrfToken = "tok-123"
        return context
    }

    private func events(_ rows: [TrafficEventRow], filters: TrafficEventFilters = TrafficEventFilters()) -> String {
        StaffPages.trafficEvents(TrafficEventsPage(filters: filters, rows: rows), context: context)
    }

    @Test func aNewViolationOffersBothActionFormsWithTheCSRFToken() {
        let html = events([TrafficFixtures.speeding()])
        #expect(html.contains(
            "<form class=\"inline-action\" method=\"post\" action=\"/ui/traffic/events/ev-1/case\"><input type=\"hidden\" name=\"csrf_token\" value=\"tok-123\"><button type=\"submit\">Mở vụ việc"))
        #expect(html.contains(
            "<form class=\"inline-action\" method=\"post\" action=\"/ui/traffic/events/ev-1/dismiss\"><input type=\"hidden\" name=\"csrf_token\" value=\"tok-123\"><button type=\"submit\" class=\"secondary\">Bỏ qua"))
        #expect(html.occurrences(of: "name=\"csrf_token\"") == 2)
        #expect(html.contains("<span class=\"visually-hidden\"> – Chạy quá tốc độ quy định, Ngã Sáu Ban Mê, 05/03/2026 08:30</span>"))
    }

    @Test func anOpenedCaseIsLinkedInsteadOfTheForms() {
        let html = events([TrafficFixtures.speeding(status: .caseOpened(caseID: "c-0042", trackingCode: "BMT-26-000042"))])
        #expect(html.contains("<a class=\"code\" href=\"/ui/cases/c-0042\">Vụ việc BMT-26-000042</a>"))
        #expect(!html.contains("method=\"post\""))
        #expect(!html.contains("Mở vụ việc"))
    }

    @Test func dismissedEventsAndNonViolationsHaveNoForms() {
        let html = events([TrafficFixtures.speeding(status: .dismissed), TrafficFixtures.congestionRaised])
        #expect(html.contains("<span class=\"badge dismissed\">Đã bỏ qua</span>"))
        #expect(!html.contains("method=\"post\""))
        #expect(html.occurrences(of: "<span class=\"badge violation\">Vi phạm</span>") == 1)
    }

    @Test func eachViolationRowSummarisesItsEvidence() {
        let html = events([TrafficFixtures.speeding()])
        #expect(html.contains("Mã vết theo dõi (track): #12, #15<br>2 lần đọc biển số"))
        #expect(html.contains("<a href=\"/attachments/\(TrafficFixtures.hash)\">Ảnh khung hình rõ nhất</a>"))
        #expect(html.contains("<a href=\"/attachments/\(TrafficFixtures.cropHash)\">Ảnh cắt biển số</a>"))
        #expect(html.contains("<strong class=\"over-limit\">72,4 km/h (giới hạn 50 km/h)</strong>"))
        #expect(html.contains("<td>ô tô<br><a class=\"code\" href=\"/ui/traffic/plates?q=47A-123.45\">47A-123.45</a></td>"))
    }

    @Test func plateCameraAndTitleTextCannotInjectMarkup() {
        var row = TrafficFixtures.speeding(plate: "<script>alert(1)</script>", cameraName: "\"><img src=x onerror=alert(1)>")
        row.title = "<b>Vượt</b>"
        row.evidence?.plateReads[0].text = "<i>47A</i>"
        row.evidence?.bestFrameRef = "\"><script>"
        let list = events([row])
        let detail = StaffPages.trafficEvent(TrafficEventPage(event: row), context: context)
        for html in [list, detail] {
            #expect(!html.contains("<script"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("<b>Vượt"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
            #expect(html.contains("href=\"/ui/traffic/plates?q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E\""))
        }
        #expect(detail.contains("&lt;i&gt;47A&lt;/i&gt;"))
        #expect(detail.contains("href=\"/attachments/%22%3E%3Cscript%3E\""))
    }

    @Test func identifiersInPathsArePercentEncoded() {
        var row = TrafficFixtures.speeding()
        row.id = "../a b"
        row.cameraID = "cam/1?x"
        let html = events([row])
        #expect(html.contains("action=\"/ui/traffic/events/..%2Fa%20b/case\""))
        #expect(html.contains("href=\"/ui/traffic/cameras/cam%2F1%3Fx\""))
    }

    @Test func theFilterFormKeepsWhatWasChosenAndPagingKeepsTheFilters() {
        let filters = TrafficEventFilters(camera: "bmt-01", kind: "speeding", onlyViolations: true, from: "2026-03-01", to: "2026-03-05")
        let page = TrafficEventsPage(
            filters: filters, cameraChoices: [CodeName(code: "bmt-01", name: "Ngã Sáu Ban Mê")],
            kindChoices: [CodeName(code: "speeding", name: "Chạy quá tốc độ")], rows: [TrafficFixtures.speeding()], offset: 50,
            limit: 50, total: 130)
        let html = StaffPages.trafficEvents(page, context: context)
        #expect(html.contains("<form class=\"filters card\" method=\"get\" action=\"/ui/traffic/events\">"))
        #expect(html.contains("<option value=\"bmt-01\" selected>Ngã Sáu Ban Mê</option>"))
        #expect(html.contains("<option value=\"speeding\" selected>Chạy quá tốc độ</option>"))
        #expect(html.contains("name=\"violations\" value=\"1\" checked>"))
        #expect(html.contains("<input type=\"date\" id=\"events-from\" name=\"from\" value=\"2026-03-01\">"))
        let query = "camera=bmt-01&amp;kind=speeding&amp;violations=1&amp;from=2026-03-01&amp;to=2026-03-05"
        #expect(html.contains("<a href=\"/ui/traffic/events?\(query)\" rel=\"prev\">"))
        #expect(html.contains("<a href=\"/ui/traffic/events?\(query)&amp;offset=100\" rel=\"next\">"))
        #expect(html.contains("Hiển thị 51–51 trên tổng số 130"))
    }

    @Test func theEventPageShowsTheWholeEvidenceBundle() {
        let html = StaffPages.trafficEvent(TrafficEventPage(event: TrafficFixtures.speeding(), camera: TrafficFixtures.ngaSau), context: context)
        #expect(html.contains("<dt>Mã vết theo dõi (track)</dt><dd><span class=\"code\">#12, #15</span></dd>"))
        #expect(html.contains("<li><span class=\"code\">47A-123.45</span> — Độ tin cậy 92,5% — <time"))
        #expect(html.contains("<li><span class=\"code\">47A-128.45</span> — Độ tin cậy 41% — <time"))
        #expect(html.contains("<a class=\"code hash\" href=\"/attachments/\(TrafficFixtures.hash)\">\(TrafficFixtures.hash)</a>"))
        #expect(html.contains("<a class=\"code hash\" href=\"/attachments/\(TrafficFixtures.cropHash)\">\(TrafficFixtures.cropHash)</a>"))
        #expect(html.contains("<span class=\"code\">x = 640, y = 512,5</span>"))
        #expect(html.contains("<span class=\"code\">12.66690, 108.03910</span>"))
        #expect(html.contains("<span class=\"badge phase phase-red\">Đèn đỏ</span>"))
        #expect(html.contains("72,4 km/h (giới hạn 50 km/h) <strong class=\"over-limit\">vượt 22,4 km/h (44,8%)</strong>"))
        #expect(html.contains("<a href=\"/ui/traffic/cameras/bmt-01\">Ngã Sáu Ban Mê</a>"))
    }

    @Test func theEventPageMapsTheCameraAndTheEventPoint() {
        let html = StaffPages.trafficEvent(TrafficEventPage(event: TrafficFixtures.speeding(), camera: TrafficFixtures.ngaSau), context: context)
        #expect(html.contains("<title id=\"event-map-title\">Vị trí sự kiện so với camera</title>"))
        #expect(html.contains("data-camera=\"bmt-01\""))
        #expect(html.occurrences(of: "<circle class=\"point\"") == 1)
        #expect(html.contains(">100 m</text>"))
    }

    @Test func theEventPageOffersTheActionsOnlyWhileNew() {
        let fresh = StaffPages.trafficEvent(TrafficEventPage(event: TrafficFixtures.speeding()), context: context)
        #expect(fresh.contains("action=\"/ui/traffic/events/ev-1/case\""))
        #expect(fresh.contains("action=\"/ui/traffic/events/ev-1/dismiss\""))
        let opened = StaffPages.trafficEvent(
            TrafficEventPage(event: TrafficFixtures.speeding(status: .caseOpened(caseID: "c-9", trackingCode: "BMT-26-9"))), context: context)
        #expect(!opened.contains("method=\"post\""))
        #expect(opened.contains("<a class=\"code\" href=\"/ui/cases/c-9\">Vụ việc BMT-26-9</a>"))
    }

    @Test func anEventWithoutEvidenceSaysSo() {
        let html = StaffPages.trafficEvent(TrafficEventPage(event: TrafficFixtures.congestionRaised), context: context)
        #expect(html.contains("Không có bằng chứng kèm theo."))
        #expect(!html.contains("<svg"))
        #expect(!html.contains("method=\"post\""))
    }

    @Test func theEnglishEventListUsesTheEnglishTitleAndLabels() {
        var english = context
        english.language = .en
        let html = StaffPages.trafficEvents(TrafficEventsPage(rows: [TrafficFixtures.speeding(language: .en)]), context: english)
        for label in ["Traffic events", ">Speeding</a>", "Open a case", "Dismiss", "Violation", "72.4 km/h (limit 50 km/h)", "2 plate reads"] {
            #expect(html.contains(label), "\(label)")
        }
        for label in ["Chạy quá tốc độ", "Mở vụ việc", "Bỏ qua", "giới hạn"] { #expect(!html.contains(label), "\(label)") }
    }
}
