/// The plan (kế hoạch) for one indicator, area and year, as the People's Council resolution
/// sets it.
public struct IndicatorTarget: Sendable, Hashable, Codable {
    public var indicator: String
    public var area: String
    public var year: Int
    public var value: Double
    public var note: String?

    public init(indicator: String, area: String, year: Int, value: Double, note: String? = nil) {
        self.indicator = indicator
        self.area = area
        self.year = year
        self.value = value
        self.note = note
    }
}
