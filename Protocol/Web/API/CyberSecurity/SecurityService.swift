import CyberSecurity
import Hummingbird
import Logging
import Replica
import Synchronization
import SyslogListener

/// The cyber-security monitoring as one piece a node or the hub mounts beside the
/// field-report service (whose staff sign-in it shares): the JSON API under
/// `/api/v1/security`, fed by sensors' posts and by the syslog listener through one intake.
public final class SecurityService: Sendable {
    public let intake: SecurityIntake
    let records: FieldReportService
    /// This site's checks of the monitored websites, once started.
    public let monitor = Mutex<SiteMonitor?>(nil)
    /// The hub's incident keeper, once started.
    public let keeper = Mutex<IncidentKeeper?>(nil)
    public let notifier = Mutex<IncidentNotifier?>(nil)

    public init(records: FieldReportService, intake: SecurityIntake) {
        self.records = records
        self.intake = intake
    }

    /// The service of a site whose home is `homeScope`, its raw events kept at `eventsPath`
    /// for `retentionDays` and at most `maxEvents`; stored batches wake the sync through
    /// the field-report service's `didWrite`.
    public convenience init(
        records: FieldReportService, replica: Replica, homeScope: String, eventsPath: String, retentionDays: Int, maxEvents: Int, logger: Logger
    ) throws(SecurityError) {
        let store = try SecurityEventStore(path: eventsPath, retentionMillis: Int64(retentionDays) * 86_400_000, maxEvents: maxEvents)
        let routes = records.routes
        let intake = SecurityIntake(
            desk: SecurityDesk(replica: replica, store: store, homeScope: homeScope),
            onFailure: { error in logger.error("security events not stored", metadata: ["error": "\(error)"]) },
            didWrite: { routes.didWrite() })
        self.init(records: records, intake: intake)
    }

    public var desk: SecurityDesk { intake.desk }

    var routes: SecurityRoutes { SecurityRoutes(api: records.routes, intake: intake, monitor: monitor.withLock { $0 }, keeper: keeper.withLock { $0 }) }

    /// The routes every site serves: alerts, events, sites with what each vantage point
    /// sees, incidents. Mount after `monitorSites` and `keepIncidents`.
    public func register<Context: RequestContext>(on router: Router<Context>, isDistrictCenter: Bool = false) {
        routes.register(on: router)
        webRoutes(isDistrictCenter: isDistrictCenter).register(on: router)
    }

    func webRoutes(isDistrictCenter: Bool) -> SecurityWebRoutes {
        SecurityWebRoutes(web: WebRoutes(api: records.routes, siteTitle: records.siteTitle), api: routes, isDistrictCenter: isDistrictCenter)
    }

    /// The hub's routes that change reference data and incidents: registering sites,
    /// approving baselines, opening and resolving incidents.
    public func registerSiteEditing<Context: RequestContext>(on router: Router<Context>) {
        routes.registerSiteEditing(on: router)
        webRoutes(isDistrictCenter: false).registerSiteEditing(on: router)
    }

    /// Starts this site's checks of the sites it is a vantage point for (`vantage`: `hub` or
    /// the district code), its records written in `writeScope`; stopped with `process`.
    @discardableResult
    public func monitorSites(vantage: String, writeScope: String, recordsPages: Bool, settings: SiteMonitoringSettings, process: inout ServerProcess, logger: Logger) -> SiteMonitor? {
        guard settings.enabled else { return nil }
        var monitorSettings = SiteMonitor.Settings()
        monitorSettings.tickMillis = settings.tickMillis
        monitorSettings.heartbeatMillis = settings.heartbeatMillis
        monitorSettings.maxConcurrent = settings.maxConcurrent
        monitorSettings.probeOptions.connectTo = settings.connectTo
        monitorSettings.reloadMillis = max(settings.tickMillis, min(5_000, settings.heartbeatMillis))
        let routes = records.routes
        let monitor = SiteMonitor(
            desk: desk, vantage: vantage, writeScope: writeScope, recordsPages: recordsPages, settings: monitorSettings,
            didWrite: { routes.didWrite() }, onFailure: { error in logger.error("site checks not stored", metadata: ["error": "\(error)"]) })
        self.monitor.withLock { $0 = monitor }
        process.add(BackgroundService.started({ monitor.start() }, stop: { monitor.stop() }))
        return monitor
    }

    /// Starts the hub's incident keeper with its notifications; stopped with `process`.
    @discardableResult
    public func keepIncidents(settings: SiteMonitoringSettings, process: inout ServerProcess, logger: Logger) -> IncidentKeeper {
        let notifier = IncidentNotifier(webhook: settings.webhook, mail: settings.mail, logger: logger)
        let routes = records.routes
        let keeper = IncidentKeeper(
            desk: desk, staleMillis: settings.staleMillis, tickMillis: max(100, settings.tickMillis), notify: { await notifier.notify($0) },
            didWrite: { routes.didWrite() }, onFailure: { error in logger.error("incidents not evaluated", metadata: ["error": "\(error)"]) })
        self.keeper.withLock { $0 = keeper }
        self.notifier.withLock { $0 = notifier }
        process.add(BackgroundService.started({ keeper.start() }, stop: { keeper.stop() }))
        let desk = desk, band = settings.alertBand
        process.add(
            BackgroundService.every(.milliseconds(max(100, settings.tickMillis))) {
                do throws(SecurityError) {
                    if !(try await desk.tellAlerts(minimumBand: band) { await notifier.notify(alert: $0) }).isEmpty { routes.didWrite() }
                } catch { logger.error("alerts not told", metadata: ["error": "\(error)"]) }
            })
        return keeper
    }

    /// Starts the syslog listener on `host`:`port` (0: a free port), stopped with `process`;
    /// returns the port bound.
    public func listenForSyslog(host: String, port: Int, process: inout ServerProcess, logger: Logger) async throws -> Int {
        let listener = SyslogListener(host: host, intake: intake)
        let bound = try await listener.start(port: port)
        process.add(BackgroundService.started({}, stop: { listener.stop() }))
        logger.notice("syslog listening", metadata: ["port": "\(bound)"])
        return bound
    }
}
