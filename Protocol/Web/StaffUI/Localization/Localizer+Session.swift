import FieldReports

/// Sign-in, form and flash messages the web routes show.
extension Localizer {
    public var signInTitle: String { pick("Đăng nhập cán bộ", "Staff sign-in") }
    public var wrongCredentials: String { pick("Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password.") }
    public var userName: String { pick("Tên đăng nhập", "User name") }
    public var password: String { pick("Mật khẩu", "Password") }
    public var signIn: String { pick("Đăng nhập", "Sign in") }

    /// The CSRF token did not match: the page was open too long or in another session.
    public var formExpired: String {
        pick("Phiên làm việc đã hết hạn, vui lòng tải lại trang và thử lại.", "The form expired: reload the page and try again.")
    }
    public var formTooLarge: String { pick("Biểu mẫu quá lớn.", "The form is too large.") }
    public var noSuchAction: String { pick("Không có thao tác này.", "No such action.") }
    public var noSuchCase: String { pick("Không tìm thấy hồ sơ.", "No such case.") }
    public var chooseStars: String { pick("Chọn số sao từ 1 đến 5.", "Choose 1 to 5 stars.") }
    public var thanksForRating: String { pick("Cảm ơn bạn đã đánh giá.", "Thank you for your rating.") }
    public var noReportWithThisCode: String { pick("Không tìm thấy phản ánh với mã này.", "No report has this code.") }

    /// The flash after a workflow action succeeded.
    public func actionDone(_ action: CaseAction) -> String {
        pick("Đã thực hiện: \(self.action(action)).", "Done: \(self.action(action)).")
    }

    /// Why a case transferred to another district is read-only at this node.
    public func readOnlyTransferred(to district: String) -> String {
        pick("Hồ sơ đã chuyển sang \(district); ở đây chỉ xem.", "This case was transferred to \(district); it is read-only here.")
    }

    /// The Open311 service notice after a report is filed.
    public func trackWithCode(_ code: String) -> String { pick("Tra cứu bằng mã \(code)", "Track with code \(code)") }

    /// The statistics row of cases with no unit yet.
    public var notAssignedGroup: String { pick("(chưa giao)", "(not assigned)") }
}

extension Localizer {
    /// Why the web layer refused the request.
    public func message(_ refusal: HTTPRefusal) -> String {
        switch refusal {
        case let .invalidDate(_, text):
            pick("Ngày \(text.prefix(40)) không hợp lệ: dùng năm-tháng-ngày, ví dụ 2026-12-05", "Invalid date \(text.prefix(40)): use year-month-day, e.g. 2026-12-05")
        case let .unknownLockoutKind(kind):
            pick("Không có loại khoá \(kind.prefix(20)): dùng account hoặc address", "No lockout kind \(kind.prefix(20)): use account or address")
        case .signInRequired:
            pick("Cần đăng nhập cán bộ (cookie phiên hoặc HTTP Basic)", "Staff sign-in required (session cookie or HTTP Basic)")
        case .bodyTooLarge(let limit): pick("Nội dung quá lớn (tối đa \(number(limit)) byte)", "Body larger than \(number(limit)) bytes")
        case .formTooLarge(let limit):
            pick("Biểu mẫu quá lớn (tối đa \(limit / 1_048_576) MB)", "The form is larger than \(limit / 1_048_576) MB")
        case .malformedForm(let detail): pick("Biểu mẫu không đọc được: \(detail)", "Malformed form: \(detail)")
        case .fieldNotUTF8(let name): pick("Trường \(name) không phải văn bản UTF-8", "Field \(name) is not UTF-8 text")
        case .photoNotHereYet: pick("Ảnh chưa có ở đây (có thể đang đồng bộ)", "The photo is not here (yet)")
        case .unknownChannel(let name, let choices):
            pick("Kênh '\(name)' không được hỗ trợ: \(choices.joined(separator: ", "))", "Unknown channel '\(name)': \(choices.joined(separator: " or "))")
        case .webhooksNotConfigured:
            pick("Chưa cấu hình khóa webhook (--webhook-secret)", "Webhooks are not configured on this site (--webhook-secret)")
        case .badWebhookSignature:
            pick(
                "Chữ ký webhook không đúng: X-IOC-Signature phải là sha256=<HMAC-SHA256 dạng hex của thân>",
                "X-IOC-Signature must be sha256=<hex HMAC-SHA256 of the body>")
        case .notAUUID: pick("Mã không hợp lệ: cần một UUID", "The id must be a UUID")
        case .pageOutOfRange: pick("limit phải từ 1 đến 1000, offset ≥ 0", "limit must be 1…1000, offset ≥ 0")
        case .couldNotEncode: pick("Không mã hoá được kết quả", "Could not encode the result")
        case .hubDoesNotAnalyse:
            pick(
                "Trung tâm tỉnh không phân tích camera: gửi dữ liệu tới nút huyện",
                "The hub does not analyse cameras: send detections to the district node")
        case .noSuchCamera(let id): pick("Không có camera '\(id)'", "No camera '\(id)'")
        case .noSuchEvent: pick("Không tìm thấy sự kiện", "No such event")
        case .noSuchPlateOnList: pick("Biển số không có trong danh sách", "The plate is not on the list")
        case .notAPlate(let raw): pick("Không nhận ra biển số '\(raw)' (ví dụ 47A-123.45)", "'\(raw)' is not a Vietnamese plate (e.g. 47A-123.45)")
        case .noSuchTrackingCode(let code): pick("Không tìm thấy mã tra cứu \(code)", "No request \(code)")
        case .crossSiteWrite:
            pick(
                "Yêu cầu ghi bằng phiên đăng nhập cần mã biểu mẫu (X-CSRF-Token) hoặc Origin của chính trang này",
                "A write made with a session cookie needs the session's form token (X-CSRF-Token) or this site's Origin")
        }
    }
}

extension Localizer {
    /// Why a public submission was refused by the daily limits.
    public func message(_ refusal: IntakeRefusal) -> String {
        let mb: (Int) -> String = { "\($0 / 1_048_576) MB" }
        return switch refusal.reason {
        case let .reportsPerClient(limit):
            pick("Bạn đã gửi \(limit) phản ánh hôm nay, mức tối đa; vui lòng gửi tiếp vào ngày mai hoặc gọi đường dây nóng", "You have sent \(limit) reports today, the most allowed; please send more tomorrow or call the hotline")
        case let .photoBytesPerClient(limit):
            pick("Ảnh bạn gửi hôm nay đã đạt \(mb(limit)); vui lòng gửi tiếp vào ngày mai", "Your photos today have reached \(mb(limit)); please send more tomorrow")
        case let .photoBytesPerReport(limit):
            pick("Ảnh của một phản ánh tối đa \(mb(limit)); hãy bớt ảnh hoặc giảm kích thước", "One report's photos may total \(mb(limit)) at most; send fewer or smaller photos")
        case .reportsPerSite, .photoBytesPerSite:
            pick("Hệ thống đã nhận đủ phản ánh trực tuyến hôm nay; vui lòng gọi đường dây nóng hoặc gửi lại vào ngày mai", "This site has taken all the online reports it can today; please call the hotline or try again tomorrow")
        }
    }
}
