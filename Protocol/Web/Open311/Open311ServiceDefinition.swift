/// GET services/{code}: the attributes a report of one service must or may carry.
public struct Open311ServiceDefinition: Sendable, Hashable {
    public var serviceCode: String
    public var attributes: [Open311Attribute]

    public init(serviceCode: String, attributes: [Open311Attribute]) {
        self.serviceCode = serviceCode
        self.attributes = attributes
    }

    /// The attribute with `code`, if the definition has one.
    public func attribute(_ code: String) -> Open311Attribute? { attributes.first { $0.code == code } }

    var node: Open311Node {
        .object([
            .init("service_code", .text(serviceCode)),
            .init("attributes", .list(item: "attribute", attributes.map(\.node))),
        ])
    }

    init(node: Open311Node) throws(Open311DecodingError) {
        var attributes: [Open311Attribute] = []
        for entry in try node.list("attributes") { attributes.append(try Open311Attribute(node: entry)) }
        self.init(serviceCode: try node.requiredString("service_code"), attributes: attributes)
    }
}
