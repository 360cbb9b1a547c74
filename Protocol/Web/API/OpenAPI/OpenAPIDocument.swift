import Foundation

/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`: the file
/// `openapi.json` beside this one, compiled into the binary byte for byte.
///
/// Guarantees (checked by `Deploy/test`): the file is an OpenAPI 3.1.0 document that passes
/// the independent `openapi-spec-validator`, and its paths and methods are exactly the
/// `/api/v1` routes and `GET /attachments/{sha}` that node and hub register, each with the
/// status codes its handler answers and the shared error shape
/// `{"error": {"code", "message", "field"}}`. Staff routes declare `basicAuth` or
/// `cookieAuth` (`ioc_session`); public routes declare `security: []`; the chat webhooks
/// declare `webhookSignature` (`X-IOC-Signature: sha256=<hex HMAC-SHA256 of the body>`).
/// Open311 GeoReport v2 at `/open311/v2` is only mentioned: it has its own specification.
/// Change the file together with the handlers.
public enum OpenAPIDocument {
    /// The document, as served.
    public static let data = Data(PackageResources.openapi_json)
}
