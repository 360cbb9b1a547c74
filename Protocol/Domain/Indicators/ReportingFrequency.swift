/// How often an indicator is reported: monthly, quarterly, for the first 6 and 9 months
/// (cumulative from January), yearly.
public enum ReportingFrequency: String, Sendable, Hashable, Codable, CaseIterable {
    case month
    case quarter
    case half
    case nineMonths = "nine_months"
    case year

    public var periodsPerYear: Int {
        switch self {
        case .month: 12
        case .quarter: 4
        case .half: 2
        case .nineMonths, .year: 1
        }
    }
}
