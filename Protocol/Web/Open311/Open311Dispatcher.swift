import Foundation
import WebForms

/// The GeoReport v2 API without the HTTP server: a path, a method, parameters and a body in; a status, a content
/// type and a body out.
///
/// Routes (below the mount point, e.g. `/open311/v2/`), each with a `.json` or `.xml` extension or none (JSON):
///
/// | Method | Path | Answer |
/// |---|---|---|
/// | GET | `discovery` | the discovery document |
/// | GET | `services` | every service |
/// | GET | `services/{code}` | the service definition; 404 if none |
/// | GET | `requests` | requests matching `Open311RequestQuery`, at most 1000 |
/// | POST | `requests` | a new request (form-encoded body); a list of one id or token |
/// | GET | `requests/{id}` | a list of one request; 404 if none |
/// | GET | `tokens/{token}` | what the token became; 404 if unknown |
///
/// Guarantees: `handle` never throws and never traps on input. Every error is the spec's error list in the
/// requested format with a status in 400…599: 404 for unknown paths, 405 for a method a resource does not
/// answer, 413 for a body over `maxBodyBytes`, 400 for invalid input, the backend's own code when it throws
/// `Open311Error` (codes outside 400…599 become 500), and 500 with a generic description for any other backend
/// error, which is passed to `unexpectedError` so the adapter can log it. Successful answers are 200 (the spec
/// names no other status, POST included).
public struct Open311Dispatcher: Sendable {
    public let maxBodyBytes: Int
    public let discovery: Open311Discovery
    /// When set, a `jurisdiction_id` other than this one is answered with 404; an absent one is accepted (the
    /// spec requires it only of servers with several jurisdictions).
    public let jurisdictionID: String?

    private let backend: any Open311Backend
    private let now: @Sendable () -> Date
    private let unexpectedError: (@Sendable (any Error) -> Void)?

    public init(
        backend: some Open311Backend, maxBodyBytes: Int = 65536, discovery: Open311Discovery = .dakLak(),
        jurisdictionID: String? = nil, now: @escaping @Sendable () -> Date = { Date() },
        unexpectedError: (@Sendable (any Error) -> Void)? = nil
    ) {
        self.backend = backend
        self.maxBodyBytes = maxBodyBytes
        self.discovery = discovery
        self.jurisdictionID = jurisdictionID
        self.now = now
        self.unexpectedError = unexpectedError
    }

    /// Answers one HTTP request.
    ///
    /// - Parameters:
    ///   - method: The HTTP method, any letter case.
    ///   - path: What follows the mount point "/open311/v2/", e.g. "services.json", "requests/abc.xml",
    ///     "discovery.json"; still percent-encoded. A leading slash or a query string is tolerated.
    ///   - query: The decoded query-string parameters, in order, repeated names kept.
    ///   - body: The raw request body (only POST requests reads it).
    ///   - contentType: The request's `Content-Type` header.
    public func handle(
        method: String, path: String, query: [(String, String)], body: [UInt8], contentType: String?
    ) async -> Open311Response {
        let (route, format) = Open311Route.resolve(path)
        let encoder = Open311Encoder(format: format)
        do {
            guard let route else { throw Open311Error.notFound }
            let method = method.uppercased()
            guard route.methods.contains(method) else { throw Open311Error.methodNotAllowed(method) }
            try checkJurisdiction(query.first { $0.0 == "jurisdiction_id" }?.1)
            switch route {
            case .discovery:
                return .ok(encoder.encode(discovery: discovery), format)
            case .services:
                return .ok(encoder.encode(services: try await backend.services()), format)
            case .service(let code):
                guard let definition = try await backend.definition(serviceCode: code) else {
                    throw Open311Error.serviceCodeNotFound
                }
                return .ok(encoder.encode(definition: definition), format)
            case .requests where method == "POST":
                return .ok(encoder.encode(created: try await create(body: body, contentType: contentType)), format)
            case .requests:
                let filter = try Open311RequestQuery(parameters: query, now: now())
                let found = try await backend.requests(matching: filter)
                return .ok(encoder.encode(requests: Array(found.prefix(filter.limit))), format)
            case .request(let id):
                guard let request = try await backend.request(id: id) else {
                    throw Open311Error.serviceRequestNotFound
                }
                return .ok(encoder.encode(requests: [request]), format)
            case .token(let token):
                let answers = try await backend.token(token)
                guard !answers.isEmpty else { throw Open311Error.tokenNotFound }
                return .ok(encoder.encode(tokens: answers), format)
            }
        } catch let error as Open311Error {
            return .error((400...599).contains(error.code) ? error : .internalError, format)
        } catch {
            unexpectedError?(error)
            return .error(.internalError, format)
        }
    }

    /// POST requests: transport checks, the spec's checks, the service definition's checks, then the backend.
    private func create(body: [UInt8], contentType: String?) async throws -> Open311CreateResult {
        guard body.count <= maxBodyBytes else { throw Open311Error.bodyTooLarge(limit: maxBodyBytes) }
        guard Self.isFormURLEncoded(contentType) else { throw Open311Error.unsupportedContentType }
        guard let pairs = URLEncodedForm(validating: body)?.pairs else { throw Open311Error.bodyNotUTF8 }
        let submission = try Open311Submission(form: pairs)
        try checkJurisdiction(submission.jurisdictionID)
        guard let service = try await backend.services().first(where: { $0.serviceCode == submission.serviceCode })
        else { throw Open311Error.serviceCodeNotFound }
        if service.metadata, let definition = try await backend.definition(serviceCode: service.serviceCode) {
            try submission.validate(against: definition)
        }
        let result = try await backend.create(submission)
        guard result.isUsable else { throw UnusableCreateResult(serviceCode: submission.serviceCode) }
        return result
    }

    private func checkJurisdiction(_ given: String?) throws(Open311Error) {
        guard let jurisdictionID, let given, !given.isEmpty else { return }
        guard given == jurisdictionID else { throw .jurisdictionNotFound }
    }

    /// True for `application/x-www-form-urlencoded`, with any parameters (`; charset=utf-8`) and letter case.
    static func isFormURLEncoded(_ contentType: String?) -> Bool {
        guard let mediaType = contentType?.split(separator: ";", maxSplits: 1).first else { return false }
        return mediaType.trimmingCharacters(in: .whitespaces).lowercased() == "application/x-www-form-urlencoded"
    }

    /// Reported to `unexpectedError` when a backend's `create` names neither a request nor a token.
    public struct UnusableCreateResult: Error, Sendable, Hashable {
        public var serviceCode: String
    }
}
