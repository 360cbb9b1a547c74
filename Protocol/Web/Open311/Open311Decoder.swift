/// Reads GeoReport v2 documents back into values: the inverse of `Open311Encoder`, and lenient in the ways other
/// servers differ (ids as JSON numbers or strings, `keywords` as a string or an array, extra fields ignored,
/// `<tag/>` and `<tag></tag>` alike).
///
/// Guarantees: for every value `v` whose optional strings are nil or non-empty and whose dates are whole
/// seconds, `decode(encode(v)) == v` in both formats. XML documents must have the root element the encoder
/// writes; anything else throws `Open311DecodingError`.
public struct Open311Decoder: Sendable, Hashable {
    public var format: Open311Format

    public init(format: Open311Format) { self.format = format }

    public func services(_ body: [UInt8]) throws(Open311DecodingError) -> [Open311Service] {
        var result: [Open311Service] = []
        for entry in try entries(body, root: "services") { result.append(try Open311Service(node: entry)) }
        return result
    }

    public func definition(_ body: [UInt8]) throws(Open311DecodingError) -> Open311ServiceDefinition {
        try Open311ServiceDefinition(node: try document(body, root: "service_definition"))
    }

    public func requests(_ body: [UInt8]) throws(Open311DecodingError) -> [Open311Request] {
        var result: [Open311Request] = []
        for entry in try entries(body, root: "service_requests") { result.append(try Open311Request(node: entry)) }
        return result
    }

    public func created(_ body: [UInt8]) throws(Open311DecodingError) -> [Open311CreateResult] {
        var result: [Open311CreateResult] = []
        for entry in try entries(body, root: "service_requests") {
            result.append(try Open311CreateResult(node: entry))
        }
        return result
    }

    public func tokens(_ body: [UInt8]) throws(Open311DecodingError) -> [Open311TokenAnswer] {
        var result: [Open311TokenAnswer] = []
        for entry in try entries(body, root: "service_requests") {
            result.append(try Open311TokenAnswer(node: entry))
        }
        return result
    }

    public func errors(_ body: [UInt8]) throws(Open311DecodingError) -> [Open311Error] {
        var result: [Open311Error] = []
        for entry in try entries(body, root: "errors") { result.append(try Open311Error(node: entry)) }
        return result
    }

    public func discovery(_ body: [UInt8]) throws(Open311DecodingError) -> Open311Discovery {
        try Open311Discovery(node: try document(body, root: "discovery"))
    }

    private func document(_ body: [UInt8], root: String) throws(Open311DecodingError) -> Open311Node {
        switch format {
        case .json:
            return try Open311JSONReader.parse(body)
        case .xml:
            let parsed = try Open311XMLParser.parse(body)
            guard parsed.name == root else { throw .malformed("expected <\(root)>, found <\(parsed.name)>") }
            return parsed.node
        }
    }

    private func entries(_ body: [UInt8], root: String) throws(Open311DecodingError) -> [Open311Node] {
        let node = try document(body, root: root)
        if format == .json, case .list(_, let items) = node { return items }
        guard format == .xml, let entries = node.entries else { throw .malformed("expected a list") }
        return entries
    }
}
