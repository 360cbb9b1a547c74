/// A figure the wall's map can colour the districts by (overdue reports, overdue dossiers,
/// …): one value per former district code, with what it counts and when.
public struct WallMeasure: Sendable, Hashable, Codable {
    /// Stable (`overdue-reports`): the `?measure=` of the page.
    public var code: String
    public var label: String
    /// What one unit of the value is ("phản ánh", "hồ sơ").
    public var unit: String
    /// The time the values refer to, as the reader's language writes it.
    public var period: String
    public var values: [String: Double]
    /// The same figure by 2025 commune or ward code, where the service can place it (field
    /// reports by their location); empty when it cannot. The map colours the communes' points.
    public var communeValues: [String: Double]
    /// The service page the map's districts link to, with `{district}` for the code.
    public var href: String

    public init(code: String, label: String, unit: String, period: String, values: [String: Double], communeValues: [String: Double] = [:], href: String) {
        self.code = code
        self.label = label
        self.unit = unit
        self.period = period
        self.values = values
        self.communeValues = communeValues
        self.href = href
    }
}
