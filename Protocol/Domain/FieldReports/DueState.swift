import Vietnam

/// Where a case stands against its deadline.
public enum DueState: String, Sendable, Codable {
    case onTime = "on_time"
    case dueSoon = "due_soon"
    case overdue
    /// Processed or ineligible: the deadline no longer runs.
    case settled

    /// - Parameters:
    ///   - deadline: the last working day (inclusive).
    ///   - today: the date now in Vietnam.
    ///   - resolvedOnTime: for a processed case, whether it was resolved by the deadline.
    public static func of(
        outcome: CaseStatus.Outcome, deadline: CivilDate?, today: CivilDate, calendar: WorkingCalendar
    ) -> DueState {
        guard outcome == .processing else { return .settled }
        guard let deadline else { return .onTime }
        if today > deadline { return .overdue }
        return deadline <= calendar.addingWorkingDays(1, to: today) ? .dueSoon : .onTime
    }
}
