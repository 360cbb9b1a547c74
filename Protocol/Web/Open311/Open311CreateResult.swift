/// What a backend answers to POST requests: the new request's id (realtime services), or a token to exchange
/// for the id later (batch services), plus an optional notice to the reporter.
public struct Open311CreateResult: Sendable, Hashable {
    public var serviceRequestID: String?
    public var token: String?
    public var serviceNotice: String?
    public var accountID: String?

    public init(
        serviceRequestID: String? = nil, token: String? = nil, serviceNotice: String? = nil,
        accountID: String? = nil
    ) {
        self.serviceRequestID = serviceRequestID
        self.token = token
        self.serviceNotice = serviceNotice
        self.accountID = accountID
    }

    /// A result the dispatcher can answer with: it names the request or a token.
    public var isUsable: Bool { serviceRequestID != nil || token != nil }

    /// The spec says `service_request_id` and `token` are never both returned: the id wins when both are set.
    /// `service_notice` and `account_id` are always present, null when absent, as in the spec's example.
    var node: Open311Node {
        var fields: [Open311Node.Field] = []
        if let serviceRequestID {
            fields.append(.init("service_request_id", .text(serviceRequestID)))
        } else {
            fields.append(.init("token", .text(token)))
        }
        fields.append(.init("service_notice", .text(serviceNotice)))
        fields.append(.init("account_id", .text(accountID)))
        return .object(fields)
    }

    init(node: Open311Node) throws(Open311DecodingError) {
        self.init(
            serviceRequestID: node.optionalString("service_request_id"), token: node.optionalString("token"),
            serviceNotice: node.optionalString("service_notice"), accountID: node.optionalString("account_id"))
        guard isUsable else { throw .missing("service_request_id") }
    }
}
