import FieldReports
import StaffUI
import Testing

@Suite struct CasePageTests {
    private let conflict = ConflictView(
        fieldLabel: "Đơn vị xử lý",
        values: [
            .init(text: "Phòng Quản lý đô thị", author: "Trần Văn Nam", site: "Buôn Ma Thuột", at: Fixtures.utc(2026, 3, 3, 2)),
            .init(text: "UBND phường Tân Lợi", author: "Phạm Thu Hà", site: "Trung tâm tỉnh", at: Fixtures.utc(2026, 3, 3, 3)),
        ])

    @Test func onlyTheAllowedActionsAreShown() {
        let html = StaffPages.caseDetail(Fixtures.caseDetail(allowed: [.comment, .accept, .reject]), context: Fixtures.node())
        for action in ["accept", "reject", "comment"] {
            #expect(html.contains(#"method="post" action="/ui/cases/c-0001/actions/\#(action)""#), "\(action)")
        }
        for action in ["assign", "start", "resolve", "close", "reopen", "transfer"] {
            #expect(!html.contains("/actions/\(action)\""), "\(action)")
        }
        #expect(html.occurrences(of: "<form class=\"card action\"") == 3)
    }

    @Test func eachActionFormHasItsFields() {
        let html = StaffPages.caseDetail(Fixtures.caseDetail(), context: Fixtures.node())
        #expect(html.contains(#"<select id="action-accept-category" name="category" required><option value="xa-rac" selected>Rác thải</option>"#))
        #expect(html.contains(#"name="priority""#) && html.contains(#"<option value="high" selected>Cao</option>"#))
        #expect(html.contains(#"<textarea id="action-reject-reason" name="reason" rows="3" required>"#))
        #expect(html.contains(#"<select id="action-assign-unit" name="unit" required>"#))
        #expect(html.contains(#"action="/ui/cases/c-0001/actions/resolve" enctype="multipart/form-data">"#))
        #expect(html.contains(#"<textarea id="action-resolve-result" name="result" rows="4" required>"#))
        #expect(html.contains(#"name="photos" multiple accept="image/jpeg,image/png,image/webp""#))
        #expect(html.contains(#"<textarea id="action-reopen-reason" name="reason" rows="3" required>"#))
        #expect(html.contains(#"<textarea id="action-comment-text" name="text" rows="3" required>"#))
    }

    @Test func theTransferFormOffersOnlyOtherDistricts() {
        let html = StaffPages.caseDetail(Fixtures.caseDetail(allowed: [.transfer]), context: Fixtures.node())
        #expect(html.contains(#"<select id="action-transfer-district" name="district" required>"#))
        #expect(html.contains(#"<option value="651">Ea Kar</option>"#))
        #expect(!html.contains(#"<option value="643">"#))
    }

    @Test func aReadOnlyCaseShowsItsReasonAndNoForms() {
        let detail = Fixtures.caseDetail(readOnly: "Phản ánh đã chuyển sang huyện Ea Kar.")
        let html = StaffPages.caseDetail(detail, context: Fixtures.node())
        #expect(html.contains("Phản ánh đã chuyển sang huyện Ea Kar."))
        #expect(html.contains("Chỉ xem"))
        #expect(!html.contains("method=\"post\""))
    }

    @Test func conflictsShowEveryValueWithItsAuthorSiteAndTime() {
        let html = StaffPages.caseDetail(Fixtures.caseDetail(conflicts: [conflict]), context: Fixtures.node())
        #expect(html.contains("Hai nơi đã sửa cùng lúc"))
        #expect(html.contains("Thao tác tiếp theo của anh/chị trên phản ánh này sẽ giải quyết xung đột."))
        #expect(html.contains("<h3>Đơn vị xử lý</h3>"))
        #expect(html.contains("<strong>Phòng Quản lý đô thị</strong> — Trần Văn Nam (Buôn Ma Thuột), <time"))
        #expect(html.contains("<strong>UBND phường Tân Lợi</strong> — Phạm Thu Hà (Trung tâm tỉnh), <time"))
        #expect(html.contains("03/03/2026 10:00"))
    }

