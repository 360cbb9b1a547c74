import PublicServices
import Vietnam

/// The labels, vocabulary and refusals of the online public-service monitoring pages, in
/// Vietnamese and English.
extension Localizer {
    // MARK: Navigation and titles

    public var navDossiers: String { pick("Dịch vụ công", "Public services") }
    public var dossiersTitle: String { pick("Giám sát dịch vụ công trực tuyến", "Online public-service monitoring") }
    public var dossiersIntro: String {
        pick(
            "Hồ sơ thủ tục hành chính của hệ thống một cửa: tiếp nhận, giải quyết, trễ hạn, sắp đến hạn và báo cáo hằng tuần gửi các đơn vị.",
            "Administrative-procedure dossiers of the one-stop system: received, settled, late, due soon, and the weekly report sent to each unit.")
    }
    public var dossierRiskTitle: String { pick("Hồ sơ quá hạn và sắp đến hạn", "Overdue and due-soon dossiers") }
    public var dossierStatisticsTitle: String { pick("Tình hình, kết quả giải quyết TTHC", "Handling of administrative procedures") }
    public var dossierScoresTitle: String { pick("Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)", "Service index for citizens and businesses (Decision 766)") }
    public var overdueReportsTitle: String { pick("Báo cáo hồ sơ quá hạn hằng tuần", "Weekly overdue-dossier reports") }
    public var dossierImportTitle: String { pick("Nhập hồ sơ từ hệ thống một cửa", "Import dossiers from the one-stop system") }
    public var backToDossiers: String { pick("‹ Dịch vụ công", "‹ Public services") }
    public var dossierListTitle: String { pick("Danh sách hồ sơ", "Dossiers") }

    // MARK: Vocabulary

    public func unitName(_ area: String, districtName: (String) -> String) -> String {
        area == "province" ? pick("Cấp tỉnh (sở, ngành)", "Provincial departments") : districtName(area)
    }

    public func fieldName(_ field: ServiceField) -> String { pick(field.name, field.englishName) }

    public func dossierStatus(_ status: DossierStatus) -> String {
        switch status {
        case .received: pick("Đã tiếp nhận", "Received")
        case .processing: pick("Đang xử lý", "Processing")
        case .awaitingSupplement: pick("Chờ bổ sung", "Awaiting supplement")
        case .paused: pick("Tạm dừng", "Paused")
        case .finished: pick("Đã giải quyết", "Settled")
        case .returned: pick("Đã trả kết quả", "Result returned")
        case .refused: pick("Từ chối", "Refused")
        case .withdrawn: pick("Rút hồ sơ", "Withdrawn")
        }
    }

    public func timeliness(_ t: Timeliness) -> String {
        switch t {
        case .early: pick("Trước hạn", "Early")
        case .onTime: pick("Đúng hạn", "On time")
        case .late: pick("Trễ hạn", "Late")
        case .withinDeadline: pick("Trong hạn", "Within deadline")
        case .dueSoon: pick("Sắp đến hạn", "Due soon")
        case .overdue: pick("Quá hạn", "Overdue")
        case .waiting: pick("Tạm dừng / chờ bổ sung", "Paused / awaiting supplement")
        case .noDeadline: pick("Không có thời hạn", "No deadline")
        case .notSettled: pick("Trả lại / rút", "Refused / withdrawn")
        }
    }

    public func channel(_ c: DossierChannel) -> String {
        switch c {
        case .online: pick("Trực tuyến", "Online")
        case .inPerson: pick("Trực tiếp", "In person")
        case .postal: pick("Bưu chính", "Postal")
        }
    }

    public func onlineLevel(_ level: OnlineLevel) -> String {
        switch level {
        case .full: pick("Toàn trình", "Fully online")
        case .partial: pick("Một phần", "Partly online")
        }
    }

    public func dossierRating(_ r: PublicServices.CitizenRating) -> String {
        switch r {
        case .verySatisfied: pick("Rất hài lòng", "Very satisfied")
        case .satisfied: pick("Hài lòng", "Satisfied")
        case .dissatisfied: pick("Không hài lòng", "Dissatisfied")
        }
    }

    public func grouping(_ g: DossierStatistics.Grouping) -> String {
        switch g {
        case .unit: pick("Đơn vị", "Unit")
        case .field: pick("Lĩnh vực", "Field")
        case .procedure: pick("Thủ tục", "Procedure")
        case .office: pick("Cơ quan xử lý", "Handling office")
        }
    }

