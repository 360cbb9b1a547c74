import Indicators

/// The entry form of one area and period: every indicator reported for that period with its
/// current figure, and the report's workflow.
public struct IndicatorEntryPage: Sendable {
    public struct Row: Sendable {
        public var definition: IndicatorDefinition
        public var current: IndicatorFigure?
        /// What was typed, kept after a refused save.
        public var typed: String
        public var error: String?

        public init(definition: IndicatorDefinition, current: IndicatorFigure?, typed: String = "", error: String? = nil) {
            self.definition = definition
            self.current = current
            self.typed = typed
            self.error = error
        }
    }

    public var area: String
    /// The areas the reader enters figures for.
    public var areas: [String]
    public var period: ReportingPeriod
    /// Recent periods to choose from, newest first.
    public var periods: [ReportingPeriod]
    public var status: ReportStatus
    public var rows: [Row]
    public var canEnter: Bool
    public var canApprove: Bool
    public var formError: String?

    public init(
        area: String, areas: [String], period: ReportingPeriod, periods: [ReportingPeriod], status: ReportStatus, rows: [Row], canEnter: Bool, canApprove: Bool,
        formError: String? = nil
    ) {
        self.area = area
        self.areas = areas
        self.period = period
        self.periods = periods
        self.status = status
        self.rows = rows
        self.canEnter = canEnter
        self.canApprove = canApprove
        self.formError = formError
    }
}
