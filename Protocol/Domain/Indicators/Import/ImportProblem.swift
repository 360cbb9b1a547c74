/// A cell (or row) of an imported sheet that will not be written as it stands.
public struct ImportProblem: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Not a number, nor a mark of "no figure" (`-`, `..`, `x`).
        case unreadable
        /// Reads two ways (`1.318`): written only in the reading the importer chooses.
        case ambiguous
        /// The row carries figures but names no indicator of the catalog.
        case unknownIndicator = "unknown_indicator"
        /// The indicator is not reported for the column's period (a monthly column of a yearly indicator).
        case periodNotReported = "period_not_reported"
    }

    public var kind: Kind
    /// `C5`, or the row's first cell for a row problem.
    public var cell: String
    public var text: String
    public var indicator: String?
    public var period: String?
    /// For an ambiguous cell: the Vietnamese and the English reading.
    public var readings: [Double]?

    public init(kind: Kind, cell: String, text: String, indicator: String? = nil, period: String? = nil, readings: [Double]? = nil) {
        self.kind = kind
        self.cell = cell
        self.text = text
        self.indicator = indicator
        self.period = period
        self.readings = readings
    }
}