    public func scoreGroup(_ g: ScoreIndicator.Group) -> String {
        switch g {
        case .transparency: pick("Công khai, minh bạch", "Publicity and transparency")
        case .progress: pick("Tiến độ, kết quả giải quyết", "Progress and results of handling")
        case .onlineService: pick("Dịch vụ công trực tuyến", "Online public services")
        case .onlinePayment: pick("Thanh toán trực tuyến", "Online payment")
        case .satisfaction: pick("Mức độ hài lòng", "Satisfaction")
        case .digitisation: pick("Số hóa hồ sơ", "Digitisation of dossiers")
        }
    }

    public func scoreIndicator(_ i: ScoreIndicator) -> String { pick(i.name, i.englishName) }

    // MARK: Columns (the reporting form's, Circular 01/2020/TT-VPCP form 06a)

    public var receivedColumn: String { pick("Tổng số nhận giải quyết", "Received, total") }
    public var carriedOverColumn: String { pick("Kỳ trước chuyển qua", "Carried over") }
    public var newOnlineColumn: String { pick("Mới nhận trực tuyến", "New online") }
    public var newInPersonColumn: String { pick("Mới nhận trực tiếp, bưu chính", "New in person, by post") }
    public var settledColumn: String { pick("Đã giải quyết", "Settled") }
    public var earlyColumn: String { pick("Trước hạn", "Early") }
    public var onTimeColumn: String { pick("Đúng hạn", "On time") }
    public var lateColumn: String { pick("Quá hạn", "Late") }
    public var processingColumn: String { pick("Đang giải quyết", "In progress") }
    public var withinDeadlineColumn: String { pick("Trong hạn", "Within deadline") }
    public var overdueColumn: String { pick("Quá hạn", "Overdue") }
    public var pausedColumn: String { pick("Tạm dừng, chờ bổ sung", "Paused, awaiting supplement") }
    public var refusedWithdrawnColumn: String { pick("Trả lại, rút hồ sơ", "Refused, withdrawn") }
    public var supplementColumn: String { pick("Yêu cầu bổ sung", "Supplement requests") }
    public var onlineShareColumn: String { pick("Tỷ lệ trực tuyến", "Online share") }
    public var onlinePaymentColumn: String { pick("Tỷ lệ thanh toán trực tuyến", "Paid online") }
    public var inTimeShareColumn: String { pick("Tỷ lệ đúng hạn", "On-time share") }
    public var satisfactionColumn: String { pick("Tỷ lệ hài lòng", "Satisfied") }
    public var dossierCodeColumn: String { pick("Mã hồ sơ", "Dossier") }
    public var procedureColumn: String { pick("Thủ tục", "Procedure") }
    public var fieldColumn: String { pick("Lĩnh vực", "Field") }
    public var officeColumn: String { pick("Cơ quan xử lý", "Handling office") }
    public var receivedAtColumn: String { pick("Ngày tiếp nhận", "Received") }
    public var promisedColumn: String { pick("Hẹn trả", "Promised") }
    public var daysOverdueColumn: String { pick("Số ngày quá hạn (ngày làm việc)", "Working days overdue") }
    public var stateColumn: String { pick("Tình trạng", "State") }
    public var unitColumn2: String { pick("Đơn vị", "Unit") }
    public var periodFrom: String { pick("Từ ngày", "From") }
    public var periodTo: String { pick("Đến ngày", "To") }
    public var applicantLabel: String { pick("Người nộp", "Applicant") }
    public var applicantErased: String { pick("Đã xóa theo thời hạn lưu trữ", "Erased after the retention period") }
    public var applicantMasked: String { pick("(che bớt: ngoài đơn vị xử lý)", "(masked: outside the owning unit)") }
    public var timelineTitle: String { pick("Quá trình xử lý", "Processing steps") }
    public var waitsTitle: String { pick("Tạm dừng và yêu cầu bổ sung", "Pauses and supplement requests") }
    public var feeLabel: String { pick("Phí, lệ phí", "Fees") }
    public var paidOnlineLabel: String { pick("Thanh toán trực tuyến", "Paid online") }
    public var ratingLabel: String { pick("Đánh giá", "Rating") }
    public var refusalLabel: String { pick("Lý do từ chối", "Reason for refusal") }
    public var timeLimitLabel: String { pick("Thời hạn giải quyết", "Time limit") }
    public func workingDays(_ n: Int) -> String { pick("\(number(n)) ngày làm việc", n == 1 ? "1 working day" : "\(number(n)) working days") }
    public var overdueMapTitle: String { pick("Hồ sơ đang quá hạn theo đơn vị (hôm nay)", "Dossiers overdue today, by unit") }
    public var overdueTodayDetail: String { pick("Đang xử lý, đã quá hạn hôm nay", "Open and past their day today") }
    public var trendsTitle: String { pick("Xu hướng 12 tháng: trễ hạn và hài lòng", "12 months: lateness and satisfaction") }
    public var lateShareSeries: String { pick("Tỷ lệ trễ hạn (đã giải quyết)", "Late share (settled)") }
    public var satisfactionSeries: String { pick("Tỷ lệ hài lòng", "Satisfied share") }
    public var riskQueueIntro: String {
        pick("Hồ sơ đang xử lý đã quá hạn hoặc sắp đến hạn, hạn gần nhất trước.", "Open dossiers that are overdue or due soon, nearest deadline first.")
    }
    public var nothingAtRisk: String { pick("Không có hồ sơ quá hạn hay sắp đến hạn.", "No dossier is overdue or due soon.") }
    public var totalScore: String { pick("Tổng điểm", "Total") }
    public var pointsColumn: String { pick("Điểm", "Points") }
    public var maxColumn: String { pick("Tối đa", "Maximum") }
    public var ratioColumn: String { pick("Tỷ lệ", "Ratio") }
    public var computedLabel: String { pick("tính từ hồ sơ", "from the dossiers") }
    public var enteredLabel: String { pick("nhập", "entered") }
    public var notAvailable: String { pick("chưa có", "none yet") }
    public func scoreOf(_ total: Double, possible: Double) -> String {
        pick("\(decimal(total)) / 100 điểm (đã có dữ liệu cho \(decimal(possible)) điểm)", "\(decimal(total)) / 100 points (data for \(decimal(possible)) points)")
    }

