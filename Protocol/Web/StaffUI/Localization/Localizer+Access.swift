import Access

/// The words for roles, permissions and refused access.
extension Localizer {
    public func role(_ role: Role) -> String {
        switch role {
        case .districtOfficer: pick("Cán bộ huyện", "District officer")
        case .unitHandler: pick("Đơn vị xử lý", "Unit handler")
        case .provincialOperator: pick("Điều hành tỉnh", "Provincial operator")
        case .administrator: pick("Quản trị", "Administrator")
        case .viewer: pick("Lãnh đạo (chỉ xem)", "Leader (read-only)")
        case .kiosk: pick("Màn hình trung tâm (chỉ xem màn hình tường)", "Wall screen (the wall only)")
        }
    }

    public func permission(_ permission: Permission) -> String {
        switch permission {
        case .fieldReportsRead: pick("xem phản ánh và hồ sơ", "read reports and cases")
        case .fieldReportsAct: pick("tiếp nhận và xử lý hồ sơ", "take reports and act on cases")
        case .fieldReportsContact: pick("xem thông tin liên hệ của người phản ánh", "see reporters' contact details")
        case .fieldReportsStatistics: pick("xem thống kê phản ánh", "read report statistics")
        case .trafficRead: pick("xem giám sát giao thông", "read traffic monitoring")
        case .trafficEvents: pick("xem và xử lý sự kiện giao thông", "read and handle traffic events")
        case .trafficPlates: pick("tra cứu biển số", "search plates")
        case .trafficIngest: pick("gửi dữ liệu camera", "send camera data")
        case .referenceEdit: pick("sửa dữ liệu danh mục", "edit reference data")
        case .accountsManage: pick("quản lý tài khoản", "manage accounts")
        case .enrolmentManage: pick("đăng ký nút", "enrol nodes")
        case .auditRead: pick("xem nhật ký kiểm tra", "read the audit log")
        case .syncRead: pick("xem trạng thái đồng bộ", "read the sync status")
        default: permission.rawValue
        }
    }

    public func message(_ error: AccessError) -> String {
        switch error {
        case let .invalidUserName(user):
            pick("Tên đăng nhập \(user.prefix(60)) không hợp lệ: dùng 2–40 ký tự a–z, 0–9, '.', '-', '_'", "Invalid user name \(user.prefix(60)): use 2–40 of a–z, 0–9, '.', '-', '_'")
        case let .invalidDistrict(code): pick("Không có huyện \(code.prefix(20))", "No district \(code.prefix(20))")
        case let .passwordTooShort(minimum): pick("Mật khẩu cần ít nhất \(minimum) ký tự", "The password needs at least \(minimum) characters")
        case .noRoles: pick("Tài khoản cần ít nhất một vai trò", "An account needs at least one role")
        case .unitRequired: pick("Đơn vị xử lý cần mã đơn vị", "A unit handler needs its unit's code")
        case let .unknownRole(name): pick("Không có vai trò \(name.prefix(40))", "No role \(name.prefix(40))")
        case let .noSuchAccount(name): pick("Không có tài khoản \(name)", "No account \(name)")
        case let .accountExists(name): pick("Tài khoản \(name) đã có", "The account \(name) exists already")
        case let .forbidden(permission):
            pick("Tài khoản này không được \(self.permission(permission))", "This account may not \(self.permission(permission))")
        case let .otherDistrict(code):
            pick("Tài khoản này chỉ xem được huyện của mình, không xem được \(code.prefix(20))", "This account reads its own district only, not \(code.prefix(20))")
        case let .tooManyAttempts(seconds):
            pick(
                "Đăng nhập sai quá nhiều lần; vui lòng thử lại sau \(waitText(seconds))",
                "Too many failed sign-ins; please try again in \(waitText(seconds))")
        case .busy: pick("Đang kiểm tra quá nhiều lượt đăng nhập; vui lòng thử lại sau giây lát", "Too many sign-ins are being checked; try again in a moment")
        case .invalidTokenLabel: pick("Tên mã truy cập cần 1–80 ký tự trên một dòng", "A token's label is 1–80 characters on one line")
        case let .unknownPermission(name): pick("Không có quyền \(name.prefix(60))", "No permission \(name.prefix(60))")
        case let .permissionNotForTokens(permission):
            pick("Mã truy cập không được giữ quyền \(self.permission(permission))", "A token may not hold the right to \(self.permission(permission))")
        case let .invalidTokenLifetime(days): pick("Mã truy cập có hạn từ 1 đến \(days) ngày", "A token lasts 1 to \(days) days")
        case let .noSuchToken(id): pick("Không có mã truy cập \(id)", "No token \(id)")
        case let .storage(reason): pick("Kho tài khoản gặp lỗi: \(reason)", "The account store failed: \(reason)")
        }
    }

    /// A wait in whole minutes (rounded up) from a minute on, in seconds below.
    private func waitText(_ seconds: Int) -> String {
        seconds < 60 ? pick("\(seconds) giây", "\(seconds) s") : pick("\((seconds + 59) / 60) phút", "\((seconds + 59) / 60) min")
    }
}

/// The words of the audit log page.
extension Localizer {
    public var auditTitle: String { pick("Nhật ký kiểm tra", "Audit log") }
    public var auditIntro: String {
        pick(
            "Mọi lượt đăng nhập, đăng nhập sai, đăng xuất, thao tác thay đổi dữ liệu và lượt bị từ chối, ở nút này và (tại trung tâm tỉnh) ở mọi nút đã đồng bộ. Giờ Việt Nam (UTC+7).",
            "Every sign-in, failed sign-in, sign-out, change and refusal, at this site and (at the hub) at every node that has synced. Vietnam time (UTC+7).")
    }
    public var auditAccount: String { pick("Tài khoản", "Account") }
    public var auditAccountHint: String { pick("tên hoặc tên@mã huyện, ví dụ can-bo@66106", "a name or name@district code, e.g. can-bo@66106") }
    public var auditSite: String { pick("Nơi ghi", "Site") }
    public var auditHub: String { pick("Trung tâm tỉnh", "Provincial hub") }
    public var auditAction: String { pick("Hành động", "Action") }
    public var auditAnyAction: String { pick("Mọi hành động", "Any action") }
    public var auditAddress: String { pick("Địa chỉ IP", "IP address") }
    public var auditSince: String { pick("Từ ngày", "From") }
    public var auditUntil: String { pick("Đến ngày", "To") }
    public var auditRefusedOnly: String { pick("Chỉ các lượt bị từ chối hoặc lỗi", "Refused or failed only") }
    public var auditTime: String { pick("Thời điểm", "Time") }
    public var auditRequest: String { pick("Yêu cầu", "Request") }
    public var auditOutcome: String { pick("Kết quả", "Outcome") }
    public var auditDone: String { pick("Thực hiện", "Done") }
    public var auditRefused: String { pick("Bị từ chối / lỗi", "Refused / failed") }
    public var auditEmpty: String { pick("Không có mục nào khớp bộ lọc.", "No entry matches the filters.") }

    public func auditAction(_ action: AuditEntry.Action) -> String {
        switch action {
        case .signIn: pick("Đăng nhập", "Sign-in")
        case .signInFailed: pick("Đăng nhập sai", "Failed sign-in")
        case .signOut: pick("Đăng xuất", "Sign-out")
        default: action.permission.map { permission($0) } ?? action.rawValue
        }
    }
}
