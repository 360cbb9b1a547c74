/// How a node's sync daemon reaches the hub: who it is, where the hub listens and how it
/// checks the hub's certificate, and the pace of its rounds.
public struct SyncClientConfiguration: Sendable {
    /// Where the node keeps its TLS credentials (`tls/`).
    public var dataDirectory: String
    /// GSO code of the district, the scope of everything the node creates.
    public var district: String
    public var name: String
    public var hubSyncURL = "tls+tcp://127.0.0.1:8601"
    public var hubAnnounceURL = "tls+tcp://127.0.0.1:8602"
    /// The DNS name the hub's TLS certificate must carry.
    public var hubServerName = "ioc-hub.local"
    /// Allow plain `tcp://` to a loopback hub (development only); TLS otherwise.
    public var allowPlainLoopback = false
    /// Bytes of encoded changes in one push or pull batch.
    public var batchBytes = 1 << 20
    /// The fallback pull period when no announcement arrives.
    public var pullIntervalMillis = 2_000
    /// How long one request may wait for the hub.
    public var requestTimeoutMillis = 5_000

    public init(dataDirectory: String, district: String, name: String) {
        self.dataDirectory = dataDirectory
        self.district = district
        self.name = name
    }
}
