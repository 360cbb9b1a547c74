/// One field of a service definition: extra information a report of that service must or may carry.
public struct Open311Attribute: Sendable, Hashable {
    /// The spec's `datatype`: how the value is entered and what it must look like.
    public enum Datatype: String, Sendable, Hashable, CaseIterable {
        /// One line of text.
        case string
        /// A decimal number.
        case number
        /// A W3C datetime with a zone.
        case datetime
        /// Text that may contain line breaks.
        case text
        /// Exactly one of `values`' keys.
        case singlevaluelist
        /// Any number of `values`' keys.
        case multivaluelist
    }

    /// One choice of a single- or multi-value list.
    public struct Value: Sendable, Hashable {
        /// What the client sends back in `attribute[code]`.
        public var key: String
        /// What the user sees.
        public var name: String

        public init(key: String, name: String) {
            self.key = key
            self.name = name
        }
    }

    /// False when the attribute only shows information to the user and takes no input.
    public var variable: Bool
    public var code: String
    public var datatype: Datatype
    public var required: Bool
    public var datatypeDescription: String?
    /// Presentation order, 1 first.
    public var order: Int
    public var description: String
    public var values: [Value]

    public init(
        variable: Bool = true, code: String, datatype: Datatype, required: Bool = false,
        datatypeDescription: String? = nil, order: Int, description: String, values: [Value] = []
    ) {
        self.variable = variable
        self.code = code
        self.datatype = datatype
        self.required = required
        self.datatypeDescription = datatypeDescription
        self.order = order
        self.description = description
        self.values = values
    }

    var node: Open311Node {
        .object([
            .init("variable", .bool(variable)),
            .init("code", .text(code)),
            .init("datatype", .text(datatype.rawValue)),
            .init("required", .bool(required)),
            .init("datatype_description", .text(datatypeDescription)),
            .init("order", .integer(order)),
            .init("description", .text(description)),
            .init(
                "values",
                .list(
                    item: "value",
                    values.map { .object([.init("key", .text($0.key)), .init("name", .text($0.name))]) })),
        ])
    }

    init(node: Open311Node) throws(Open311DecodingError) {
        var values: [Value] = []
        for entry in try node.list("values") {
            values.append(Value(key: try entry.requiredString("key"), name: try entry.requiredString("name")))
        }
        self.init(
            variable: try node.requiredBool("variable"),
            code: try node.requiredString("code"),
            datatype: try node.requiredEnum("datatype", as: Datatype.self),
            required: try node.requiredBool("required"),
            datatypeDescription: node.optionalString("datatype_description"),
            order: try node.requiredInt("order"),
            description: node.optionalString("description") ?? "",
            values: values)
    }
}
