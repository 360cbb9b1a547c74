/// Renders GeoReport v2 documents in one format, as the bytes of a response body.
///
/// Element and key names are the spec's; JSON is compact UTF-8 with fields in the spec's order; XML is UTF-8 with
/// the XML declaration and every string escaped (see `Open311XMLWriter`). Lists are JSON arrays and XML wrappers:
///
/// | Document | JSON | XML |
/// |---|---|---|
/// | services | `[{…}]` | `<services><service>…` |
/// | definition | `{…}` | `<service_definition>…<attributes><attribute>…<values><value>` |
/// | requests | `[{…}]` | `<service_requests><request>…` |
/// | created | `[{…}]` | `<service_requests><request>…` |
/// | tokens | `[{…}]` | `<service_requests><request>…` |
/// | errors | `[{"code":…,"description":…}]` | `<errors><error>…` |
/// | discovery | `{…}` | `<discovery>…<endpoints><endpoint>…<formats><format>` |
public struct Open311Encoder: Sendable, Hashable {
    public var format: Open311Format

    public init(format: Open311Format) { self.format = format }

    public func encode(services: [Open311Service]) -> [UInt8] {
        render(root: "services", .list(item: "service", services.map(\.node)))
    }

    public func encode(definition: Open311ServiceDefinition) -> [UInt8] {
        render(root: "service_definition", definition.node)
    }

    /// GET requests, and GET requests/{id} (which the spec answers with a list of one).
    public func encode(requests: [Open311Request]) -> [UInt8] {
        render(root: "service_requests", .list(item: "request", requests.map(\.node)))
    }

    /// The answer to POST requests: a list of one.
    public func encode(created: Open311CreateResult) -> [UInt8] {
        render(root: "service_requests", .list(item: "request", [created.node]))
    }

    public func encode(tokens: [Open311TokenAnswer]) -> [UInt8] {
        render(root: "service_requests", .list(item: "request", tokens.map(\.node)))
    }

    public func encode(errors: [Open311Error]) -> [UInt8] {
        render(root: "errors", .list(item: "error", errors.map(\.node)))
    }

    public func encode(discovery: Open311Discovery) -> [UInt8] { render(root: "discovery", discovery.node) }

    private func render(root: String, _ node: Open311Node) -> [UInt8] {
        switch format {
        case .json: Open311JSONWriter.render(node)
        case .xml: Open311XMLWriter.render(root: root, node)
        }
    }
}
