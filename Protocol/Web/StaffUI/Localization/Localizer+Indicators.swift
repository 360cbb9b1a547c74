import Indicators

/// The labels, vocabulary and refusals of the socio-economic indicator pages, in Vietnamese and English.
extension Localizer {
    // MARK: Navigation and titles

    public var navIndicators: String { pick("Chỉ tiêu KT-XH", "Indicators") }
    public var indicatorsTitle: String { pick("Giám sát, điều hành kinh tế – xã hội", "Socio-economic monitoring") }
    public var indicatorsIntro: String {
        pick(
            "Chỉ tiêu kinh tế – xã hội theo 16 nhóm của niên giám thống kê: số liệu mới nhất, so với cùng kỳ và tiến độ kế hoạch năm.",
            "Socio-economic indicators in the 16 groups of the statistical yearbook: the latest figure, the change on the same period last year and progress against the year's plan.")
    }
    public var indicatorEntryTitle: String { pick("Nhập số liệu", "Enter figures") }
    public var owedTitle: String { pick("Báo cáo còn thiếu", "Reports outstanding") }
    public var rankingsTitle: String { pick("Xếp hạng PCI, PAPI, ICT-Index, DTI", "PCI, PAPI, ICT-Index and DTI rankings") }
    public var comparisonTitle: String { pick("So sánh giữa các huyện", "District comparison") }
    public var backToIndicators: String { pick("‹ Chỉ tiêu kinh tế – xã hội", "‹ Socio-economic indicators") }
    public var indicatorTools: String { pick("Công cụ chỉ tiêu", "Indicator tools") }

    // MARK: Vocabulary

    public func areaName(_ code: String, districtName: (String) -> String) -> String {
        code == "province" ? pick("Toàn tỉnh", "Province") : districtName(code)
    }

    public func groupName(_ group: IndicatorGroup) -> String { pick(group.nameVi, group.nameEn) }
    public func indicatorName(_ d: IndicatorDefinition) -> String { language == .vi || d.nameEn.isEmpty ? d.nameVi : d.nameEn }

    public func figureStatus(_ status: FigureStatus) -> String {
        switch status {
        case .estimate: pick("Ước tính", "Estimate")
        case .preliminary: pick("Sơ bộ", "Preliminary")
        case .official: pick("Chính thức", "Official")
        }
    }

    public func reportStatus(_ status: ReportStatus) -> String {
        switch status {
        case .draft: pick("Đang nhập", "Draft")
        case .submitted: pick("Đã gửi, chờ duyệt", "Submitted")
        case .approved: pick("Đã duyệt", "Approved")
        case .locked: pick("Đã khóa số liệu", "Locked")
        }
    }

    public func reportAction(_ action: ReportAction) -> String {
        switch action {
        case .submit: pick("Gửi báo cáo", "Submit")
        case .return: pick("Trả lại để sửa", "Return for correction")
        case .approve: pick("Duyệt", "Approve")
        case .lock: pick("Khóa số liệu", "Lock")
        }
    }

    public func frequency(_ f: ReportingFrequency) -> String {
        switch f {
        case .month: pick("Tháng", "Monthly")
        case .quarter: pick("Quý", "Quarterly")
        case .half: pick("6 tháng", "Half-yearly")
        case .nineMonths: pick("9 tháng", "Nine months")
        case .year: pick("Năm", "Yearly")
        }
    }

    public func aggregation(_ rule: AggregationRule) -> String {
        switch rule {
        case .sum: pick("Tỉnh = tổng các huyện", "Province = sum of districts")
        case .weightedMean(let weight): pick("Bình quân gia quyền theo \(weight)", "Mean weighted by \(weight)")
        case .none: pick("Không cộng dồn theo huyện", "Not aggregated from districts")
        }
    }

