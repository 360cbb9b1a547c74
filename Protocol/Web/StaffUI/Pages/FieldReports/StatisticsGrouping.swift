/// What the statistics rows are grouped by; the raw value is the `group` query parameter.
public enum StatisticsGrouping: String, CaseIterable, Hashable, Sendable {
    case district
    case commune
    case unit
    case category
    case month
}
