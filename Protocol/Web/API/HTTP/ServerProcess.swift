import Hummingbird
import Logging
import ServiceLifecycle

/// A node or the hub as one process: the routes its assembly registers and the background
/// services it adds, run together in one `ServiceGroup`.
///
/// Guarantees: on SIGINT or SIGTERM the HTTP server stops first (in-flight requests finish),
/// then every background service, in the reverse of the order they were added, each
/// awaited before the next; `ports` is written to `portsPath` only once the server accepts
/// connections, so whoever waits for that file can connect at once. A service that ends or
/// fails on its own ends the process.
public struct ServerProcess {
    public let router = Router(context: SiteRequestContext.self)
    private var services: [any Service] = []

    public init() {
        router.add(middleware: PeerAddressMiddleware())
    }

    /// Adds background work; services start together and stop in reverse order.
    public mutating func add(_ service: any Service) { services.append(service) }

    /// Serves on `host:port` (0: a free port) until a shutdown signal.
    public func run(
        host: String, port: Int, serverName: String, portsPath: String, logger: Logger,
        ports: @escaping @Sendable (Int) -> PortsFile
    ) async throws {
        let app = Application(
            router: router,
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
