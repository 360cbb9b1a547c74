import HTTPTypes
import Hummingbird

/// Adds the security headers to every answer, errors included: a Content-Security-Policy
/// that allows this site's own files only (no inline script, no inline style, no frames),
/// `X-Content-Type-Options: nosniff`, `Referrer-Policy: same-origin`, and over TLS
/// `Strict-Transport-Security`. Headers a route set itself are kept.
public struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The policy every page is served with. `img-src data:` lets photos previewed by the
    /// browser show; `form-action 'self'` keeps forms from posting elsewhere.
    public static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    private let overTLS: Bool

    public init(overTLS: Bool) { self.overTLS = overTLS }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        add(to: &response.headers)
        return response
    }

    private func add(to headers: inout HTTPFields) {
        var fields: [(HTTPField.Name, String)] = [
            (.contentSecurityPolicy, Self.contentSecurityPolicy), (.xContentTypeOptions, "nosniff"),
            (Self.referrerPolicy, "same-origin"), (Self.frameOptions, "DENY"),
        ]
        if overTLS { fields.append((.strictTransportSecurity, "max-age=31536000")) }
        for (name, value) in fields where headers[name] == nil { headers[name] = value }
    }

    private static var referrerPolicy: HTTPField.Name { HTTPField.Name("Referrer-Policy")! }
    private static var frameOptions: HTTPField.Name { HTTPField.Name("X-Frame-Options")! }
}
