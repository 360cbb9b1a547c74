import Foundation

/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`: the file
/// `openapi.json` beside this one, compiled into the binary byte for byte.
///
/// Guarantees (checked by `Deploy/test`): the file is an OpenAPI 3.1.0 document that passes
/// the independent `openapi-spec-validator`, and its paths and methods are exactly the
/// `/api/v1` routes and `GET /attachments/{sha}` that node and hub register, each with the
/// status codes its handler answers and the shared error shape
/// `{"error": {"code", "message", "field"}}`. Staff routes declare `basicAuth` or
/// `cookieAuth` (`ioc_session_<site>`) and `bearerAuth` (an integrator's `APIToken`);
/// public routes declare `security: []`; the chat webhooks
/// declare `webhookSignature` (`X-IOC-Signature: sha256=<hex HMAC-SHA256 of the body>`).
/// Open311 GeoReport v2 at `/open311/v2` is only mentioned: it has its own specification.
/// Change the file together with the handlers.
public enum OpenAPIDocument {
    /// The whole document, byte for byte: every operation of node and hub.
    public static let data = Data(PackageResources.openapi_json)
    /// What a node serves: the document without the operations the hub alone serves.
    public static let servedByNode = without(role: "hub")
    /// What the hub serves: the document without the operations a node alone serves.
    public static let servedByHub = without(role: "node")

    /// The document without the operations whose `x-ioc-role` is `role`, and without paths
    /// left empty; the whole document if it does not parse.
    static func without(role: String) -> Data {
        guard var document = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let paths = document["paths"] as? [String: [String: Any]]
        else { return data }
        var kept: [String: Any] = [:]
        for (path, item) in paths {
            let item = item.filter { ($0.value as? [String: Any])?["x-ioc-role"] as? String != role }
            if item.keys.contains(where: { $0 != "parameters" && $0 != "summary" && $0 != "description" }) { kept[path] = item }
        }
        document["paths"] = kept
        return (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? data
    }

    /// "METHOD /path" for every operation the document describes, `{name}` for a path
    /// parameter, as the route tests compare them; empty if the document does not parse.
    public static var operations: Set<String> {
        operations { _ in true }
    }

    /// The operations whose `x-ioc-role` is `role` (`hub` or `node`): the routes one role alone serves.
    public static func operations(servedOnlyBy role: String) -> Set<String> {
        operations { ($0["x-ioc-role"] as? String) == role }
    }

    /// "METHOD /path" of a registered route in the document's spelling: Hummingbird's
    /// `:name` path parameters written `{name}`, one leading slash.
    public static func operation(method: String, routerPath: String) -> String {
        let path = routerPath.split(separator: "/").map { part in
            part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
        }.joined(separator: "/")
        return "\(method) /\(path)"
    }

    private static func operations(where include: ([String: Any]) -> Bool) -> Set<String> {
        let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options"]
        guard let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let paths = document["paths"] as? [String: [String: Any]]
        else { return [] }
        return Set(paths.flatMap { path, item in
            item.compactMap { method, operation in
                methods.contains(method) && include(operation as? [String: Any] ?? [:]) ? "\(method.uppercased()) \(path)" : nil
            }
        })
    }
}
