import FieldReports

/// Every label of the staff web, in Vietnamese (with diacritics) and English.
///
/// Labels are plain text; the renderers escape them like any other text. Numbers follow the
/// language: `1.234` and `12,5` in Vietnamese, `1,234` and `12.5` in English.
public struct Localizer: Hashable, Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// `vi` on a Vietnamese page, `en` on an English one. Internal so that the label
    /// extensions in other files (`Localizer+Traffic.swift`) pick the same way.
    func pick(_ vi: String, _ en: String) -> String {
        language == .vi ? vi : en
    }

    /// Vietnamese, " / ", English: for readers whose language the request does not say (the
    /// JSON API's error messages, Open311 descriptions, the commands' output).
    public static func bilingual(_ say: (Localizer) -> String) -> String {
        say(Localizer(.vi)) + " / " + say(Localizer(.en))
    }

    // MARK: Layout

    public var skipToContent: String { pick("Bỏ qua, đến nội dung chính", "Skip to main content") }
    public var mainNavigation: String { pick("Điều hướng chính", "Main navigation") }
    public var navInbox: String { pick("Hộp thư", "Inbox") }
    public var navNewReport: String { pick("Tiếp nhận", "New report") }
    public var navStatistics: String { pick("Thống kê", "Statistics") }
    public var navTraffic: String { pick("Giao thông", "Traffic") }
    public var navTrack: String { pick("Tra cứu", "Track") }
    public var navSubmitReport: String { pick("Gửi phản ánh", "Report a problem") }
    public var search: String { pick("Tìm kiếm", "Search") }
    public var searchButton: String { pick("Tìm", "Search") }
    public var searchPlaceholder: String { pick("Mã tra cứu, địa chỉ, nội dung…", "Tracking code, address, text…") }
    public var languageLabel: String { pick("Ngôn ngữ", "Language") }
    public var provincialScope: String { pick("Toàn tỉnh", "Province-wide") }
    public var footerOrganisation: String {
        pick(
            "Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Đắk Lắk",
            "Đắk Lắk Intelligent Operations Center")
    }
    public var footerService: String {
        pick("Hệ thống tiếp nhận và xử lý phản ánh hiện trường", "Field report intake and handling")
    }
    public var hubSite: String { pick("Trung tâm tỉnh", "Provincial hub") }
    public var districtSite: String { pick("Nút huyện", "District node") }

    // MARK: Vocabulary

    public func status(_ status: CaseStatus) -> String {
        switch status {
        case .received: pick("Mới tiếp nhận", "Received")
        case .accepted: pick("Đã chấp nhận", "Accepted")
        case .assigned: pick("Đã giao xử lý", "Assigned")
        case .inProgress: pick("Đang xử lý", "In progress")
        case .resolved: pick("Đã xử lý xong", "Resolved")
        case .closed: pick("Đã đóng", "Closed")
        case .ineligible: pick("Không đủ điều kiện", "Ineligible")
        }
    }

    public func due(_ due: DueState) -> String {
        switch due {
        case .onTime: pick("Trong hạn", "On time")
        case .dueSoon: pick("Sắp đến hạn", "Due soon")
        case .overdue: pick("Quá hạn", "Overdue")
        case .settled: pick("Không tính hạn", "No deadline")
        }
    }

    public func channel(_ channel: ReportChannel) -> String {
        switch channel {
        case .web: pick("Cổng thông tin điện tử", "Web portal")
        case .app: pick("Ứng dụng di động", "Mobile app")
        case .hotline: pick("Đường dây nóng", "Hotline")
        case .walkIn: pick("Trực tiếp tại trụ sở", "Walk-in")
        case .zalo: pick("Zalo", "Zalo")
        case .email: pick("Thư điện tử", "Email")
        case .other: pick("Khác", "Other")
        }
    }

    public func priority(_ priority: CasePriority) -> String {
        switch priority {
        case .low: pick("Thấp", "Low")
        case .normal: pick("Bình thường", "Normal")
        case .high: pick("Cao", "High")
        case .urgent: pick("Khẩn cấp", "Urgent")
        }
    }

    /// The heading of an action's form.
    public func actionTitle(_ action: CaseAction) -> String {
        switch action {
        case .accept: pick("Chấp nhận phản ánh", "Accept the report")
        case .reject: pick("Không đủ điều kiện xử lý", "Mark as ineligible")
        case .assign: pick("Giao xử lý", "Assign to a unit")
        case .start: pick("Bắt đầu xử lý", "Start work")
        case .resolve: pick("Báo cáo kết quả xử lý", "Report the result")
        case .close: pick("Đóng phản ánh", "Close the report")
        case .reopen: pick("Mở lại", "Reopen")
        case .transfer: pick("Chuyển huyện", "Transfer to another district")
        case .comment: pick("Ghi chú nội bộ", "Internal comment")
        }
    }

    /// The label of an action's submit button.
    public func actionButton(_ action: CaseAction) -> String {
        switch action {
        case .accept: pick("Chấp nhận", "Accept")
        case .reject: pick("Xác nhận không đủ điều kiện", "Confirm ineligible")
        case .assign: pick("Giao xử lý", "Assign")
        case .start: pick("Bắt đầu xử lý", "Start work")
        case .resolve: pick("Đã xử lý xong", "Mark resolved")
        case .close: pick("Đóng phản ánh", "Close")
        case .reopen: pick("Mở lại", "Reopen")
        case .transfer: pick("Chuyển huyện", "Transfer")
        case .comment: pick("Thêm ghi chú", "Add comment")
        }
    }

    public func timelineKind(_ kind: TimelineEntry.Kind) -> String {
        switch kind {
        case .transition: pick("Chuyển trạng thái", "Status change")
        case .comment: pick("Ghi chú", "Comment")
        case .system: pick("Hệ thống", "System")
        }
    }

    public func grouping(_ grouping: StatisticsGrouping) -> String {
        switch grouping {
        case .district: pick("Huyện", "District")
        case .commune: pick("Xã, phường (theo vị trí)", "Commune or ward (by location)")
        case .unit: pick("Đơn vị xử lý", "Unit")
        case .category: pick("Lĩnh vực", "Category")
        case .month: pick("Tháng", "Month")
        }
    }

    public var noCommuneGroup: String { pick("Không có vị trí trong xã nào", "No location in a commune") }

    // MARK: Inbox

    public var inboxTitle: String { pick("Hộp thư phản ánh", "Report inbox") }
    public var allStatuses: String { pick("Tất cả", "All") }
    public var statusFilter: String { pick("Lọc theo trạng thái", "Filter by status") }
    public var district: String { pick("Huyện", "District") }
    public var allDistricts: String { pick("Tất cả các huyện", "All districts") }
    public var filter: String { pick("Lọc", "Filter") }
    public var trackingCode: String { pick("Mã tra cứu", "Tracking code") }
    public var category: String { pick("Lĩnh vực", "Category") }
    public var addressAndSummary: String { pick("Địa chỉ / nội dung", "Address / summary") }
    public var receivedAt: String { pick("Tiếp nhận lúc", "Received") }
    public var deadline: String { pick("Hạn xử lý", "Deadline") }
    public var dueColumn: String { pick("Thời hạn", "Due") }
    public var statusColumn: String { pick("Trạng thái", "Status") }
    public var unit: String { pick("Đơn vị xử lý", "Unit") }
    public var channelColumn: String { pick("Kênh tiếp nhận", "Channel") }
    public var conflictMarker: String {
        pick("Có dữ liệu bị sửa đồng thời, cần xem xét", "Conflicting edits to review")
    }
    public var noCases: String { pick("Không có phản ánh nào.", "No reports.") }
    public var previousPage: String { pick("‹ Trang trước", "‹ Previous") }
    public var nextPage: String { pick("Trang sau ›", "Next ›") }
    public var pagination: String { pick("Phân trang", "Pagination") }

    public func searchResults(for query: String) -> String {
        pick("Kết quả tìm kiếm cho “\(query)”", "Search results for “\(query)”")
    }

    public func showing(from: Int, to: Int, total: Int) -> String {
        pick(
            "Hiển thị \(number(from))–\(number(to)) trên tổng số \(number(total))",
            "Showing \(number(from))–\(number(to)) of \(number(total))")
    }

    public func page(_ page: Int, of count: Int) -> String {
        pick("Trang \(number(page))/\(number(count))", "Page \(number(page)) of \(number(count))")
    }

    // MARK: Case page

    public func caseTitle(_ trackingCode: String) -> String {
        pick("Phản ánh \(trackingCode)", "Report \(trackingCode)")
    }
    public var caseDetails: String { pick("Thông tin phản ánh", "Report details") }
    public var caseID: String { pick("Mã hồ sơ", "Case ID") }
    public var reportID: String { pick("Mã phản ánh gốc", "Report ID") }
    public var priorityLabel: String { pick("Mức độ ưu tiên", "Priority") }
    public var reportDescription: String { pick("Nội dung phản ánh", "Description") }
    public var address: String { pick("Địa chỉ", "Address") }
    public var location: String { pick("Vị trí", "Location") }
    public var coordinates: String { pick("Tọa độ", "Coordinates") }
    public var noCoordinates: String { pick("Không có tọa độ.", "No coordinates given.") }
    public var outsideProvince: String {
        pick("Tọa độ nằm ngoài khung bản đồ tỉnh.", "The coordinates lie outside the province map.")
    }
    public var reporter: String { pick("Người phản ánh", "Reporter") }
    public var staffOnly: String { pick("Chỉ cán bộ xử lý được xem thông tin này.", "Visible to staff only.") }
    public var name: String { pick("Họ và tên", "Name") }
    public var phone: String { pick("Số điện thoại", "Phone") }
    public var email: String { pick("Thư điện tử", "Email") }
    public var anonymous: String { pick("Người phản ánh không để lại thông tin.", "The reporter left no details.") }
    public var photos: String { pick("Ảnh hiện trường", "Photos") }
    public var resultPhotos: String { pick("Ảnh kết quả xử lý", "Result photos") }
    public func photo(_ index: Int) -> String { pick("Ảnh \(index)", "Photo \(index)") }
    public var acceptedAt: String { pick("Chấp nhận lúc", "Accepted") }
    public var resolvedAt: String { pick("Xử lý xong lúc", "Resolved") }
    public var result: String { pick("Kết quả xử lý", "Result") }
    public var ineligibleReason: String { pick("Lý do không đủ điều kiện", "Why ineligible") }
    public var citizenRating: String { pick("Đánh giá của người dân", "Citizen rating") }
    public var notRated: String { pick("Chưa đánh giá", "Not rated yet") }
    public var notAssigned: String { pick("Chưa giao", "Not assigned") }
    public var timeline: String { pick("Diễn biến xử lý", "History") }
    public var noTimeline: String { pick("Chưa có diễn biến nào.", "Nothing has happened yet.") }
    public var conflictsTitle: String { pick("Dữ liệu bị sửa đồng thời", "Conflicting edits") }
    public var conflictsExplanation: String {
        pick(
            "Hai nơi đã sửa cùng lúc khi chưa đồng bộ với nhau, nên hệ thống giữ lại cả hai giá trị dưới đây. "
                + "Thao tác tiếp theo của anh/chị trên phản ánh này sẽ giải quyết xung đột.",
            "Two sites edited this report at the same time, before they had synchronised, so both values are "
                + "kept below. Your next action on this report resolves the conflict.")
    }
    public var actions: String { pick("Xử lý phản ánh", "Actions") }
    public var noActions: String { pick("Không có thao tác nào lúc này.", "No action is available now.") }
    public var readOnly: String { pick("Chỉ xem", "Read only") }
    public var reason: String { pick("Lý do", "Reason") }
    public var resultText: String { pick("Kết quả xử lý", "What was done") }
    public var resultPhotosUpload: String {
        pick("Ảnh kết quả (JPEG, PNG, WebP; có thể chọn nhiều ảnh)", "Result photos (JPEG, PNG, WebP; several allowed)")
    }
    public var transferTo: String { pick("Chuyển đến huyện", "Transfer to district") }
    public var commentText: String { pick("Nội dung ghi chú", "Comment") }
    public var chooseOne: String { pick("— Chọn —", "— Choose —") }
    public var mapTitle: String { pick("Sơ đồ vị trí trong tỉnh Đắk Lắk", "Position within Đắk Lắk province") }
    public var mapScaleNote: String {
        pick(
            "Sơ đồ không có nền bản đồ: khung là tỉnh Đắk Lắk (vĩ độ 12,1°–13,6° Bắc, kinh độ 107,4°–109,0° Đông); "
                + "thanh tỉ lệ dài 50 km.",
            "A sketch without map tiles: the frame is Đắk Lắk province (latitude 12.1°–13.6° N, longitude "
                + "107.4°–109.0° E); the scale bar is 50 km long.")
    }

    public func stars(_ count: Int) -> String { pick("\(count)/5 sao", "\(count)/5 stars") }

    // MARK: Statistics

    public var statisticsTitle: String { pick("Thống kê phản ánh", "Report statistics") }
    public var fromDate: String { pick("Từ ngày", "From") }
    public var toDate: String { pick("Đến ngày", "To") }
    public var groupBy: String { pick("Nhóm theo", "Group by") }
    public var allUnits: String { pick("Tất cả đơn vị", "All units") }
    public var allCategories: String { pick("Tất cả lĩnh vực", "All categories") }
    public var show: String { pick("Xem", "Show") }
    public var totalReceived: String { pick("Tổng tiếp nhận", "Total received") }
    public var received: String { pick("Tiếp nhận", "Received") }
    public var processed: String { pick("Đã xử lý", "Processed") }
    public var processing: String { pick("Đang xử lý", "In progress") }
    public var processedSplit: String { pick("Đã xử lý (đúng hạn / quá hạn)", "Processed (on time / overdue)") }
    public var processingSplit: String {
        pick("Đang xử lý (trong hạn / quá hạn)", "In progress (within deadline / overdue)")
    }
    public var subtotal: String { pick("Tổng", "Total") }
    public var onTime: String { pick("Đúng hạn", "On time") }
    public var withinDeadline: String { pick("Trong hạn", "Within deadline") }
    public var overdue: String { pick("Quá hạn", "Overdue") }
    public var ineligible: String { pick("Không đủ điều kiện", "Ineligible") }
    public var medianResolveTime: String { pick("Thời gian xử lý trung vị", "Median resolution time") }
    public var totalRow: String { pick("Tổng cộng", "Total") }
    public var noStatistics: String {
        pick("Không có số liệu trong khoảng thời gian này.", "No figures for this period.")
    }
    public var unbalancedRow: String {
        pick(
            "Số liệu không cân: số tiếp nhận khác tổng các cột.", "Figures do not add up: received differs from the parts.")
    }
    public var chartTitle: String { pick("Biểu đồ tình hình xử lý", "Processing at a glance") }
    public var legendProcessedOnTime: String { pick("Đã xử lý đúng hạn", "Processed on time") }
    public var legendProcessedOverdue: String { pick("Đã xử lý quá hạn", "Processed overdue") }
    public var legendProcessingOnTime: String { pick("Đang xử lý trong hạn", "In progress, within deadline") }
    public var legendProcessingOverdue: String { pick("Đang xử lý quá hạn", "In progress, overdue") }

    /// The formula the table follows, as its caption.
    public var statisticsFormula: String {
        "\(received) = \(processedSplit) + \(processingSplit) + \(ineligible)"
    }

    /// The province's one-line summary, e.g. "Tiếp nhận 186 phản ánh: đã xử lý 175 (đúng hạn
    /// 119, quá hạn 56), đang xử lý 9 (trong hạn 6, quá hạn 3), không đủ điều kiện 2."
    public func statisticsSentence(_ row: StatisticsRow) -> String {
        let n = number
        return pick(
            "Tiếp nhận \(n(row.received)) phản ánh: đã xử lý \(n(row.processed)) (đúng hạn \(n(row.processedOnTime)), "
                + "quá hạn \(n(row.processedOverdue))), đang xử lý \(n(row.processing)) (trong hạn "
                + "\(n(row.processingOnTime)), quá hạn \(n(row.processingOverdue))), không đủ điều kiện "
                + "\(n(row.ineligible)).",
            "Received \(n(row.received)) reports: \(n(row.processed)) processed (\(n(row.processedOnTime)) on time, "
                + "\(n(row.processedOverdue)) overdue), \(n(row.processing)) in progress (\(n(row.processingOnTime)) "
                + "within deadline, \(n(row.processingOverdue)) overdue), \(n(row.ineligible)) ineligible.")
    }

    /// A duration: minutes under an hour, hours under three days, days beyond
    /// ("45 phút", "12,5 giờ", "3,2 ngày").
    public func duration(hours: Double) -> String {
        if hours < 1 {
            let minutes = Int((hours * 60).rounded())
            return pick("\(number(minutes)) phút", "\(number(minutes)) min")
        }
        if hours < 72 { return pick("\(decimal(hours)) giờ", "\(decimal(hours)) h") }
        return pick("\(decimal(hours / 24)) ngày", "\(decimal(hours / 24)) days")
    }

    /// An average rating with its count: "4,2/5 (37 lượt)", "4.2/5 (37 ratings)".
    public func ratingSummary(average: Double, count: Int) -> String {
        pick("\(decimal(average))/5 (\(number(count)) lượt)", "\(decimal(average))/5 (\(number(count)) ratings)")
    }

    // MARK: Report form

    public var reportFormTitle: String { pick("Gửi phản ánh hiện trường", "Report a problem") }
    public var reportFormIntro: String {
        pick(
            "Phản ánh những vấn đề anh/chị gặp ngoài hiện trường: rác thải, đường hư hỏng, đèn chiếu sáng, "
                + "lấn chiếm vỉa hè… Các mục có dấu * là bắt buộc.",
            "Tell us about problems you see on site: litter, damaged roads, street lights, blocked pavements… "
                + "Fields marked * are required.")
    }
    public var staffEntryTitle: String {
        pick("Tiếp nhận phản ánh qua đường dây nóng, trực tiếp", "Record a hotline or walk-in report")
    }
    public var staffEntryIntro: String {
        pick(
            "Ghi lại phản ánh người dân báo qua điện thoại hoặc đến trực tiếp. Các mục có dấu * là bắt buộc.",
            "Record a report made by phone or in person. Fields marked * are required.")
    }
    public var errorSummaryTitle: String { pick("Vui lòng kiểm tra lại các mục sau:", "Please check the following:") }
    public var categoryHelp: String { pick("Giải thích các lĩnh vực", "What the categories cover") }
    public var descriptionHint: String {
        pick("Mô tả sự việc: việc gì, ở đâu, từ khi nào.", "Describe what is wrong, where, and since when.")
    }
    public var addressHint: String {
        pick("Số nhà, đường, thôn/buôn/tổ dân phố, xã/phường.", "House number, street, village or quarter, commune.")
    }
    public var latitude: String { pick("Vĩ độ", "Latitude") }
    public var longitude: String { pick("Kinh độ", "Longitude") }
    public var mapPickerHint: String {
        pick(
            "Bấm vào sơ đồ để chọn vị trí gần đúng, hoặc nhập tọa độ, hoặc chỉ cần ghi địa chỉ ở trên.",
            "Click the sketch to pick an approximate position, or type coordinates, or just give the address above.")
    }
    public var photosUpload: String {
        pick("Ảnh hiện trường (JPEG, PNG, WebP; có thể chọn nhiều ảnh)", "Photos (JPEG, PNG, WebP; several allowed)")
    }
    public var contactLegend: String { pick("Thông tin liên hệ (không bắt buộc)", "Your contact details (optional)") }
    public var callerLegend: String { pick("Người báo tin", "Caller") }
    public var contactPrivacy: String {
        pick(
            "Chỉ cán bộ xử lý được xem thông tin này; thông tin không được công khai.",
            "Only the staff handling the report can see these details; they are never published.")
    }
    public var callerName: String { pick("Họ tên người gọi", "Caller's name") }
    public var callerPhone: String { pick("Số điện thoại người gọi", "Caller's phone") }
    public var channelLabel: String { pick("Kênh tiếp nhận", "Received via") }
    public var submitReport: String { pick("Gửi phản ánh", "Send report") }
    public var saveReport: String { pick("Lưu phản ánh", "Save report") }
    public var locationLegend: String { pick("Vị trí", "Location") }

    // MARK: Receipt and tracking

    public var receiptTitle: String { pick("Đã tiếp nhận phản ánh", "Report received") }
    public var receiptThanks: String {
        pick("Cảm ơn anh/chị. Phản ánh đã được tiếp nhận.", "Thank you. Your report has been received.")
    }
    public var yourTrackingCode: String { pick("Mã tra cứu của phản ánh:", "Tracking code of the report:") }
    public var howToLookUp: String {
        pick(
            "Hãy ghi lại mã này. Anh/chị có thể xem tình hình xử lý bất cứ lúc nào tại trang Tra cứu (/track) bằng mã trên.",
            "Please note this code. You can follow the handling at any time on the Track page (/track) with it.")
    }
    public var trackNow: String { pick("Tra cứu ngay", "Track it now") }
    public var openCase: String { pick("Mở hồ sơ phản ánh", "Open the case") }
    public var anotherReport: String { pick("Tiếp nhận phản ánh khác", "Record another report") }
    public var trackTitle: String { pick("Tra cứu phản ánh", "Track a report") }
    public var trackIntro: String {
        pick("Nhập mã tra cứu được cấp khi gửi phản ánh.", "Enter the tracking code you were given.")
    }
    public var lookUp: String { pick("Tra cứu", "Look up") }
    public func notFound(code: String) -> String {
        pick(
            "Không tìm thấy phản ánh có mã “\(code)”. Vui lòng kiểm tra lại mã.",
            "No report has the code “\(code)”. Please check the code.")
    }
    public var rateTitle: String { pick("Đánh giá kết quả xử lý", "Rate how it was handled") }
    public var satisfaction: String { pick("Mức độ hài lòng", "How satisfied are you?") }
    public func starLabel(_ stars: Int) -> String {
        switch stars {
        case ...1: pick("1 – Rất không hài lòng", "1 – Very dissatisfied")
        case 2: pick("2 – Không hài lòng", "2 – Dissatisfied")
        case 3: pick("3 – Bình thường", "3 – Neutral")
        case 4: pick("4 – Hài lòng", "4 – Satisfied")
        default: pick("5 – Rất hài lòng", "5 – Very satisfied")
        }
    }
    public var ratingComment: String { pick("Góp ý thêm (không bắt buộc)", "Anything to add (optional)") }
    public var sendRating: String { pick("Gửi đánh giá", "Send rating") }
    public var yourRating: String { pick("Đánh giá của anh/chị", "Your rating") }

    // MARK: Errors

    public func errorTitle(_ status: Int) -> String {
        switch status {
        case 400: pick("Yêu cầu không hợp lệ", "Bad request")
        case 403: pick("Không có quyền truy cập", "Access denied")
        case 404: pick("Không tìm thấy trang", "Page not found")
        case 413: pick("Dữ liệu gửi lên quá lớn", "Upload too large")
        case 500...599: pick("Lỗi hệ thống", "Server error")
        default: pick("Đã xảy ra lỗi", "Something went wrong")
        }
    }

    public func errorMessage(_ status: Int) -> String {
        switch status {
        case 400:
            pick(
                "Yêu cầu gửi lên không đúng. Vui lòng kiểm tra lại và thử lại.",
                "The request was not valid. Please check it and try again.")
        case 403: pick("Anh/chị không có quyền xem trang này.", "You may not see this page.")
        case 404:
            pick(
                "Trang hoặc phản ánh anh/chị tìm không tồn tại.",
                "The page or report you are looking for does not exist.")
        case 413:
            pick(
                "Ảnh hoặc dữ liệu gửi lên vượt quá dung lượng cho phép.",
                "The photos or data sent are larger than allowed.")
        case 500...599:
            pick(
                "Hệ thống gặp sự cố. Vui lòng thử lại sau ít phút.",
                "The system ran into a problem. Please try again in a few minutes.")
        default: pick("Vui lòng thử lại.", "Please try again.")
        }
    }

    public func errorCode(_ status: Int) -> String { pick("Mã lỗi \(status)", "Error \(status)") }
    public var backToStart: String { pick("Về trang đầu", "Back to the start") }

    // MARK: Numbers

    /// An integer with the language's thousands separator: "1.234" / "1,234".
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += language == .vi ? "." : "," }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// A number with at most one decimal, in the language's notation: "12,5" / "12.5"; "12" when whole.
    public func decimal(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let tenths = Int((value * 10).rounded())
        let whole = number(tenths / 10)
        let fraction = abs(tenths % 10)
        let sign = tenths < 0 && tenths / 10 == 0 ? "-" : ""
        return fraction == 0 ? sign + whole : sign + whole + (language == .vi ? "," : ".") + String(fraction)
    }
}