    // MARK: Weekly reports

    public var reportNumber: String { pick("Số", "No.") }
    public var reportSender: String { pick("Nơi gửi", "From") }
    public var reportRecipient: String { pick("Kính gửi", "To") }
    public var reportWeek: String { pick("Tuần", "Week") }
    public var reportIssued: String { pick("Ngày", "Date") }
    public var reportSubject: String { pick("V/v hồ sơ thủ tục hành chính quá hạn, sắp đến hạn", "Re: overdue and due-soon administrative-procedure dossiers") }
    public func reportSummary(overdue: Int, dueSoon: Int, window: Int) -> String {
        pick(
            "\(number(overdue)) hồ sơ quá hạn và \(number(dueSoon)) hồ sơ sắp đến hạn (trong \(number(window)) ngày làm việc). Đề nghị đơn vị chỉ đạo xử lý đúng hạn.",
            "\(number(overdue)) overdue dossiers and \(number(dueSoon)) due within \(number(window)) working days. Please see that they are handled on time.")
    }
    public var readAction: String { pick("Đánh dấu đã xem", "Mark as read") }
    public func readBy(_ who: String, at: String) -> String { pick("Đã xem: \(who), \(at)", "Read by \(who), \(at)") }
    public var unread: String { pick("Chưa xem", "Not read") }
    public var printAction: String { pick("In", "Print") }
    public var noReports: String { pick("Chưa có báo cáo tuần nào.", "No weekly report yet.") }
    public var issueNow: String { pick("Lập báo cáo tuần này", "Issue this week's reports") }
    public var readColumn: String { pick("Đã xem", "Read") }
    public var reportLinesTitle: String { pick("Tổng hợp theo lĩnh vực và cơ quan xử lý", "By field and handling office") }
    public var reportEntriesTitle: String { pick("Danh sách hồ sơ", "Dossiers") }

    // MARK: Import

