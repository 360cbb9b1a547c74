import Access
import Vietnam

/// The words of the administrators' pages: accounts, API tokens, sign-in lockouts.
extension Localizer {
    public var navAdministration: String { pick("Quản trị", "Administration") }
    public var adminTitle: String { pick("Quản trị", "Administration") }

    // MARK: Accounts

    public var accountsTitle: String { pick("Tài khoản", "Accounts") }
    public var accountsIntro: String {
        pick(
            "Tài khoản được đồng bộ: tài khoản của huyện về nút huyện đó, tài khoản của tỉnh về mọi nút. Vai trò, đơn vị và khoá tài khoản chỉ đổi tại trung tâm tỉnh.",
            "Accounts are replicated: a district's reach its node, the province's reach every site. Roles, units and disabling change at the hub only.")
    }
    public var accountColumn: String { pick("Tài khoản", "Account") }
    public var fullName: String { pick("Họ tên", "Full name") }
    public var rolesLabel: String { pick("Vai trò", "Roles") }
    public var unitCode: String { pick("Mã đơn vị (cho đơn vị xử lý)", "Unit code (for a unit handler)") }
    public var stateLabel: String { pick("Trạng thái", "State") }
    public var accountActive: String { pick("Đang dùng", "Active") }
    public var accountDisabled: String { pick("Đã khoá", "Disabled") }
    public var userNameHint: String { pick("2–40 ký tự a–z, 0–9, '.', '-', '_'", "2–40 of a–z, 0–9, '.', '-', '_'") }
    public var provinceScope: String { pick("Tỉnh (mọi huyện)", "Province (every district)") }
    public var districtOrProvince: String { pick("Thuộc", "Belongs to") }
    public var initialPassword: String { pick("Mật khẩu ban đầu", "Initial password") }
    public var newPassword: String { pick("Mật khẩu mới", "New password") }
    public var createAccount: String { pick("Tạo tài khoản", "Create account") }
    public var saveAccount: String { pick("Lưu thay đổi", "Save changes") }
    public var disableAccount: String { pick("Khoá tài khoản (kết thúc mọi phiên đăng nhập)", "Disable the account (ends every session)") }
    public var setPassword: String { pick("Đặt mật khẩu mới", "Set a new password") }
    public var signOutEverywhere: String { pick("Đăng xuất ở mọi nơi", "Sign out everywhere") }
    public var signOutEverywhereHint: String {
        pick("Mọi phiên đăng nhập của tài khoản kết thúc tại đây ngay và ở các nút sau khi đồng bộ.", "Every session of the account ends here at once and at the nodes after sync.")
    }
    public var edit: String { pick("Sửa", "Edit") }
    public var noAccounts: String { pick("Chưa có tài khoản nào.", "No accounts yet.") }
    public func accountCreated(_ name: String) -> String { pick("Đã tạo tài khoản \(name)", "Account \(name) created") }
    public func accountSaved(_ name: String) -> String { pick("Đã lưu tài khoản \(name)", "Account \(name) saved") }
    public func passwordSet(_ name: String) -> String {
        pick("Đã đặt mật khẩu mới cho \(name); mọi phiên cũ đã kết thúc", "New password set for \(name); its earlier sessions are over")
    }
    public func sessionsEnded(_ name: String) -> String { pick("Mọi phiên đăng nhập của \(name) đã kết thúc", "Every session of \(name) is over") }

    // MARK: API tokens

    public var tokensTitle: String { pick("Mã truy cập API", "API tokens") }
    public var tokensIntro: String {
        pick(
            "Cho hệ thống tích hợp (cổng dịch vụ công, SOC, cổng camera): mỗi mã một quyền, trong một huyện hoặc cả tỉnh, đến khi hết hạn hoặc bị thu hồi. Gửi kèm tiêu đề Authorization: Bearer <mã>.",
            "For integrated systems (one-stop portal, SOC, camera gateways): one permission each, in one district or the whole province, until it expires or is revoked. Sent as the header Authorization: Bearer <token>.")
    }
    public var tokenLabel: String { pick("Dùng cho", "Used for") }
    public var tokenPermission: String { pick("Quyền", "Permission") }
    public var tokenDays: String { pick("Số ngày hiệu lực", "Days valid") }
    public var tokenExpires: String { pick("Hết hạn", "Expires") }
    public var tokenCreatedBy: String { pick("Người tạo", "Made by") }
    public var createToken: String { pick("Tạo mã", "Make token") }
    public var revoke: String { pick("Thu hồi", "Revoke") }
    public var tokenActive: String { pick("Đang dùng", "Active") }
    public var tokenRevokedState: String { pick("Đã thu hồi", "Revoked") }
    public var tokenExpired: String { pick("Hết hạn", "Expired") }
    public var noTokens: String { pick("Chưa có mã truy cập nào.", "No tokens yet.") }
    public var tokenShownOnce: String {
        pick(
            "Chép mã này ngay: nó chỉ hiện một lần, hệ thống chỉ giữ giá trị băm của nó.",
            "Copy this token now: it is shown once, and only its hash is kept.")
    }
    public func tokenMade(_ token: APIToken) -> String {
        pick(
            "đã tạo mã \(token.id) (\(permission(token.permission)), \(token.district)), hết hạn \(VietnamTime.dateTimeText(millis: token.expiresMillis)); mã chỉ in một lần:",
            "token \(token.id) made (\(permission(token.permission)), \(token.district)), expires \(VietnamTime.dateTimeText(millis: token.expiresMillis)); printed once:")
    }
    public func tokenRevoked(_ id: String) -> String {
        pick("đã thu hồi mã \(id); các nút ngừng nhận nó sau lần đồng bộ tới", "token \(id) revoked; nodes stop accepting it with their next sync")
    }

    // MARK: Lockouts

    public var lockoutsTitle: String { pick("Khoá đăng nhập", "Sign-in lockouts") }
    public var lockoutsIntro: String {
        pick(
            "Tên đăng nhập và địa chỉ đang bị khoá tạm vì đăng nhập sai nhiều lần, tại nút này (mỗi nút giữ riêng).",
            "Account names and addresses locked out for now after failed sign-ins, at this site (each site keeps its own).")
    }
    public var lockoutKind: String { pick("Loại", "Kind") }
    public var lockoutKey: String { pick("Tên hoặc địa chỉ", "Name or address") }
    public var lockoutFailures: String { pick("Số lần sai", "Failures") }
    public var lockoutUntil: String { pick("Khoá đến", "Locked until") }
    public var lockoutAccount: String { pick("Tên đăng nhập", "Account name") }
    public var lockoutAddress: String { pick("Địa chỉ", "Address") }
    public var release: String { pick("Mở khoá", "Release") }
    public var noLockouts: String { pick("Không có khoá nào lúc này.", "Nothing is locked out now.") }
    public func lockoutReleased(_ key: String) -> String { pick("Đã mở khoá \(key)", "\(key) released") }
}
