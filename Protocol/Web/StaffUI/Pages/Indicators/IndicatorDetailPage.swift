import Indicators

/// What an indicator's page shows for one area: its definition, the figures of one
/// frequency with the chart, its plans, the latest summary and the revisions of the year.
public struct IndicatorDetailPage: Sendable {
    public var definition: IndicatorDefinition
    public var area: String
    public var areas: [String]
    public var frequency: ReportingFrequency
    /// The frequencies the area has figures of.
    public var frequencies: [ReportingFrequency]
    public var figures: [IndicatorFigure]
    public var targets: [IndicatorTarget]
    public var summary: IndicatorSummary
    public var revisions: [FigureRevision]

    public init(
        definition: IndicatorDefinition, area: String, areas: [String], frequency: ReportingFrequency, frequencies: [ReportingFrequency],
        figures: [IndicatorFigure], targets: [IndicatorTarget], summary: IndicatorSummary, revisions: [FigureRevision]
    ) {
        self.definition = definition
        self.area = area
        self.areas = areas
        self.frequency = frequency
        self.frequencies = frequencies
        self.figures = figures
        self.targets = targets
        self.summary = summary
        self.revisions = revisions
    }
}
