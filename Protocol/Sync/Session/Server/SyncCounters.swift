/// Counts of requests the hub's sync endpoint answered, by outcome.
public struct SyncCounters: Sendable, Equatable {
    public var served = 0
    public var malformed = 0
    public var tooLarge = 0
    public var refused = 0
    /// Requests refused as replays or naming a session the hub did not issue.
    public var replays = 0
    /// Requests refused because their node was over its share (`NodeQuota`).
    public var rateLimited = 0
    public var changesApplied = 0

    public init() {}
}
