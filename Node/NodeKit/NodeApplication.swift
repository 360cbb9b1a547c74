import Attachments
import CRDT
import Foundation
import Hummingbird
import Identity
import Logging
import RecordAPI
import Records
import Replica

/// The district node process: the replica, the sync daemon and the HTTP API.
///
/// Guarantees: serves local staff whether or not the hub is reachable; runs until SIGINT
/// or SIGTERM, then stops the daemon and closes the database cleanly.
public struct NodeApplication: Sendable {
    public let configuration: NodeConfiguration
    public let logger: Logger

    public init(configuration: NodeConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Opens (creating if needed) the node's key and replica; with `recordIdentity`,
    /// stores the configuration's district and name in the replica.
    public static func open(_ configuration: NodeConfiguration, recordIdentity: Bool = true) throws -> (SigningKey, Replica) {
        try FileManager.default.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
        let key = try SigningKey.loadOrCreate(at: configuration.keyPath)
        let replica = try Replica(path: configuration.databasePath, site: SiteID(key.publicKey.siteID), projections: [ReportProjection()])
        if recordIdentity {
            try replica.setMeta("district", configuration.district)
            try replica.setMeta("name", configuration.name)
        }
        return (key, replica)
    }

    public func run() async throws {
        let (key, replica) = try Self.open(configuration)
        let attachments = try AttachmentStore(directory: URL(fileURLWithPath: configuration.attachmentsPath))
        let daemon = SyncDaemon(replica: replica, key: key, configuration: configuration, attachments: attachments, logger: logger)
        try daemon.start()
        defer { daemon.stop() }

        let router = Router()
        NodeRoutes(configuration: configuration, replica: replica, key: key.publicKey, daemon: daemon).register(on: router)
        let districtName = District.named(configuration.district)?.name ?? configuration.district
        try FieldReportService(
            replica: replica, homeScope: configuration.district, attachmentsDirectory: configuration.attachmentsPath,
            webhookSecret: configuration.webhookSecret, siteTitle: "IOC Đắk Lắk – \(districtName)", didWrite: { daemon.nudge() }
        ).register(on: router)

        let configuration = self.configuration
        try await APIServer.run(
            router: router, host: configuration.httpHost, port: configuration.httpPort, serverName: "ioc-node",
            portsPath: configuration.portsPath, logger: logger
        ) { port in
            PortsFile(
                http: "http://\(configuration.httpHost):\(port)", sync: configuration.hubSyncURL,
                announce: configuration.hubAnnounceURL, site: replica.site.description)
        }
    }
}