    /// "Tháng 6/2024", "Quý II/2024", "6 tháng đầu năm 2024", "9 tháng 2024", "Năm 2024".
    public func period(_ p: ReportingPeriod) -> String {
        let roman = ["I", "II", "III", "IV"]
        switch p.frequency {
        case .month: return pick("Tháng \(p.index)/\(p.year)", "\(Self.monthNames[p.index - 1]) \(p.year)")
        case .quarter: return pick("Quý \(roman[p.index - 1])/\(p.year)", "Q\(p.index) \(p.year)")
        case .half: return p.index == 1 ? pick("6 tháng đầu năm \(p.year)", "H1 \(p.year)") : pick("6 tháng cuối năm \(p.year)", "H2 \(p.year)")
        case .nineMonths: return pick("9 tháng \(p.year)", "9 months \(p.year)")
        case .year: return pick("Năm \(p.year)", "\(p.year)")
        }
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A figure as statistics offices print it: whole numbers grouped, otherwise up to two decimals.
    public func figure(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 9e15 { return number(Int(value)) }
        var text = decimal(value, places: 2)
        let mark: Character = language == .vi ? "," : "."
        if text.contains(mark) {
            while text.hasSuffix("0") { text.removeLast() }
            if text.last == mark { text.removeLast() }
        }
        return text
    }

    /// "+4,4%" or "−0,3 điểm" / "+0.3 pts".
    public func change(_ value: Double, points: Bool) -> String {
        let sign = value > 0.049 ? "+" : (value < -0.049 ? "−" : "±")
        let magnitude = decimal(abs(value), places: 1)
        return points ? sign + magnitude + pick(" điểm", " pts") : sign + magnitude + "%"
    }

    // MARK: Columns and labels

    public var indicatorColumn: String { pick("Chỉ tiêu", "Indicator") }
    public var groupColumn: String { pick("Nhóm", "Group") }
    public var periodColumn: String { pick("Kỳ", "Period") }
    public var valueColumn: String { pick("Giá trị", "Value") }
    public var unitColumn: String { pick("Đơn vị tính", "Unit") }
    public var figureStatusColumn: String { pick("Mức độ", "Status") }
    public var sameLastYearColumn: String { pick("So cùng kỳ", "On last year") }
    public var planColumn: String { pick("Kế hoạch năm", "Year's plan") }
    public var planProgressColumn: String { pick("Đạt kế hoạch", "Of plan") }
    public var yearToDateColumn: String { pick("Lũy kế từ đầu năm", "Year to date") }
    public var realGrowthColumn: String { pick("Tăng theo giá so sánh", "Growth at comparable prices") }
    public var sourceColumn: String { pick("Nguồn", "Source") }
    public var enteredByColumn: String { pick("Người nhập", "Entered by") }
    public var enteredAtColumn: String { pick("Thời điểm", "When") }
    public var areaLabel: String { pick("Địa bàn", "Area") }
    public var yearLabel: String { pick("Năm", "Year") }
    public var frequencyLabel: String { pick("Kỳ báo cáo", "Frequency") }
    public var periodLabel: String { pick("Kỳ báo cáo", "Period") }
    public var showButton: String { pick("Xem", "Show") }
    public var noFigure: String { pick("Chưa có số liệu", "No figure yet") }
    public var noFigures: String { pick("Chưa có số liệu cho nhóm này.", "No figures in this group yet.") }
    public var syntheticMark: String { pick("mô phỏng", "synthetic") }
    public var syntheticNote: String {
        pick(
            "Số liệu gắn nhãn “mô phỏng” là dữ liệu minh họa, không phải số liệu công bố; số liệu công bố ghi rõ nguồn.",
            "Figures labelled “synthetic” are illustrations, not published statistics; published figures name their source.")
    }
    public var conflictMark: String { pick("Có giá trị nhập đồng thời khác", "Written concurrently with another value") }
    public func conflictingValues(_ values: String) -> String { pick("Giá trị khác: \(values) — nhập lại để chọn", "Other values: \(values) — enter again to resolve") }
    public var definitionLabel: String { pick("Định nghĩa", "Definition") }
    public var aggregationLabel: String { pick("Tổng hợp từ huyện", "From districts") }
    public var higherIsBetterLabel: String { pick("Chiều tốt", "Better when") }
    public func higherIsBetter(_ better: Bool) -> String { better ? pick("Càng cao càng tốt", "Higher") : pick("Càng thấp càng tốt", "Lower") }
    public var deadlineLabel: String { pick("Hạn báo cáo", "Reporting deadline") }
    public func deadline(_ d: ReportingDeadline) -> String {
        switch d {
        case .dayOfFollowingMonth(let day): pick("Ngày \(day) tháng sau kỳ báo cáo", "Day \(day) of the month after the period")
        case .workingDaysAfter(let days): pick("\(days) ngày làm việc sau kỳ báo cáo", "\(days) working days after the period")
        }
    }
    public var trendTitle: String { pick("Diễn biến", "Trend") }
    public var targetLine: String { pick("Kế hoạch", "Plan") }
    public var figuresTableTitle: String { pick("Số liệu theo kỳ", "Figures by period") }
    public var revisionsTitle: String { pick("Lịch sử điều chỉnh", "Revisions") }
    public var reasonColumn: String { pick("Lý do", "Reason") }
    public var compareDistricts: String { pick("So sánh giữa các huyện", "Compare districts") }
    public var districtsSum: String { pick("Tổng các huyện có số liệu", "Sum of reporting districts") }
    public var districtsMean: String { pick("Bình quân gia quyền các huyện", "Weighted mean of districts") }
    public var provinceFigure: String { pick("Số liệu của tỉnh", "Province's own figure") }
    public var gapLabel: String { pick("Chênh lệch (tỉnh − huyện)", "Gap (province − districts)") }
    public func reporting(_ n: Int, of total: Int) -> String { pick("\(n)/\(total) huyện có số liệu", "\(n) of \(total) districts reported") }
    public var gapFlagged: String { pick("Cần kiểm tra: số liệu huyện không khớp với tỉnh", "Check: the districts' figures do not match the province's") }
    public var comparisonMapTitle: String { pick("Bản đồ so sánh", "Map") }
    public var comparisonMapNote: String {
        pick("Mỗi vòng tròn đặt tại trung tâm huyện, diện tích tỉ lệ với số liệu. Bản đồ vẽ không cần internet.", "Each circle sits at the district's seat, its area proportional to the figure. The map needs no internet.")
    }
    public var notAggregable: String { pick("Chỉ tiêu này không cộng từ số liệu huyện.", "This indicator does not add up from districts.") }

    // MARK: Entry and workflow

    public var entryIntro: String {
        pick(
            "Nhập số theo cách viết tiếng Việt (1.318.885 hoặc 7,37). Ô để trống giữ nguyên số liệu đã có. Nút lưu ghi tất cả hoặc không ghi gì.",
            "Numbers may be written 1,318,885 or 7.37. An empty box keeps the figure already there. Saving writes every row or none.")
    }
    public var currentValue: String { pick("Số liệu hiện có", "Current figure") }
    public var newValue: String { pick("Số liệu mới", "New figure") }
    public var noteLabel: String { pick("Ghi chú", "Note") }
    public var reasonLabel: String { pick("Lý do điều chỉnh (bắt buộc khi đã khóa)", "Reason for the revision (required once locked)") }
    public var saveFigures: String { pick("Lưu số liệu", "Save figures") }
    public func figuresSaved(_ n: Int) -> String { pick("Đã lưu \(n) số liệu.", "\(n) figures saved.") }
    public var nothingToSave: String { pick("Chưa nhập số liệu nào.", "No figure was entered.") }
    public var reportStatusLabel: String { pick("Tình trạng báo cáo", "Report status") }
    public func reportActed(_ status: ReportStatus) -> String { pick("Báo cáo chuyển sang: \(reportStatus(status)).", "The report is now: \(reportStatus(status)).") }
    public func unreadableNumber(_ text: String) -> String { pick("“\(text)” không phải là số.", "“\(text)” is not a number.") }
    public var noIndicatorsForPeriod: String { pick("Không có chỉ tiêu nào báo cáo theo kỳ này.", "No indicator is reported for this period.") }
    public var entryReadOnly: String {
        pick("Tài khoản này chỉ xem; nhập số liệu cần quyền nhập của địa bàn.", "This account reads only; entering figures needs the area's entry permission.")
    }

    // MARK: Owed reports and rankings

    public var dueSoon: String { pick("Sắp đến hạn", "Due soon") }
    public var nothingOwed: String { pick("Không còn báo cáo nào thiếu.", "Nothing outstanding.") }
    public func owedCount(_ overdue: Int, _ soon: Int) -> String { pick("\(overdue) quá hạn · \(soon) sắp đến hạn", "\(overdue) overdue · \(soon) due soon") }
    public var componentsTitle: String { pick("Điểm chỉ số thành phần", "Component scores") }
    public var scoreColumn: String { pick("Điểm", "Score") }
    public var nationalRankColumn: String { pick("Xếp hạng cả nước", "National rank") }
    public var regionRankColumn: String { pick("Xếp hạng Tây Nguyên", "Rank in Tây Nguyên") }
    public func rank(_ rank: Int, of count: Int?) -> String { count.map { "\(rank)/\($0)" } ?? "\(rank)" }
    public var rankChartNote: String { pick("Hạng càng cao (số càng nhỏ) càng ở trên.", "Better ranks (smaller numbers) are higher.") }

    // MARK: Brief and export

    public var briefTitle: String { pick("Bản tin chỉ tiêu kinh tế – xã hội", "Socio-economic brief") }
    public var briefPrintHint: String { pick("In trang này (Ctrl+P) được một trang A4.", "Print this page (Ctrl+P) on one A4 sheet.") }
    public var exportCSV: String { pick("Tải CSV", "Download CSV") }
    public var exportXLSX: String { pick("Tải Excel (XLSX)", "Download Excel (XLSX)") }

    // MARK: Import

    public var importTitle: String { pick("Nhập số liệu từ tệp", "Import a sheet") }
    public var importIntro: String {
        pick(
            "Tệp XLSX hoặc CSV theo mẫu của cơ quan thống kê: chỉ tiêu theo dòng (mã hoặc tên), kỳ theo cột (Năm 2024, Tháng 6/2024, Quý II/2024, 6 tháng đầu năm 2024, Kế hoạch 2024). Xem trước rồi mới ghi.",
            "An XLSX or CSV sheet as statistics offices lay it out: indicators as rows (code or name), periods as columns (Năm 2024, Tháng 6/2024, Quý II/2024, 6 tháng đầu năm 2024, Kế hoạch 2024). A preview comes before anything is written.")
    }
    public var importFile: String { pick("Tệp (XLSX, CSV)", "File (XLSX, CSV)") }
    public var importPreviewButton: String { pick("Xem trước", "Preview") }
    public var importConfirmButton: String { pick("Ghi số liệu", "Write the figures") }
    public var importCancel: String { pick("Hủy", "Cancel") }
    public func importRead(figures: Int, targets: Int, cells: Int) -> String {
        pick("Đọc được \(number(figures)) số liệu và \(number(targets)) chỉ tiêu kế hoạch trong \(number(cells)) ô.", "Read \(number(figures)) figures and \(number(targets)) targets in \(number(cells)) cells.")
    }
    public var importNoProblems: String { pick("Mọi ô đều đọc được.", "Every cell was read.") }
    public func importProblemsCount(_ n: Int) -> String { pick("\(number(n)) ô sẽ không được ghi như hiện có — xem bảng dưới.", "\(number(n)) cells will not be written as they stand — see the table below.") }
    public var importProblemsCaption: String { pick("Các ô không đọc được hoặc đọc được hai cách", "Cells that could not be read, or read two ways") }
    public var cellColumn: String { pick("Ô", "Cell") }
    public var contentColumn: String { pick("Nội dung", "Content") }
    public func importProblem(_ p: ImportProblem) -> String {
        switch p.kind {
        case .unreadable: return pick("Không phải là số", "Not a number")
        case .unknownIndicator: return pick("Dòng này không khớp chỉ tiêu nào trong danh mục", "This row names no indicator of the catalog")
        case .periodNotReported: return pick("Chỉ tiêu không báo cáo theo kỳ này", "The indicator is not reported for this period")
        case .ambiguous:
            let r = p.readings ?? []
            return r.count == 2
                ? pick("Đọc được hai cách: \(figure(r[0])) (kiểu Việt Nam) hoặc \(Localizer(.en).figure(r[1])) (kiểu Anh)", "Reads two ways: \(Localizer(.vi).figure(r[0])) (Vietnamese) or \(figure(r[1])) (English)")
                : pick("Đọc được hai cách", "Reads two ways")
        }
    }
    public func ambiguousChoice(_ n: Int) -> String { pick("\(number(n)) ô đọc được hai cách: ghi theo", "\(number(n)) cells read two ways: write them as") }
    public var ambiguousVietnamese: String { pick("kiểu Việt Nam (dấu chấm phân cách hàng nghìn: 1.318 = một nghìn ba trăm mười tám)", "Vietnamese (a dot groups thousands: 1.318 = one thousand three hundred eighteen)") }
    public var ambiguousEnglish: String { pick("kiểu Anh (dấu chấm thập phân: 1.318 = một phẩy ba trăm mười tám)", "English (a decimal point: 1.318 = one point three one eight)") }
    public var ambiguousSkip: String { pick("không ghi các ô này", "do not write these cells") }
    public var importExpired: String { pick("Bản xem trước đã hết hạn; vui lòng tải tệp lên lại.", "The preview has expired; please upload the file again.") }
    public func importWritten(_ n: Int) -> String { pick("Đã ghi \(number(n)) số liệu từ tệp.", "\(number(n)) figures written from the sheet.") }

    // MARK: Refusals

    public func message(_ error: IndicatorError) -> String {
        switch error {
        case .invalid(let field, let reason): message(reason, field: field)
        case .unknownIndicator(let code): pick("Không có chỉ tiêu mã “\(code)” trong danh mục.", "No indicator with code “\(code)” in the catalog.")
        case .unknownArea(let code): pick("Không có địa bàn mã “\(code)”.", "No area with code “\(code)”.")
        case .otherArea(let code): pick("Tài khoản này chỉ làm việc với số liệu của huyện mình, không phải “\(code)”.", "This account works with its own district's figures only, not “\(code)”.")
        case .reportClosed(let area, let period, let status):
            pick("Báo cáo của \(area) kỳ \(period) \(reportStatus(status).lowercased()): chỉ Cục Thống kê tỉnh được sửa.", "The report of \(area) for \(period) is \(reportStatus(status).lowercased()): only the provincial statistics office may change it.")
        case .reasonRequired(let area, let period):
            pick("Số liệu của \(area) kỳ \(period) đã khóa: cần ghi lý do điều chỉnh.", "The figures of \(area) for \(period) are locked: a revision needs a reason.")
        case .workflow(let action, let status):
            pick("Không thể “\(reportAction(action))” khi báo cáo \(reportStatus(status).lowercased()).", "Cannot “\(reportAction(action))” a report that is \(reportStatus(status).lowercased()).")
        case .approverOnly(let action): pick("Chỉ Cục Thống kê tỉnh được “\(reportAction(action))”.", "Only the provincial statistics office may “\(reportAction(action))”.")
        case .bodyTooLarge(let limit): message(HTTPRefusal.bodyTooLarge(limit: limit))
        case .storage: pick("Không lưu được vào cơ sở dữ liệu; vui lòng thử lại.", "The database could not be written; please try again.")
        }
    }

    private func message(_ reason: IndicatorError.Invalid, field: String) -> String {
        switch reason {
        case .required: pick("Thiếu “\(field)”.", "“\(field)” is required.")
        case .notACode(let text): pick("“\(text)” không phải là mã hợp lệ (\(field)).", "“\(text)” is not a valid code (\(field)).")
        case .notANumber(let text): pick("“\(text)” không phải là số hợp lệ (\(field)).", "“\(text)” is not a valid number (\(field)).")
        case .notAPeriod(let text): pick("“\(text)” không phải là kỳ báo cáo (viết 2024, 2024-Q2, 2024-H1, 2024-9M hoặc 2024-06).", "“\(text)” is not a period (write 2024, 2024-Q2, 2024-H1, 2024-9M or 2024-06).")
        case .periodNotReported(let period, let f): pick("Chỉ tiêu báo cáo theo \(frequency(f).lowercased()), không nhận kỳ \(period).", "The indicator is reported \(frequency(f).lowercased()); \(period) is finer than that.")
        case .unknownStatus(let text): pick("“\(text)” không phải là mức độ số liệu (estimate, preliminary, official).", "“\(text)” is not a figure status (estimate, preliminary, official).")
        case .notAYear(let text): pick("“\(text)” không phải là năm hợp lệ.", "“\(text)” is not a valid year.")
        case .malformedBody(let detail): pick("Dữ liệu gửi lên không đọc được (\(field)): \(detail)", "The body could not be read (\(field)): \(detail)")
        case .tooMany(let limit): pick("Quá nhiều dòng trong một lần gửi (tối đa \(number(limit))).", "Too many items in one request (at most \(number(limit))).")
        }
    }
}
