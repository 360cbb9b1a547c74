/// The events list (`/ui/traffic/events`): one page of events under the filters in force.
/// `offset`, `limit` and `total` drive the pagination links, which keep the filters.
public struct TrafficEventsPage: Hashable, Sendable {
    public var filters: TrafficEventFilters
    /// Choices for the camera select: camera id and name.
    public var cameraChoices: [CodeName]
    /// Choices for the kind select: kind code and label in the page's language.
    public var kindChoices: [CodeName]
    /// In the order given (newest first, normally).
    public var rows: [TrafficEventRow]
    public var offset: Int
    public var limit: Int
    /// All matching events, across pages.
    public var total: Int

    public init(
        filters: TrafficEventFilters = TrafficEventFilters(), cameraChoices: [CodeName] = [],
        kindChoices: [CodeName] = [], rows: [TrafficEventRow], offset: Int = 0, limit: Int = 50, total: Int? = nil
    ) {
        self.filters = filters
        self.cameraChoices = cameraChoices
        self.kindChoices = kindChoices
        self.rows = rows
        self.offset = max(0, offset)
        self.limit = limit
        self.total = total ?? rows.count
    }
}