    @Test func noConflictBoxWithoutConflicts() {
        #expect(!StaffPages.caseDetail(Fixtures.caseDetail(), context: Fixtures.node()).contains("Hai nơi đã sửa"))
    }

    @Test func theTimelineShowsTheNewestEntryLast() {
        let entries = [
            TimelineEntry(at: Fixtures.utc(2026, 3, 4), author: "B", kind: .comment, text: "thứ hai"),
            TimelineEntry(at: Fixtures.utc(2026, 3, 5), author: "C", kind: .system, text: "thứ ba"),
            TimelineEntry(at: Fixtures.utc(2026, 3, 3), author: "A", kind: .comment, text: "thứ nhất"),
        ]
        let html = StaffPages.caseDetail(Fixtures.caseDetail(timeline: entries), context: Fixtures.node())
        let positions = ["thứ nhất", "thứ hai", "thứ ba"].compactMap { html.range(of: $0)?.lowerBound }
        #expect(positions.count == 3 && positions == positions.sorted())
    }

    @Test func transitionsShowTheStatusesTheyConnect() {
        let html = StaffPages.caseDetail(Fixtures.caseDetail(), context: Fixtures.node())
        #expect(
            html.contains(
                #"<span class="badge status status-received">Mới tiếp nhận</span> → <span class="badge status status-accepted">Đã chấp nhận</span>"#))
    }

    @Test func staffSeeTheReporterContactAndPhotos() {
        let html = StaffPages.caseDetail(Fixtures.caseDetail(), context: Fixtures.node())
        #expect(html.contains(#"<a href="tel:0912345678">0912 345 678</a>"#))
        #expect(html.contains(#"<a href="mailto:hoa@example.vn">hoa@example.vn</a>"#))
        #expect(html.contains("Nguyễn Thị Hoa"))
        #expect(html.contains(#"<img src="/attachments/aa11" alt="Ảnh 1""#))
        #expect(html.contains(#"<img src="/attachments/bb22" alt="Ảnh 1""#))
    }

    @Test func theMiniMapPlotsThePointInsideTheProvinceFrame() {
        let html = StaffPages.caseDetail(Fixtures.caseDetail(), context: Fixtures.node())
        let p = ProvinceMap.project(latitude: 12.667, longitude: 108.038)
        #expect(abs(p.x - 127.6) < 0.1 && abs(p.y - 190.3) < 0.1)
        #expect(html.contains(#"<circle class="point" cx="127.6" cy="190.3" r="6"/>"#))
        #expect(html.contains("thanh tỉ lệ dài 50 km"))
        #expect(html.contains(">50 km</text>"))
    }

    @Test func aPointOutsideTheProvinceIsNotPlottedButNoted() {
        var detail = Fixtures.caseDetail()
        detail.latitude = 10.77
        detail.longitude = 106.7
        let html = StaffPages.caseDetail(detail, context: Fixtures.node())
        #expect(html.contains("Tọa độ nằm ngoài khung bản đồ tỉnh."))
        #expect(!html.contains("class=\"point\""))
    }

    @Test func everyActionFormCarriesTheCSRFToken() {
        var context = Fixtures.node()
        context.csrfToken = "tok\"en"
        let html = StaffPages.caseDetail(Fixtures.caseDetail(), context: context)
        #expect(html.occurrences(of: #"<input type="hidden" name="csrf_token" value="tok&quot;en">"#) == CaseAction.allCases.count)
    }

    @Test func englishCasePageUsesEnglishLabels() {
        let html = StaffPages.caseDetail(Fixtures.caseDetail(conflicts: [conflict]), context: Fixtures.node(.en))
        for label in ["Report BMT-26-000123", "Conflicting edits", "Your next action on this report resolves the conflict.",
            "Mark resolved", "Transfer to another district", "Visible to staff only."]
        {
            #expect(html.contains(label), "\(label)")
        }
    }
}
