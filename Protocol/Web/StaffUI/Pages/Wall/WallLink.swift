/// The health of one link of the federation as the wall shows it: at the hub each node's,
/// at a node its own link to the hub.
public struct WallLink: Sendable, Hashable, Codable {
    /// The node's name (`ea-kar`), or `hub`.
    public var name: String
    /// The district code it serves (empty for the hub).
    public var district: String
    public var connected: Bool
    /// The last successful sync, Unix milliseconds.
    public var lastSuccess: Int64?
    /// Changes not yet acknowledged by the other side; nil when unknown.
    public var waiting: Int?

    public init(name: String, district: String, connected: Bool, lastSuccess: Int64?, waiting: Int?) {
        self.name = name
        self.district = district
        self.connected = connected
        self.lastSuccess = lastSuccess
        self.waiting = waiting
    }

    /// Milliseconds since the last successful sync at `now`; nil: never.
    public func lag(at now: Int64) -> Int64? { lastSuccess.map { max(0, now - $0) } }
}
