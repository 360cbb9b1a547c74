import Indicators

/// The import page: the upload form, then the preview of what a sheet holds and every cell
/// that will not be written as it stands, with the form that confirms it.
public struct IndicatorImportPage: Sendable {
    public struct Preview: Sendable {
        public var fileName: String
        public var figures: Int
        public var targets: Int
        public var ambiguous: Int
        public var cellsRead: Int
        public var problems: [ImportProblem]
        /// The id the confirmation posts back.
        public var pendingID: String

        public init(fileName: String, figures: Int, targets: Int, ambiguous: Int, cellsRead: Int, problems: [ImportProblem], pendingID: String) {
            self.fileName = fileName
            self.figures = figures
            self.targets = targets
            self.ambiguous = ambiguous
            self.cellsRead = cellsRead
            self.problems = problems
            self.pendingID = pendingID
        }
    }

    public var areas: [String]
    public var area: String
    public var preview: Preview?
    public var error: String?

    public init(areas: [String], area: String, preview: Preview? = nil, error: String? = nil) {
        self.areas = areas
        self.area = area
        self.preview = preview
        self.error = error
    }
}
