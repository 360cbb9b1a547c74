import FieldReports

extension StatisticsRow {
    /// The row the statistics page shows for one group of the field-report statistics.
    public init(_ row: FieldReports.StatisticsRow, label: String) {
        self.init(
            label: label, received: row.received, processedOnTime: row.processedOnTime, processedOverdue: row.processedOverdue,
            processingOnTime: row.processingOnTime, processingOverdue: row.processingOverdue, ineligible: row.ineligible,
            medianResolveHours: row.medianResolveHours, ratingAverage: row.ratingAverage, ratingCount: row.ratingCount)
    }
}
