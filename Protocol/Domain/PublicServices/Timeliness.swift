/// Whether a dossier kept its deadline: when settled, early / on time / late; while open,
/// within deadline / due soon / overdue, or waiting (its clock stopped).
public enum Timeliness: String, Sendable, Hashable, Codable, CaseIterable {
    /// Trước hạn: settled on a day before the promised day.
    case early = "truoc-han"
    /// Đúng hạn: settled on the promised day.
    case onTime = "dung-han"
    /// Quá hạn: settled after the promised day.
    case late = "tre-han"
    /// Trong hạn: open, the promised day more than the warning window away.
    case withinDeadline = "trong-han"
    /// Sắp đến hạn: open, the promised day within the warning window.
    case dueSoon = "sap-den-han"
    /// Quá hạn: open past the promised day.
    case overdue = "qua-han"
    /// Tạm dừng / chờ bổ sung: open, the clock stopped.
    case waiting = "tam-dung"
    /// No promised day and no time limit: nothing to measure against.
    case noDeadline = "khong-thoi-han"
    /// Refused or withdrawn: not a settlement either way.
    case notSettled = "khong-giai-quyet"

    public var isOpen: Bool { [.withinDeadline, .dueSoon, .overdue, .waiting].contains(self) }
    /// Needs attention: the risk queue and the weekly report list these.
    public var isAtRisk: Bool { self == .overdue || self == .dueSoon }
}
