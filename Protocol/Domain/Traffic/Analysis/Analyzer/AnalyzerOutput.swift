/// Everything an analyzer produced since the last drain, each list in the order it was produced
/// (non-decreasing stream time, except that lane passages and dwells are stamped when they end).
public struct AnalyzerOutput: Codable, Sendable {
    public var crossings: [LineCrossing] = []
    public var aggregates: [IntervalAggregate] = []
    public var congestion: [CongestionSample] = []
    public var events: [TrafficEvent] = []
    public var dwells: [ZoneDwell] = []
    /// Finished tracks that carried a plate reading.
    public var plateSightings: [PlateTrackSighting] = []

    public init() {}

    public var isEmpty: Bool {
        crossings.isEmpty && aggregates.isEmpty && congestion.isEmpty && events.isEmpty && dwells.isEmpty && plateSightings.isEmpty
    }
}
