import HTTPTypes
import Hummingbird
import NIOCore

/// The request context of a node's or the hub's server: Hummingbird's core context plus the
/// peer's address, for the per-address limits and the audit of sign-ins.
public struct SiteRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

/// Writes the connection's peer address into `X-IOC-Peer` (replacing any the client sent),
/// so handlers generic over their context read it from the request (`PeerAddress.of`).
public struct PeerAddressMiddleware<Context: RemoteAddressRequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var head = request.head
        head.headerFields[PeerAddress.header] = context.remoteAddress?.ipAddress ?? "unknown"
        return try await next(Request(head: head, body: request.body), context)
    }
}

/// The peer address `PeerAddressMiddleware` recorded.
public enum PeerAddress {
    static let header = HTTPField.Name("X-IOC-Peer")!

    /// The request's peer IP address, or "unknown" (a server without the middleware).
    public static func of(_ request: Request) -> String { request.headers[header] ?? "unknown" }
}
