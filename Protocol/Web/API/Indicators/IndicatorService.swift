import Hummingbird
import Indicators

/// The socio-economic indicators service as one piece a node or the hub mounts beside the
/// field-report service (whose staff sign-in and calendar it shares): the JSON API under
/// `/api/v1/indicators` and the staff pages under `/ui/indicators`.
public struct IndicatorService: Sendable {
    public let desk: IndicatorDesk
    let records: FieldReportService
    let pending = PendingSheets()

    public init(records: FieldReportService, desk: IndicatorDesk) {
        self.records = records
        self.desk = desk
    }

    private var api: IndicatorRoutes { IndicatorRoutes(api: records.routes, desk: desk) }
    private var web: IndicatorWebRoutes { IndicatorWebRoutes(web: WebRoutes(api: records.routes, siteTitle: records.siteTitle), desk: desk, pending: pending) }

    /// What node and hub both serve: figures, targets, reports, rankings as read, and the pages.
    public func register<Context: RequestContext>(on router: Router<Context>) {
        api.register(on: router)
        IndicatorImportRoute(api: records.routes, desk: desk).register(on: router)
        web.register(on: router)
    }

    /// The hub's editing of the catalog and the rankings.
    public func registerCatalogEditing<Context: RequestContext>(on router: Router<Context>) {
        api.registerCatalogEditing(on: router)
    }
}
