import CyberSecurity
import Hummingbird
import Logging
import Replica
import SyslogListener

/// The cyber-security monitoring as one piece a node or the hub mounts beside the
/// field-report service (whose staff sign-in it shares): the JSON API under
/// `/api/v1/security`, fed by sensors' posts and by the syslog listener through one intake.
public struct SecurityService: Sendable {
    public let intake: SecurityIntake
    let records: FieldReportService

    public init(records: FieldReportService, intake: SecurityIntake) {
        self.records = records
        self.intake = intake
    }

    /// The service of a site whose home is `homeScope`, its raw events kept at `eventsPath`
    /// for `retentionDays` and at most `maxEvents`; stored batches wake the sync through
    /// the field-report service's `didWrite`.
    public init(
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

    public func register<Context: RequestContext>(on router: Router<Context>) {
        SecurityRoutes(api: records.routes, intake: intake).register(on: router)
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
