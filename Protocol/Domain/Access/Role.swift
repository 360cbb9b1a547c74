/// What a staff account is in the organisation. An account holds a set of roles; what
/// each role may do is data (`AccessPolicy`), named per service action, so a new service
/// grants its actions to these roles without a new role in code.
public enum Role: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    /// Cán bộ huyện: reads and acts on its own district's records only, with reporters' contacts.
    case districtOfficer = "district_officer"
    /// Đơn vị xử lý: only the cases assigned to its unit.
    case unitHandler = "unit_handler"
    /// Điều hành tỉnh: reads every district and acts on cases; edits no reference data.
    case provincialOperator = "provincial_operator"
    /// Quản trị: reference data, accounts, enrolment, the audit log.
    case administrator
    /// Lãnh đạo: read-only dashboards and statistics, no personal data.
    case viewer
    /// Màn hình trung tâm: a screen of the operations center's wall, signed in for weeks;
    /// it reads the wall and nothing else, and is revoked by disabling its account.
    case kiosk

    public static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
