/// A figure as stored: one indicator, area and period, with who entered it and any
/// concurrent value not yet resolved.
public struct IndicatorFigure: Sendable, Hashable, Codable {
    public var indicator: String
    /// A district code, or `province`.
    public var area: String
    public var period: ReportingPeriod
    public var value: Double
    public var status: FigureStatus
    public var source: String?
    public var note: String?
    /// The account that wrote the value shown.
    public var enteredBy: String?
    public var enteredAtMillis: Int64?
    /// Values written concurrently with the one shown (at a node and at the hub while they
    /// were apart); empty when none. Resolved by writing the figure again.
    public var conflicting: [Double]

    enum CodingKeys: String, CodingKey {
        case indicator, area, period, value, status, source, note, conflicting
        case enteredBy = "entered_by"
        case enteredAtMillis = "entered_at_ms"
    }

    public init(
        indicator: String, area: String, period: ReportingPeriod, value: Double, status: FigureStatus, source: String? = nil, note: String? = nil,
        enteredBy: String? = nil, enteredAtMillis: Int64? = nil, conflicting: [Double] = []
    ) {
        self.indicator = indicator
        self.area = area
        self.period = period
        self.value = value
        self.status = status
        self.source = source
        self.note = note
        self.enteredBy = enteredBy
        self.enteredAtMillis = enteredAtMillis
        self.conflicting = conflicting
    }
}

/// One figure to write: the value of an indicator for an area and period.
public struct FigureEntry: Sendable, Hashable, Codable {
    public var indicator: String
    public var area: String
    public var period: ReportingPeriod
    public var value: Double
    public var status: FigureStatus
    public var source: String?
    public var note: String?
    /// Why a locked figure changes (required then, kept with the revision otherwise).
    public var reason: String?

    public init(
        indicator: String, area: String, period: ReportingPeriod, value: Double, status: FigureStatus = .estimate, source: String? = nil,
        note: String? = nil, reason: String? = nil
    ) {
        self.indicator = indicator
        self.area = area
        self.period = period
        self.value = value
        self.status = status
        self.source = source
        self.note = note
        self.reason = reason
    }
}

/// One past value of a figure, as the history keeps it: oldest first, never removed.
public struct FigureRevision: Sendable, Hashable, Codable {
    public var period: ReportingPeriod
    public var value: Double
    public var status: FigureStatus
    public var source: String?
    public var reason: String?
    public var by: String
    public var atMillis: Int64

    enum CodingKeys: String, CodingKey {
        case period, value, status, source, reason, by
        case atMillis = "at_ms"
    }
}

extension IndicatorFigure {
    /// The source of demo figures that are not published ones: pages mark them.
    public static let syntheticSource = "Số liệu mô phỏng (demo)"

    public var isSynthetic: Bool { source == Self.syntheticSource }
}
