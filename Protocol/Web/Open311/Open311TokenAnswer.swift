/// One entry of GET tokens/{token}: the request a token turned into, or nil while it is still pending.
public struct Open311TokenAnswer: Sendable, Hashable {
    public var serviceRequestID: String?
    public var token: String

    public init(serviceRequestID: String?, token: String) {
        self.serviceRequestID = serviceRequestID
        self.token = token
    }

    var node: Open311Node {
        .object([.init("service_request_id", .text(serviceRequestID)), .init("token", .text(token))])
    }

    init(node: Open311Node) throws(Open311DecodingError) {
        self.init(serviceRequestID: node.optionalString("service_request_id"), token: try node.requiredString("token"))
    }
}
