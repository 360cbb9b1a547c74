/// One plate on the watch-list.
public struct WatchlistRow: Hashable, Sendable {
    /// The plate's match key (`47A12345`); the hub's remove form posts to
    /// `/ui/traffic/watchlist/{plateKey}/remove`.
    public var plateKey: String
    /// The plate in display form (`47A-123.45`).
    public var plate: String
    public var reason: String
    public var addedBy: String
    /// When the entry stops matching, Unix milliseconds; nil never.
    public var expiresMillis: Int64?

    public init(plateKey: String, plate: String, reason: String, addedBy: String, expiresMillis: Int64? = nil) {
        self.plateKey = plateKey
        self.plate = plate
        self.reason = reason
        self.addedBy = addedBy
        self.expiresMillis = expiresMillis
    }
}
