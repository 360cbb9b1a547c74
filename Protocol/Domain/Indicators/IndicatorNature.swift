/// What a figure measures over time, which decides how periods combine and how change is told.
public enum IndicatorNature: String, Sendable, Hashable, Codable, CaseIterable {
    /// An amount over the period (output, revenue, visitors): a year to date is the sum of its
    /// months; change is a percentage.
    case flow
    /// A level at the period's end (population, enterprises operating): a year to date is the
    /// latest figure; change is a percentage.
    case stock
    /// A ratio, index or score (a growth rate, a poverty rate, a PCI score): a year to date is
    /// the latest figure; change is in points.
    case rate
}
