import SyncSession

/// Where a district node keeps its data, which district it serves and how it reaches the hub.
public struct NodeConfiguration: Sendable {
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
    public var httpHost = "127.0.0.1"
    /// 0 picks a free port; the chosen port is written to `ports.json` in the data directory.
    public var httpPort = 8610
    /// Bytes of encoded changes in one push or pull batch.
    public var batchBytes = 1 << 20
    /// The fallback pull period when no announcement arrives.
    public var pullIntervalMillis = 2_000
    /// How long one request may wait for the hub.
    public var requestTimeoutMillis = 5_000
    /// Shared secret of the chat-channel webhooks; nil turns them off.
    public var webhookSecret: String?
    /// nng PULL address for detection batches (e.g. `tcp://127.0.0.1:8620`); nil: HTTP only.
    public var detectionsURL: String?
    /// Let the detection socket listen on an address other than loopback (it has no
    /// authentication: only for a camera network the office controls).
    public var detectionsAllowRemote = false
    /// Feed the district's demo cameras with synthetic traffic (the local federation's demo).
    public var demoTraffic = false

    public init(dataDirectory: String, district: String, name: String) {
        self.dataDirectory = dataDirectory
        self.district = district
        self.name = name
    }

    /// What the sync daemon needs of this configuration.
    public var syncClient: SyncClientConfiguration {
        var client = SyncClientConfiguration(dataDirectory: dataDirectory, district: district, name: name)
        client.hubSyncURL = hubSyncURL
        client.hubAnnounceURL = hubAnnounceURL
        client.hubServerName = hubServerName
        client.allowPlainLoopback = allowPlainLoopback
        client.batchBytes = batchBytes
        client.pullIntervalMillis = pullIntervalMillis
        client.requestTimeoutMillis = requestTimeoutMillis
        return client
    }

    public var databasePath: String { dataDirectory + "/node.sqlite" }
    public var keyPath: String { dataDirectory + "/node.key" }
    public var portsPath: String { dataDirectory + "/ports.json" }
    public var attachmentsPath: String { dataDirectory + "/attachments" }
}
