import Foundation

/// The Open311 service discovery document (GET discovery): where the GeoReport v2 endpoints live and in which
/// formats.
public struct Open311Discovery: Sendable, Hashable {
    public struct Endpoint: Sendable, Hashable {
        /// The spec's URL; always `http://wiki.open311.org/GeoReport_v2` for this module.
        public var specification: String
        /// The endpoint's base URL, e.g. `https://ioc.daklak.gov.vn/open311/v2`.
        public var url: String
        public var changeset: Date
        /// `production` or `test`.
        public var type: String
        /// Media types, e.g. `text/xml`, `application/json`.
        public var formats: [String]

        public init(
            specification: String = Open311Discovery.specification, url: String, changeset: Date,
            type: String = "production", formats: [String] = ["text/xml", "application/json"]
        ) {
            self.specification = specification
            self.url = url
            self.changeset = changeset
            self.type = type
            self.formats = formats
        }
    }

    public static let specification = "http://wiki.open311.org/GeoReport_v2"

    public var changeset: Date
    public var contact: String
    public var keyService: String?
    public var endpoints: [Endpoint]

    public init(changeset: Date, contact: String, keyService: String? = nil, endpoints: [Endpoint]) {
        self.changeset = changeset
        self.contact = contact
        self.keyService = keyService
        self.endpoints = endpoints
    }

    /// A one-endpoint document for the Đắk Lắk field-report service mounted at `baseURL`.
    ///
    /// The default `baseURL` is the path only; pass the absolute URL the server is reachable at when known. The
    /// default changeset is 2026-11-23T00:00:00+07:00, when this API took its current shape; bump it on change.
    public static func dakLak(
        baseURL: String = "/open311/v2", changeset: Date = Date(timeIntervalSince1970: 1_795_366_800),
        contact: String =
            "Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Đắk Lắk / Đắk Lắk Intelligent Operations Centre",
        keyService: String? = nil
    ) -> Open311Discovery {
        Open311Discovery(
            changeset: changeset, contact: contact, keyService: keyService,
            endpoints: [Endpoint(url: baseURL, changeset: changeset)])
    }

    var node: Open311Node {
        .object([
            .init("changeset", .datetime(changeset)),
            .init("contact", .text(contact)),
            .init("key_service", .text(keyService)),
            .init(
                "endpoints",
                .list(
                    item: "endpoint",
                    endpoints.map { endpoint in
                        .object([
                            .init("specification", .text(endpoint.specification)),
                            .init("url", .text(endpoint.url)),
                            .init("changeset", .datetime(endpoint.changeset)),
                            .init("type", .text(endpoint.type)),
                            .init("formats", .list(item: "format", endpoint.formats.map { .text($0) })),
                        ])
                    })),
        ])
    }

    init(node: Open311Node) throws(Open311DecodingError) {
        var endpoints: [Endpoint] = []
        for entry in try node.list("endpoints") {
            var formats: [String] = []
            for format in try entry.list("formats") {
                guard let text = format.scalarText else { throw .invalid("formats") }
                formats.append(text)
            }
            endpoints.append(
                Endpoint(
                    specification: try entry.requiredString("specification"), url: try entry.requiredString("url"),
                    changeset: try entry.requiredDate("changeset"), type: try entry.requiredString("type"),
                    formats: formats))
        }
        self.init(
            changeset: try node.requiredDate("changeset"), contact: try node.requiredString("contact"),
            keyService: node.optionalString("key_service"), endpoints: endpoints)
    }
}
