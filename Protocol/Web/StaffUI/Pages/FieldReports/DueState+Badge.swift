import FieldReports

extension DueState {
    /// The CSS class of the badge: green on time, amber due soon, red overdue, grey settled
    /// (`due-on-time`, `due-soon`, `due-overdue`, `due-none`).
    public var cssClass: String {
        switch self {
        case .onTime: "due-on-time"
        case .dueSoon: "due-soon"
        case .overdue: "due-overdue"
        case .settled: "due-none"
        }
    }
}
