/// Where the hub keeps its data and where it listens.
public struct HubConfiguration: Sendable {
    public var dataDirectory: String
    public var httpHost = "127.0.0.1"
    /// 0 picks a free port; the chosen ports are written to `ports.json` in the data directory.
    public var httpPort = 8600
    public var syncURL = "tcp://127.0.0.1:8601"
    public var announceURL = "tcp://127.0.0.1:8602"
    public var syncWorkers = 4
    /// Shared secret of the chat-channel webhooks; nil turns them off.
    public var webhookSecret: String?
    /// Register the demo cameras and watch-list (the local federation's demo).
    public var demoTraffic = false

    public init(dataDirectory: String) { self.dataDirectory = dataDirectory }

    public var databasePath: String { dataDirectory + "/hub.sqlite" }
    public var keyPath: String { dataDirectory + "/hub.key" }
    public var portsPath: String { dataDirectory + "/ports.json" }
    public var attachmentsPath: String { dataDirectory + "/attachments" }
}
