import Foundation

/// One entry of GET services: a type of issue that can be reported.
public struct Open311Service: Sendable, Hashable {
    /// How the jurisdiction handles requests of this type (the spec's `type`).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A service request id is returned immediately after POST.
        case realtime
        /// A token is returned after POST; the id comes later via GET tokens.
        case batch
        /// Requests are accepted but cannot be tracked.
        case blackbox
    }

    public var serviceCode: String
    public var serviceName: String
    public var description: String?
    /// True when GET services/{code} has a definition with attributes to fill in.
    public var metadata: Bool
    public var type: Kind
    /// Emitted as the spec's single comma-separated string (`"đường, ổ gà"`) and parsed back by splitting on commas,
    /// so a keyword must not itself contain a comma.
    public var keywords: [String]
    public var group: String?

    public init(
        serviceCode: String, serviceName: String, description: String? = nil, metadata: Bool = false,
        type: Kind = .realtime, keywords: [String] = [], group: String? = nil
    ) {
        self.serviceCode = serviceCode
        self.serviceName = serviceName
        self.description = description
        self.metadata = metadata
        self.type = type
        self.keywords = keywords
        self.group = group
    }

    var node: Open311Node {
        .object([
            .init("service_code", .text(serviceCode)),
            .init("service_name", .text(serviceName)),
            .init("description", .text(description)),
            .init("metadata", .bool(metadata)),
            .init("type", .text(type.rawValue)),
            .init("keywords", keywords.isEmpty ? .null : .text(keywords.joined(separator: ", "))),
            .init("group", .text(group)),
        ])
    }

    init(node: Open311Node) throws(Open311DecodingError) {
        var keywords: [String] = []
        if case .list(_, let items)? = node["keywords"] {
            keywords = items.compactMap(\.scalarText)
        } else if let text = node.optionalString("keywords") {
            keywords = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
        }
        self.init(
            serviceCode: try node.requiredString("service_code"),
            serviceName: try node.requiredString("service_name"),
            description: node.optionalString("description"),
            metadata: try node.requiredBool("metadata"),
            type: try node.requiredEnum("type", as: Kind.self),
            keywords: keywords,
            group: node.optionalString("group"))
    }
}
