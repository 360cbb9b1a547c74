/// Where a case stands in the processing workflow, as the pages show it. The raw values are
/// the wire vocabulary of the field-report service (`in_progress`, not `inProgress`), so they
/// can appear in query strings (`/ui/inbox?status=in_progress`) and CSS classes unchanged.
public enum CaseStatusView: String, CaseIterable, Hashable, Sendable {
    case received
    case accepted
    case assigned
    case inProgress = "in_progress"
    case resolved
    case closed
    case ineligible

    /// True once processing has ended (resolved, closed or found ineligible).
    public var isFinished: Bool {
        switch self {
        case .resolved, .closed, .ineligible: true
        case .received, .accepted, .assigned, .inProgress: false
        }
    }
}
