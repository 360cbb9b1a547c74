import Hummingbird
import TrafficDesk

/// The camera-analytics service as one piece a node or the hub mounts beside the field-report
/// service (whose staff sign-in and case workflow it shares): the JSON API under
/// `/api/v1/traffic` and the staff pages under `/ui/traffic`.
public struct TrafficService: Sendable {
    public let desk: TrafficDesk
    public let engine: TrafficEngine?
    let records: FieldReportService

    /// - Parameter engine: the node's live analytics; nil at the hub.
    public init(records: FieldReportService, desk: TrafficDesk, engine: TrafficEngine?) {
        self.records = records
        self.desk = desk
        self.engine = engine
    }

    private var api: TrafficRoutes { TrafficRoutes(api: records.routes, traffic: desk, engine: engine) }
    private var web: TrafficWebRoutes {
        TrafficWebRoutes(web: WebRoutes(api: records.routes, siteTitle: records.siteTitle), traffic: desk, engine: engine)
    }

    /// What node and hub both serve: cameras, intervals, events and their review, alerts,
    /// plates, the watch-list as read, FIWARE exports, and the pages.
    public func register<Context: RequestContext>(on router: Router<Context>) {
        api.register(on: router)
        web.register(on: router)
    }

    /// A node's ingest routes, fed to its live `engine`.
    public func registerIngest<Context: RequestContext>(on router: Router<Context>, engine: TrafficEngine) {
        api.registerIngest(on: router, engine: engine)
    }

    /// Where no engine runs (the hub): the ingest paths answer 409 `node_only`.
    public func registerIngestRefusal<Context: RequestContext>(on router: Router<Context>) {
        api.registerIngestRefusal(on: router)
    }

    /// The hub's editing of the camera registry and the watch-list.
    public func registerCatalogEditing<Context: RequestContext>(on router: Router<Context>) {
        api.registerCatalogEditing(on: router)
        web.registerCatalogEditing(on: router)
    }
}
