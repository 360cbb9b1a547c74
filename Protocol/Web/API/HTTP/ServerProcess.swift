import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import ServiceLifecycle
import StaffUI

/// A node or the hub as one process: the routes its assembly registers and the background
/// services it adds, run together in one `ServiceGroup`.
///
/// Guarantees: on SIGINT or SIGTERM the HTTP server stops first (in-flight requests finish),
/// then every background service, in the reverse of the order they were added, each
/// awaited before the next; `ports` is written to `portsPath` only once the server accepts
/// connections, so whoever waits for that file can connect at once. A service that ends or
/// fails on its own ends the process. Every answer carries the security headers
/// (`SecurityHeadersMiddleware`); a connection idle for `idleTimeout`, or whose request head
/// takes longer than `headTimeout` to arrive, is closed.
public struct ServerProcess {
    public let router = Router(context: SiteRequestContext.self)
    /// The certificate and key when the site serves HTTPS; nil: plain HTTP.
    public let https: HTTPSFiles?
    private var services: [any Service] = []
    static let idleTimeout = TimeAmount.seconds(75)
    static let headTimeout = TimeAmount.seconds(15)

    public init(https: HTTPSFiles? = nil) {
        self.https = https
        router.add(middleware: SecurityHeadersMiddleware(overTLS: https != nil))
        router.add(middleware: PeerAddressMiddleware())
        for asset in StaticAsset.all {
            router.get(RouterPath(asset.path)) { _, _ in
                Response(
                    status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "public, max-age=86400"],
                    body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
            }
        }
    }

    /// `http` or `https`, for the addresses this site prints.
    public var scheme: String { https == nil ? "http" : "https" }

    /// Adds background work; services start together and stop in reverse order.
    public mutating func add(_ service: any Service) { services.append(service) }

    /// Serves on `host:port` (0: a free port) until a shutdown signal.
    public func run(
        host: String, port: Int, serverName: String, portsPath: String, logger: Logger,
        ports: @escaping @Sendable (Int) -> PortsFile
    ) async throws {
        let http1 = HTTPServerBuilder.http1(
            configuration: .init(additionalChannelHandlers: [RequestHeadDeadline(timeout: Self.headTimeout)], idleTimeout: Self.idleTimeout))
        let app = Application(
            router: router, server: try https.map { try .tls(http1, tlsConfiguration: try $0.serverConfiguration()) } ?? http1,
            configuration: .init(address: .hostname(host, port: port), serverName: serverName),
            onServerRunning: { channel in
                let file = ports(channel.localAddress?.port ?? port)
                try? file.write(to: portsPath)
                logger.info("\(serverName) ready", metadata: ["http": "\(file.http)", "sync": "\(file.sync)", "announce": "\(file.announce)"])
            },
            logger: logger)
        let group = ServiceGroup(
            configuration: .init(
                services: (services + [app]).map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
