import Hummingbird
import Logging

/// Runs the HTTP side of a node or the hub.
public enum APIServer {
    /// Serves `router` on `host:port` (port 0 picks a free one) until SIGINT or SIGTERM.
    ///
    /// Guarantees: `ports(boundPort)` is written to `portsPath` only once the server accepts
    /// connections, so whoever waits for that file can connect at once.
    public static func run(
        router: Router<BasicRequestContext>, host: String, port: Int, serverName: String, portsPath: String,
        logger: Logger, ports: @escaping @Sendable (Int) -> PortsFile
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
        try await app.runService()
    }
}
