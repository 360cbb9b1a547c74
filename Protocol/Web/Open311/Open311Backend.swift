/// Where the dispatcher gets its data: the field-report store behind the GeoReport API.
///
/// The dispatcher validates input before calling `create`, so a backend receives only submissions that passed
/// `Open311Submission.init(form:)` and `validate(against:)` for the service's definition. A backend may throw
/// `Open311Error` to answer with that error (400 for a point outside the province, 403 for a bad `api_key`, …);
/// any other error becomes a generic 500 whose description reveals nothing of it.
public protocol Open311Backend: Sendable {
    /// Every service that can be reported, in the order clients should show them.
    func services() async throws -> [Open311Service]
    /// The definition of `serviceCode`, or nil when there is no such service (or it has no definition).
    func definition(serviceCode: String) async throws -> Open311ServiceDefinition?
    /// Requests matching `query` (see `Open311RequestQuery.matches(_:)`); the dispatcher keeps at most
    /// `query.limit` of them, in the order given.
    func requests(matching query: Open311RequestQuery) async throws -> [Open311Request]
    /// The request with `id`, or nil.
    func request(id: String) async throws -> Open311Request?
    /// Stores a new report. The result must carry a `serviceRequestID` or a `token`.
    func create(_ submission: Open311Submission) async throws -> Open311CreateResult
    /// What `token` turned into; empty when the token is unknown.
    func token(_ token: String) async throws -> [Open311TokenAnswer]
}
