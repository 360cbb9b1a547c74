/// Where a district's report for one period stands: the district submits its figures, the
/// provincial statistics office approves them, then locks them.
public enum ReportStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Being entered (also after the office returned it).
    case draft
    case submitted
    case approved
    /// Final: a figure changes only by a revision with a reason.
    case locked
}

/// A step of the reporting workflow.
public enum ReportAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// The district sends its figures (draft → submitted).
    case submit
    /// The office sends them back for correction (submitted or approved → draft).
    case `return`
    /// The office accepts them (submitted → approved).
    case approve
    /// The office closes the period (approved → locked).
    case lock

    /// Whether only the provincial statistics office (`indicators.approve`) may take it.
    public var needsApprover: Bool { self != .submit }

    /// The status the action leads to from `status`, or nil when it does not apply.
    public func next(from status: ReportStatus) -> ReportStatus? {
        switch (self, status) {
        case (.submit, .draft): .submitted
        case (.return, .submitted), (.return, .approved): .draft
        case (.approve, .submitted): .approved
        case (.lock, .approved): .locked
        default: nil
        }
    }
}
