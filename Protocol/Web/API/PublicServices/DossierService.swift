import Hummingbird
import PublicServices

/// The online public-service monitoring as one piece a node or the hub mounts beside the
/// field-report service (whose staff sign-in and calendar it shares): the JSON API under
/// `/api/v1/dossiers` and the staff pages under `/ui/dossiers`.
public struct DossierService: Sendable {
    public let desk: DossierDesk
    let records: FieldReportService
    let dueSoonDays: Int

    /// - Parameter dueSoonDays: the warning window in working days (default 2).
    public init(records: FieldReportService, desk: DossierDesk, dueSoonDays: Int = 2) {
        self.records = records
        self.desk = desk
        self.dueSoonDays = dueSoonDays
    }

    var settings: DossierSettings { DossierSettings(catalog: records.desk.catalog, dueSoonDays: dueSoonDays) }
    private var api: DossierRoutes { DossierRoutes(api: records.routes, desk: desk, settings: settings) }
    private var web: DossierWebRoutes { DossierWebRoutes(web: WebRoutes(api: records.routes, siteTitle: records.siteTitle), api: api) }

    /// The clock deadlines are read with: the hub's announced calendar and the warning window.
    public func clock() async throws(DossierError) -> DossierClock { try await settings.clock() }

    /// What node and hub both serve: dossiers, statistics, scores and reports as read, the
    /// acknowledgment of a report, and the pages.
    public func register<Context: RequestContext>(on router: Router<Context>) {
        api.register(on: router)
        web.register(on: router)
    }

    /// The hub's intake: pushed and imported dossiers, entered scores, issuing the weekly
    /// reports by hand.
    public func registerIngest<Context: RequestContext>(on router: Router<Context>) {
        api.registerIngest(on: router)
        let desk = self.desk, settings = self.settings, routes = records.routes
        web.registerIngest(on: router) { () async throws(DossierError) in
            try await desk.issueWeeklyReports(clock: try await settings.clock(), at: desk.nowMillis, author: "trung-tam-ioc")
            routes.didWrite()
        }
    }
}
