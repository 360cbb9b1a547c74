import Access
import Attachments
import CRDT
import CyberSecurity
import FieldReports
import Foundation
import Hummingbird
import Identity
import Indicators
import PublicServices
import Logging
import Replica
import SyncSession
import TrafficDesk
import Vietnam
import WebAPI

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
        try NodeCredentials(dataDirectory: configuration.dataDirectory).loadOrCreateKey()
        let replica = try Replica(path: configuration.databasePath, site: SiteID(key.publicKey.siteID), projections: [ReportProjection(), TrafficProjection(), IndicatorProjection(), DossierProjection(), SecurityProjection(), AuditProjection()])
        if recordIdentity {
            try replica.setMeta("district", configuration.district)
            try replica.setMeta("name", configuration.name)
        }
        return (key, replica)
    }

    public func run() async throws {
        let configuration = self.configuration
        let (key, replica) = try Self.open(configuration)
        let attachments = try AttachmentStore(directory: URL(fileURLWithPath: configuration.attachmentsPath))
        let daemon = SyncDaemon(replica: replica, key: key, configuration: configuration.sync, attachments: attachments, logger: logger)
        var process = ServerProcess(https: configuration.https)
        process.add(BackgroundService.started({ try daemon.start() }, stop: { daemon.stop() }))

        let districtName = AdministrativeUnit.named(configuration.district)?.name ?? configuration.district
        let auth = try StaffAuthenticator(
            replica: replica, home: configuration.district, site: configuration.name, secretPath: configuration.dataDirectory + "/session.key",
            secureCookies: configuration.https != nil)
        try await auth.prepare()
        NodeRoutes(configuration: configuration, replica: replica, key: key.publicKey, daemon: daemon, auth: auth).register(on: process.router)
        let records = try FieldReportService(
            replica: replica, homeScope: configuration.district, attachmentsDirectory: configuration.attachmentsPath, uploadsPhotos: true,
            webhookSecret: configuration.webhookSecret, siteTitle: "IOC Đắk Lắk – \(districtName)", auth: auth,
            open311APIKey: configuration.open311APIKey, didWrite: { daemon.nudge() })
        records.register(on: process.router)
        // The hub erases reporters' data after the retention period; this node cleans its log of it.
        process.add(BackgroundService.every(.seconds(3600)) { [logger] in
            do throws(RecordError) { _ = try await records.desk.redactErasedReporters() } catch {
                logger.error("cleaning erased reporters' data from the log failed", metadata: ["error": "\(error)"])
            }
        })
        let traffic = TrafficDesk(replica: replica, homeScope: configuration.district)
        let engine = TrafficEngine(desk: traffic, district: configuration.district, didWrite: { daemon.nudge() })
        let trafficService = TrafficService(records: records, desk: traffic, engine: engine)
        trafficService.register(on: process.router)
        trafficService.registerIngest(on: process.router, engine: engine)
        var detectionsAddress: String?
        if let url = configuration.detectionsURL {
            if !SyncTransport.isLoopback(url) {
                guard configuration.detectionsAllowRemote else {
                    throw SyncTransportError.plainRefused(url: url, option: "--detections (unauthenticated; add --detections-allow-remote for a camera network you control)")
                }
                logger.warning("the detection socket listens beyond loopback and has no authentication", metadata: ["url": "\(url)"])
            }
            let feed = try DetectionFeedListener(url: url, engine: engine, logger: logger)
            detectionsAddress = Self.replacingPort(of: url, with: feed.port)
            process.add(BackgroundService.started({ feed.start() }, stop: { feed.stop() }))
        }
        process.add(BackgroundService.every(.seconds(1)) { await engine.tick() })
        let indicators = IndicatorService(records: records, desk: IndicatorDesk(replica: replica, homeScope: configuration.district))
        indicators.register(on: process.router)
        let dossiers = DossierService(records: records, desk: DossierDesk(replica: replica, homeScope: configuration.district))
        dossiers.register(on: process.router)
        let security = try SecurityService(
            records: records, replica: replica, homeScope: configuration.district, eventsPath: configuration.securityEventsPath,
            retentionDays: configuration.securityRetentionDays, maxEvents: configuration.securityMaxEvents, logger: logger)
        security.monitorSites(
            vantage: configuration.district, writeScope: configuration.district, recordsPages: false, settings: configuration.siteMonitoring,
            process: &process, logger: logger)
        security.register(on: process.router, isDistrictCenter: true)
        let nodeRoutes = NodeRoutes(configuration: configuration, replica: replica, key: key.publicKey, daemon: daemon, auth: auth)
        WallService(
            records: records, sources: [records, trafficService, indicators, dossiers, security], links: { nodeRoutes.wallLinks() }, title: { $0.wallDistrictTitle(districtName) },
            isDistrictCenter: true, focus: [configuration.district]
        ).register(on: process.router)
        var syslogPort: Int?
        if let port = configuration.syslogPort {
            syslogPort = try await security.listenForSyslog(host: configuration.httpHost, port: port, process: &process, logger: logger)
        }
        if configuration.demoTraffic {
            process.add(
                BackgroundService.task {
                    // The demo cameras arrive with the hub's reference data: wait for them.
                    while !Task.isCancelled {
                        let cameras = (try? await traffic.catalog.snapshot().cameras(inDistrict: configuration.district)) ?? []
                        if !cameras.isEmpty {
                            await DemoTrafficFeed(cameras: cameras).run(engine: engine)
                            return
                        }
                        try? await Task.sleep(for: .seconds(2))
                    }
                })
        }

        let address = detectionsAddress, syslog = syslogPort
        let scheme = process.scheme
        try await process.run(
            host: configuration.httpHost, port: configuration.httpPort, serverName: "ioc-node", portsPath: configuration.portsPath,
            logger: logger
        ) { port in
            PortsFile(
                http: "\(scheme)://\(configuration.httpHost):\(port)", sync: configuration.sync.hubSyncURL,
                announce: configuration.sync.hubAnnounceURL, site: replica.site.description, detections: address, syslog: syslog)
        }
    }

    /// `tcp://127.0.0.1:0` with the port the listener got.
    static func replacingPort(of url: String, with port: Int) -> String {
        guard let colon = url.lastIndex(of: ":") else { return url }
        return url[..<colon] + ":\(port)"
    }
}
