import Access
import Attachments
import CRDT
import CyberSecurity
import FieldReports
import Foundation
import Hummingbird
import Identity
import Indicators
import Logging
import NNG
import PublicServices
import Replica
import SyncSession
import TrafficDesk
import WebAPI
import Vietnam
import Wire

/// The provincial hub process: the sync endpoint over nng (REP for requests, PUB for
/// announcements) and the HTTP API, over one replica of every district.
///
/// Guarantees: runs until SIGINT or SIGTERM, then stops accepting, finishes requests in
/// flight and closes the database cleanly.
public struct HubApplication: Sendable {
    public let configuration: HubConfiguration
    public let logger: Logger

    public init(configuration: HubConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Opens (creating if needed) the hub's key and replica.
    public static func open(_ configuration: HubConfiguration) throws -> (SigningKey, Replica, EnrolmentBook) {
        try FileManager.default.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
        let key = try SigningKey.loadOrCreate(at: configuration.keyPath)
        let replica = try Replica(
            path: configuration.databasePath, site: SiteID(key.publicKey.siteID), servesScopes: true, projections: [ReportProjection(), TrafficProjection(), IndicatorProjection(), DossierProjection(), SecurityProjection(), AuditProjection()])
        return (key, replica, try EnrolmentBook(replica: replica))
    }

    /// The hub's CA and TLS certificate (made on first use), with the revocation list of
    /// every node certificate revoked so far.
    public static func certificates(_ configuration: HubConfiguration, replica: Replica) throws -> HubCertificates {
        try HubCertificates.loadOrCreate(
            directory: configuration.tlsPath, serverNames: configuration.tlsServerNames,
            revoked: try CertificateBook(replica: replica).revokedSerials())
    }

    public func run() async throws {
        try SyncTransport.check(configuration.syncURL, allowPlainLoopback: configuration.allowPlainLoopback, option: "--sync-url")
        try SyncTransport.check(configuration.announceURL, allowPlainLoopback: configuration.allowPlainLoopback, option: "--announce-url")
        let (key, replica, enrolments) = try Self.open(configuration)
        let certificates = try Self.certificates(configuration, replica: replica)
        let endpoint = try SyncEndpoint(
            replica: replica, enrolments: enrolments,
            attachments: try AttachmentStore(directory: URL(fileURLWithPath: configuration.attachmentsPath)), signer: key,
            syncURL: configuration.syncURL, announceURL: configuration.announceURL,
            tls: certificates.serverConfiguration,
            nodeWriteRules: [
                NodeWriteRule(entityType: AccountBook.entityType, refusal: AccountBook.nodeWriteRefusal),
                NodeWriteRule(entityType: AuditLog.entityType, refusal: AuditLog.nodeWriteRefusal),
                NodeWriteRule(entityType: APITokenBook.entityType, refusal: APITokenBook.nodeWriteRefusal),
                NodeWriteRule(entityType: IndicatorDesk.reportType, refusal: IndicatorDesk.nodeWriteRefusal),
                NodeWriteRule(entityType: DossierDesk.dossierType, refusal: DossierDesk.nodeWriteRefusal),
                NodeWriteRule(entityType: DossierDesk.scoreType, refusal: DossierDesk.nodeWriteRefusal),
                NodeWriteRule(entityType: DossierDesk.reportType, refusal: DossierDesk.reportNodeWriteRefusal),
                NodeWriteRule(entityType: SecurityDesk.siteType, refusal: SecurityDesk.nodeWriteRefusal),
                NodeWriteRule(entityType: SecurityDesk.baselineType, refusal: SecurityDesk.nodeWriteRefusal),
            ],
            workers: configuration.syncWorkers, logger: logger)
        var process = ServerProcess(https: configuration.https)
        // Added first, stopped last: requests in flight finish before the database closes.
        process.add(BackgroundService.started({}, stop: { endpoint.stop() }))
        // A heartbeat every second: nodes that lost the hub learn at once that it is back.
        process.add(BackgroundService.every(.seconds(1)) { endpoint.announce([]) })
        // libnng 1.5.2 can stop accepting on the sync port for good (see NNGListener): a silent
        // sync socket gets a new listener. nng may block briefly, so off the cooperative pool.
        process.add(BackgroundService.every(.seconds(5)) {
            await withCheckedContinuation { done in
                DispatchQueue.global().async {
                    endpoint.reviveIfDeaf(nowMillis: Int64(Replica.systemMillis()))
                    done.resume()
                }
            }
        })
        let alert = StaleNodeAlert(
            service: endpoint.service, enrolments: enrolments, staleAfterMinutes: configuration.staleAfterMinutes, logger: logger)
        process.add(BackgroundService.started({ alert.start() }, stop: { alert.stop() }))

        let router = process.router
        let auth = try StaffAuthenticator(
            replica: replica, home: Scope.province, site: "hub", secretPath: configuration.dataDirectory + "/session.key",
            auditSite: Scope.hub, secureCookies: configuration.https != nil)
        try await auth.prepare()
        let hubRoutes = HubRoutes(
            service: endpoint.service, replica: replica, enrolments: enrolments, auth: auth, alert: alert, connectedWindowMillis: configuration.linkWindowMillis)
        hubRoutes.register(on: router)
        let service = try FieldReportService(
            replica: replica, homeScope: Scope.province, attachmentsDirectory: configuration.attachmentsPath, uploadsPhotos: false,
            webhookSecret: configuration.webhookSecret, siteTitle: "Trung tâm IOC tỉnh Đắk Lắk", auth: auth,
            open311APIKey: configuration.open311APIKey, administersAccounts: true, didWrite: { endpoint.announce(["*"]) })
        try await service.desk.catalog.seedIfEmpty(author: "trung-tam-tinh")
        service.register(on: router)
        service.registerReferenceEditing(on: router)
        // Erasure of reporters' data after the retention period, and of its traces in the log.
        let retentionMillis = Int64(configuration.reporterRetentionDays) * 86_400_000
        process.add(BackgroundService.every(.seconds(3600)) { [logger] in
            do throws(RecordError) {
                let desk = service.desk
                let erased = try await desk.eraseReporters(closedBefore: desk.now() - retentionMillis, author: "luu-tru")
                let cleaned = try await desk.redactErasedReporters()
                if erased + cleaned > 0 { logger.notice("reporters' personal data erased", metadata: ["reports": "\(erased)", "log_cleaned": "\(cleaned)"]) }
                if erased > 0 { endpoint.announce(["*"]) }
            } catch { logger.error("retention failed", metadata: ["error": "\(error)"]) }
        })
        let traffic = TrafficDesk(replica: replica, homeScope: Scope.province)
        if configuration.demoTraffic {
            try await traffic.catalog.seedIfEmpty(DemoCameras.cameras, author: "trung-tam-tinh")
            let watched = try await traffic.catalog.snapshot().watchlist
            for entry in DemoCameras.watchlist(addedAtMillis: Int64(Date().timeIntervalSince1970 * 1000))
            where watched.entry(forKey: entry.plate.key) == nil {
                try await traffic.catalog.watch(entry, author: "trung-tam-tinh")
            }
        }
        let trafficService = TrafficService(records: service, desk: traffic, engine: nil)
        trafficService.register(on: router)
        trafficService.registerCatalogEditing(on: router)
        trafficService.registerIngestRefusal(on: router)
        let indicators = IndicatorDesk(replica: replica, homeScope: Scope.province)
        try await indicators.catalog.seedIfEmpty(IndicatorDefinition.standard, author: "trung-tam-tinh")
        if configuration.demoIndicators { try await Self.seedDemoIndicators(indicators, logger: logger) }
        let indicatorService = IndicatorService(records: service, desk: indicators)
        indicatorService.register(on: router)
        indicatorService.registerCatalogEditing(on: router)
        let dossiers = try await Self.mountDossiers(
            configuration, replica: replica, records: service, process: &process, announce: { endpoint.announce(["*"]) }, logger: logger)
        let security = try SecurityService(
            records: service, replica: replica, homeScope: Scope.province, eventsPath: configuration.securityEventsPath,
            retentionDays: configuration.securityRetentionDays, maxEvents: configuration.securityMaxEvents, logger: logger)
        if let path = configuration.securitySitesPath { try await Self.registerSites(from: path, desk: security.desk, logger: logger) }
        security.monitorSites(
            vantage: SiteVantages.hubName, writeScope: Scope.hub, recordsPages: true, settings: configuration.siteMonitoring, process: &process, logger: logger)
        security.keepIncidents(settings: configuration.siteMonitoring, process: &process, logger: logger)
        security.register(on: router)
        security.registerSiteEditing(on: router)
        WallService(
            records: service, sources: [service, trafficService, indicatorService, dossiers, security], links: { hubRoutes.wallLinks() }, title: { $0.wallProvinceTitle },
            isDistrictCenter: false, playlists: try Self.wallPlaylists(from: configuration.wallPlaylistsPath)
        ).register(on: router)
        var syslogPort: Int?
        if let port = configuration.syslogPort {
            syslogPort = try await security.listenForSyslog(host: configuration.httpHost, port: port, process: &process, logger: logger)
        }

        let configuration = self.configuration
        let scheme = process.scheme
        let (syncPort, announcePort, hubSite, syslog) = (endpoint.syncPort, endpoint.announcePort, replica.site, syslogPort)
        try await process.run(
            host: configuration.httpHost, port: configuration.httpPort, serverName: "ioc-hub", portsPath: configuration.portsPath,
            logger: logger
        ) { httpPort in
            PortsFile(
                http: "\(scheme)://\(configuration.httpHost):\(httpPort)", sync: Self.url(configuration.syncURL, port: syncPort),
                announce: Self.url(configuration.announceURL, port: announcePort), site: hubSite.description, syslog: syslog)
        }
    }

    /// Registers the monitored sites listed in the JSON file at `path`; a file that cannot be
    /// read, or a site whose settings are wrong, stops the start with what is wrong.
    static func wallPlaylists(from path: String?) throws -> [WallPlaylist] {
        guard let path else { return [] }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch { throw HubStartError("--wall-playlists \(path): cannot read it (\(error.localizedDescription))") }
        do throws(WallPlaylistError) { return try WallPlaylist.load(json: data) } catch { throw HubStartError("--wall-playlists \(path): \(error)") }
    }

    static func registerSites(from path: String, desk: SecurityDesk, logger: Logger) async throws {
        let sites: [MonitoredSite]
        do {
            sites = try JSONDecoder().decode([MonitoredSite].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw HubStartError("--security-sites \(path): \(error)")
        }
        for site in sites {
            do { try await desk.register(site, author: "cau-hinh") } catch { throw HubStartError("--security-sites \(path): \(site.code): \(error)") }
        }
        logger.notice("monitored sites registered", metadata: ["count": "\(sites.count)", "file": "\(path)"])
    }

    /// The public-service monitoring: its routes and intake, the weekly reports on their
    /// schedule, the erasure of applicants' data, the one-stop connector when configured, and
    /// the demo year when asked.
    static func mountDossiers(
        _ configuration: HubConfiguration, replica: Replica, records: FieldReportService, process: inout ServerProcess,
        announce: @escaping @Sendable () -> Void, logger: Logger
    ) async throws -> DossierService {
        let desk = DossierDesk(replica: replica, homeScope: Scope.province)
        let service = DossierService(records: records, desk: desk, dueSoonDays: configuration.dueSoonDays)
        service.register(on: process.router)
        service.registerIngest(on: process.router)
        if configuration.demoDossiers, try await desk.dossiers(units: desk.areas, openOnly: true).isEmpty {
            let demo = DemoDossiers.dossiers(units: desk.areas, now: desk.nowMillis, clock: try await service.clock())
            for start in stride(from: 0, to: demo.count, by: 2_000) {
                try await desk.ingest(Array(demo[start..<min(start + 2_000, demo.count)]), author: "mot-cua-tinh")
            }
            logger.notice("demo dossiers added", metadata: ["dossiers": "\(demo.count)"])
        }
        // Checked every minute; issuing is once per unit and week, so a restart never sends twice.
        if let schedule = configuration.weeklyReport { process.add(BackgroundService.every(.seconds(60)) { [logger] in
            guard schedule.isDue(at: desk.nowMillis) else { return }
            do throws(DossierError) {
                let issued = try await desk.issueWeeklyReports(clock: try await service.clock(), at: desk.nowMillis, author: "trung-tam-ioc")
                if !issued.isEmpty {
                    logger.notice("weekly overdue reports issued", metadata: ["reports": "\(issued.count)", "overdue": "\(issued.map(\.overdue).reduce(0, +))"])
                    announce()
                }
            } catch { logger.error("weekly reports failed", metadata: ["error": "\(error)"]) }
        }) }
        let retentionMillis = Int64(configuration.applicantRetentionDays) * 86_400_000
        process.add(BackgroundService.every(.seconds(3600)) { [logger] in
            do throws(DossierError) {
                let erased = try await desk.eraseApplicants(closedBefore: desk.nowMillis - retentionMillis, author: "luu-tru")
                if erased > 0 {
                    logger.notice("applicants' personal data erased", metadata: ["dossiers": "\(erased)"])
                    announce()
                }
            } catch { logger.error("applicant erasure failed", metadata: ["error": "\(error)"]) }
        })
        var connector: OneStopConnector?
        if let url = configuration.oneStopURL {
            var settings = OneStopConnector.Configuration(url: url, token: configuration.oneStopToken)
            settings.requestTimeout = .seconds(30)
            let running = OneStopConnector(configuration: settings, desk: desk, cursorPath: configuration.oneStopCursorPath)
            connector = running
            process.add(BackgroundService.every(.seconds(configuration.oneStopIntervalSeconds)) { [logger] in
                let connector = running
                let before = await connector.status.ingested
                let status = await connector.run()
                if let error = status.lastError { logger.warning("one-stop poll failed", metadata: ["error": "\(error)"]) }
                if status.ingested != before { announce() }
            })
        }
        DossierConnectorRoute(connector: connector, api: records).register(on: process.router)
        return service
    }

    /// The demo figures, targets and rankings, once (a data folder that has figures keeps them).
    static func seedDemoIndicators(_ desk: IndicatorDesk, logger: Logger) async throws {
        guard try await desk.years(area: Scope.province).isEmpty else { return }
        let today = VietnamTime.date(millis: Int64(Date().timeIntervalSince1970 * 1000))
        let (figures, targets) = DemoIndicators.figures(today: today)
        let hub = IndicatorActor(author: "cuc-thong-ke", areas: nil, approves: true)
        for start in stride(from: 0, to: figures.count, by: 2_000) {
            try await desk.enter(Array(figures[start..<min(start + 2_000, figures.count)]), by: hub)
        }
        try await desk.setTargets(targets, by: hub)
        for ranking in DemoIndicators.rankings { try await desk.catalog.put(ranking, author: "cuc-thong-ke") }
        logger.notice("demo indicators added", metadata: ["figures": "\(figures.count)", "targets": "\(targets.count)"])
    }

    /// `url` with its port replaced by the port actually bound (for `:0`).
    static func url(_ url: String, port: Int) -> String {
        guard port > 0, let colon = url.lastIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":\(port)"
    }
}
