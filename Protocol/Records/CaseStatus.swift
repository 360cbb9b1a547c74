/// Where a case stands in the processing workflow. The full workflow (triage,
/// assignment, transfer, reopen rules) belongs to the field-report service; this is the
/// vocabulary the spine carries.
public enum CaseStatus: String, CaseIterable, Sendable {
    case received
    case accepted
    case assigned
    case inProgress = "in_progress"
    case resolved
    case closed
    case ineligible

    /// The label staff read.
    public var vietnamese: String {
        switch self {
        case .received: "Mới tiếp nhận"
        case .accepted: "Đã chấp nhận"
        case .assigned: "Đã giao xử lý"
        case .inProgress: "Đang xử lý"
        case .resolved: "Đã xử lý xong"
        case .closed: "Đã đóng"
        case .ineligible: "Không đủ điều kiện"
        }
    }
}
