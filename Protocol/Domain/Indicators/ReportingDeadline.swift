import Vietnam

/// When a period's figures are due from a district.
public enum ReportingDeadline: Sendable, Hashable, Codable, CustomStringConvertible {
    /// On this day of the month after the period ends (monthly figures due on the 20th), or
    /// the month's last day when it is shorter.
    case dayOfFollowingMonth(Int)
    /// This many working days after the period ends, on the Vietnamese working calendar.
    case workingDaysAfter(Int)

    /// `day:20`, `working_days:10`.
    public var description: String {
        switch self {
        case .dayOfFollowingMonth(let day): "day:\(day)"
        case .workingDaysAfter(let days): "working_days:\(days)"
        }
    }

    public init?(parsing text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let n = Int(parts[1]) else { return nil }
        switch parts[0] {
        case "day" where (1...31).contains(n): self = .dayOfFollowingMonth(n)
        case "working_days" where (0...60).contains(n): self = .workingDaysAfter(n)
        default: return nil
        }
    }

    /// The day `period`'s figures are due.
    public func dueDate(of period: ReportingPeriod, calendar: WorkingCalendar) -> CivilDate {
        let end = period.lastDay
        switch self {
        case .dayOfFollowingMonth(let day):
            let first = end.adding(days: 1)
            let last = (first.month == 12 ? CivilDate(first.year + 1, 1, 1) : CivilDate(first.year, first.month + 1, 1)).adding(days: -1)
            return CivilDate(first.year, first.month, min(day, last.day))
        case .workingDaysAfter(let days):
            return calendar.addingWorkingDays(days, to: end)
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let deadline = ReportingDeadline(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a reporting deadline: \(text)"))
        }
        self = deadline
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
