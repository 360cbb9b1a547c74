/// What the HTTP adapter sends back: a status, a `Content-Type` and a body, nothing transport-specific.
public struct Open311Response: Sendable, Hashable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]

    public init(status: Int, contentType: String, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// A 200 in `format` with `body` already encoded in it.
    static func ok(_ body: [UInt8], _ format: Open311Format) -> Open311Response {
        Open311Response(status: 200, contentType: format.contentType, body: body)
    }

    /// `error` as the spec's error list, with its code as the status.
    static func error(_ error: Open311Error, _ format: Open311Format) -> Open311Response {
        Open311Response(
            status: error.code, contentType: format.contentType,
            body: Open311Encoder(format: format).encode(errors: [error]))
    }
}
