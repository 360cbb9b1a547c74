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
}
