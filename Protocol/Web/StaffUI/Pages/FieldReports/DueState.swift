/// How a case stands against its deadline. The caller computes it (with the working
/// calendar); the pages only colour it: green on time, amber due soon, red overdue.
public enum DueState: String, CaseIterable, Hashable, Sendable {
    case onTime = "on_time"
    case dueSoon = "due_soon"
    case overdue
    /// No deadline applies (not yet accepted, or found ineligible).
    case notApplicable = "none"

    /// The CSS class of the badge: `due-on-time`, `due-soon`, `due-overdue`, or `due-none`.
    public var cssClass: String {
        switch self {
        case .onTime: "due-on-time"
        case .dueSoon: "due-soon"
        case .overdue: "due-overdue"
        case .notApplicable: "due-none"
        }
    }
}
