import ServiceLifecycle

/// Background work as a `Service`: a component with its own threads, started and stopped
/// (`start`, `stop`), or a loop repeated until shutdown (`every`), or one task (`task`).
///
/// Guarantees: `stop` runs once, after graceful shutdown begins or the group is cancelled,
/// and `run` returns only after it.
public struct BackgroundService: Service {
    private let body: @Sendable () async throws -> Void

    private init(_ body: @escaping @Sendable () async throws -> Void) { self.body = body }

    public func run() async throws { try await body() }

    /// A component with its own threads (the sync daemon, nng listeners).
    public static func started(_ start: @escaping @Sendable () throws -> Void, stop: @escaping @Sendable () -> Void) -> BackgroundService {
        BackgroundService {
            try start()
            try? await gracefulShutdown()
            stop()
        }
    }

    /// `tick` at once and then every `interval` until shutdown.
    public static func every(_ interval: Duration, _ tick: @escaping @Sendable () async -> Void) -> BackgroundService {
        BackgroundService {
            await cancelWhenGracefulShutdown {
                while !Task.isCancelled {
                    await tick()
                    try? await Task.sleep(for: interval)
                }
            }
        }
    }

    /// `work` until it returns or shutdown cancels it; its end does not end the process.
    public static func task(_ work: @escaping @Sendable () async -> Void) -> BackgroundService {
        BackgroundService {
            await cancelWhenGracefulShutdown { await work() }
            try? await gracefulShutdown()
        }
    }
}
