/// Where a case stands in the processing workflow (see `CaseAction` for the moves).
public enum CaseStatus: String, CaseIterable, Sendable, Codable {
    case received
    case accepted
    case assigned
    case inProgress = "in_progress"
    case resolved
    case closed
    case ineligible

    /// How the province's statistic counts a case in this state.
    public enum Outcome: Int, Sendable {
        case processing = 0
        case processed = 1
        case ineligible = 2
    }

    public var outcome: Outcome {
        switch self {
        case .resolved, .closed: .processed
        case .ineligible: .ineligible
        case .received, .accepted, .assigned, .inProgress: .processing
        }
    }

    /// True once processing has ended (resolved, closed or found ineligible).
    public var isFinished: Bool { outcome != .processing }

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

    public var english: String {
        switch self {
        case .received: "Received"
        case .accepted: "Accepted"
        case .assigned: "Assigned"
        case .inProgress: "In progress"
        case .resolved: "Resolved"
        case .closed: "Closed"
        case .ineligible: "Ineligible"
        }
    }
}