    public var dossierImportIntro: String {
        pick(
            "Tệp JSON (dạng DongBoHoSoMC của Cổng DVC quốc gia hoặc của hệ thống một cửa), CSV hoặc XLSX có dòng tiêu đề. Hồ sơ đã có được cập nhật theo mã hồ sơ; tệp có dòng sai thì không ghi gì.",
            "A JSON file (the national portal's DongBoHoSoMC shape or the one-stop system's), or a CSV or XLSX sheet with a header row. Known dossiers are updated by their code; a file with a bad row writes nothing.")
    }
    public func imported(_ o: DossierDesk.IngestOutcome) -> String {
        pick("Đã nhập: \(number(o.created)) mới, \(number(o.updated)) cập nhật, \(number(o.unchanged)) không đổi.", "Imported: \(number(o.created)) new, \(number(o.updated)) updated, \(number(o.unchanged)) unchanged.")
    }
    public var connectorTitle: String { pick("Kết nối hệ thống một cửa", "One-stop system connector") }

    // MARK: Refusals

    public func message(_ error: DossierError) -> String {
        switch error {
        case .invalidRows(let problems):
            pick("Tệp có \(number(problems.count)) hồ sơ sai, không ghi gì: ", "\(number(problems.count)) dossiers are wrong, nothing was written: ")
                + problems.prefix(5).map(problem).joined(separator: "; ")
        case .unknownUnit(let unit): pick("Không có đơn vị mã “\(unit)”.", "No unit with code “\(unit)”.")
        case .otherUnit(let unit): pick("Tài khoản này không làm việc với đơn vị “\(unit)”.", "This account does not work with unit “\(unit)”.")
        case .notFound(let code): pick("Không có hồ sơ “\(code)”.", "No dossier “\(code)”.")
        case .reportNotFound(let id): pick("Không có báo cáo “\(id)”.", "No report “\(id)”.")
        case .tooMany(let limit): pick("Quá nhiều hồ sơ trong một lần gửi (tối đa \(number(limit))).", "Too many dossiers in one request (at most \(number(limit))).")
        case .bodyTooLarge(let limit): message(HTTPRefusal.bodyTooLarge(limit: limit))
        case .unreadableFile(let why): pick("Không đọc được tệp: \(why)", "The file could not be read: \(why)")
        case .invalidQuery(let field, let value): pick("“\(value)” không hợp lệ cho “\(field)”.", "“\(value)” is not valid for “\(field)”.")
        case .connectorNotConfigured:
            pick(
                "Trung tâm chưa được cấu hình kết nối hệ thống một cửa (tham số --one-stop-url).",
                "The hub has no one-stop connector configured (the --one-stop-url option).")
        case .storage: pick("Không lưu được vào cơ sở dữ liệu; vui lòng thử lại.", "The database could not be written; please try again.")
        }
    }

    public func problem(_ p: DossierProblem) -> String {
        let reason =
            switch p.reason {
            case .missing: pick("thiếu", "missing")
            case .notADate: pick("không phải ngày", "not a date")
            case .notANumber: pick("không phải số", "not a number")
            case .unknownValue: pick("giá trị không rõ", "unknown value")
            case .unknownUnit: pick("đơn vị không rõ", "unknown unit")
            case .notAnObject: pick("không phải một hồ sơ", "not a dossier object")
            case .duplicate: pick("trùng mã hồ sơ", "duplicate dossier code")
            case .finishedWithoutDate: pick("đã kết thúc nhưng thiếu ngày kết thúc", "closed without a closing date")
            case .beforeReceipt: pick("trước ngày tiếp nhận", "before the reception date")
            }
        let row = pick("dòng \(p.row)", "row \(p.row)") + (p.code.map { " (\($0))" } ?? "")
        return "\(row): \(p.field) \(reason)" + (p.value.map { " “\($0)”" } ?? "")
    }
}

extension Localizer {
    /// A day as officers write it: "19/01/2026".
    public func day(_ date: CivilDate) -> String {
        (date.day < 10 ? "0" : "") + "\(date.day)/" + (date.month < 10 ? "0" : "") + "\(date.month)/\(date.year)"
    }

    /// An instant in Vietnam: "19/01/2026 08:00:00".
    public func moment(_ millis: Int64) -> String { VietnamTime.dateTimeText(millis: millis) }

    /// A share 0…1 as a percentage with one decimal, "—" when there is none.
    public func share(_ value: Double?) -> String { value.map { percent($0 * 100) } ?? "—" }
}
