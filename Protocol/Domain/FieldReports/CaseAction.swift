/// What staff do to a case: each action is allowed from some statuses and leads to one.
/// Every action is recorded in the case's history with its author and time.
public enum CaseAction: String, CaseIterable, Sendable, Codable {
    /// Triage: the report is a matter for the district; fixes the deadline.
    case accept
    /// Triage: not a matter for the service (duplicate, not in scope…); needs a reason.
    case reject
    case assign
    case start
    /// Done, with a result for the citizen and optional photos.
    case resolve
    case close
    /// Back to work after a resolution, a closure or a rejection; needs a reason.
    case reopen
    /// Hand the case to another district, where it arrives whole and is triaged again.
    case transfer
    case comment

    /// Statuses the action may start from.
    public var allowedFrom: Set<CaseStatus> {
        switch self {
        case .accept: [.received]
        case .reject: [.received, .accepted]
        case .assign: [.accepted, .assigned, .inProgress]
        case .start: [.assigned]
        case .resolve: [.accepted, .assigned, .inProgress]
        case .close: [.resolved]
        case .reopen: [.resolved, .closed, .ineligible]
        case .transfer: [.received, .accepted, .assigned]
        case .comment: Set(CaseStatus.allCases)
        }
    }

    public func isAllowed(from status: CaseStatus) -> Bool { allowedFrom.contains(status) }
}
