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

    public func register<Context: RequestContext>(on router: Router<Context>) {
        TrafficRoutes(api: records.routes, traffic: desk, engine: engine).register(on: router)
        TrafficWebRoutes(web: WebRoutes(api: records.routes, siteTitle: records.siteTitle), traffic: desk, engine: engine).register(on: router)
    }
}
