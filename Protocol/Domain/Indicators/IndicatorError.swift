import Replica

/// Why an indicator request was refused: a code with the values a statistics officer or an
/// integrator needs to act on it. The words are the web layer's (`Localizer.message(_:)`).
public enum IndicatorError: Error, Sendable, CustomStringConvertible {
    /// The request itself is wrong (field named); nothing was written.
    case invalid(field: String, Invalid)
    case unknownIndicator(String)
    case unknownArea(String)
    /// The account enters figures for its own district only, not this area.
    case otherArea(String)
    /// The period's report is submitted, approved or locked, and the account may not change it.
    case reportClosed(area: String, period: String, status: ReportStatus)
    /// A locked figure changes only by a revision that says why.
    case reasonRequired(area: String, period: String)
    /// The report is not in a state the action applies to.
    case workflow(action: ReportAction, status: ReportStatus)
    /// The action needs the provincial statistics office (`indicators.approve`).
    case approverOnly(ReportAction)
    /// The request's body is larger than the route takes.
    case bodyTooLarge(limit: Int)
    case storage(ReplicaError)

    /// What was wrong with the input.
    public enum Invalid: Sendable, Hashable {
        case required
        case notACode(String)
        case notANumber(String)
        case notAPeriod(String)
        case periodNotReported(period: String, frequency: ReportingFrequency)
        case unknownStatus(String)
        case notAYear(String)
        case malformedBody(detail: String)
        case tooMany(limit: Int)
    }

    /// For logs: the code with its values.
    public var description: String {
        switch self {
        case .invalid(let field, let reason): "invalid \(field): \(reason)"
        case .unknownIndicator(let code): "unknown indicator \(code)"
        case .unknownArea(let code): "unknown area \(code)"
        case .otherArea(let code): "this account enters figures for its own district only, not \(code)"
        case .reportClosed(let area, let period, let status): "the report of \(area) for \(period) is \(status.rawValue)"
        case .reasonRequired(let area, let period): "the figures of \(area) for \(period) are locked: a revision needs a reason"
        case .workflow(let action, let status): "cannot \(action.rawValue) a report that is \(status.rawValue)"
        case .approverOnly(let action): "only the provincial statistics office may \(action.rawValue)"
        case .bodyTooLarge(let limit): "the body is larger than \(limit) bytes"
        case .storage(let error): "storage: \(error)"
        }
    }
}
