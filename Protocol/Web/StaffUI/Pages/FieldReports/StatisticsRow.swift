/// One line of the statistics table, in the province's published shape:
/// received = processed (on time + overdue) + in progress (within deadline + overdue) + ineligible.
public struct StatisticsRow: Hashable, Sendable {
    /// The group's name: a district, unit, category or month ("03/2026").
    public var label: String
    public var received: Int
    public var processedOnTime: Int
    public var processedOverdue: Int
    public var processingOnTime: Int
    public var processingOverdue: Int
    public var ineligible: Int
    /// Median hours from receipt to resolution over the processed cases; nil when none.
    public var medianResolveHours: Double?
    /// Mean citizen rating (1–5); nil when nobody rated.
    public var ratingAverage: Double?
    public var ratingCount: Int

    public init(
        label: String, received: Int, processedOnTime: Int, processedOverdue: Int, processingOnTime: Int,
        processingOverdue: Int, ineligible: Int, medianResolveHours: Double? = nil, ratingAverage: Double? = nil,
        ratingCount: Int = 0
    ) {
        self.label = label
        self.received = received
        self.processedOnTime = processedOnTime
        self.processedOverdue = processedOverdue
        self.processingOnTime = processingOnTime
        self.processingOverdue = processingOverdue
        self.ineligible = ineligible
        self.medianResolveHours = medianResolveHours
        self.ratingAverage = ratingAverage
        self.ratingCount = ratingCount
    }

    /// Processed cases: on time plus overdue.
    public var processed: Int { processedOnTime + processedOverdue }

    /// Cases still in progress: within the deadline plus overdue.
    public var processing: Int { processingOnTime + processingOverdue }

    /// True when `received` equals the sum of the five parts, as the published table requires.
    /// The page marks rows where it does not.
    public var isBalanced: Bool { received == processed + processing + ineligible }
}
