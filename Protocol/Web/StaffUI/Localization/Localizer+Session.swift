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

    /// The statistics row of cases with no unit yet.
    public var notAssignedGroup: String { pick("(chưa giao)", "(not assigned)") }
}
