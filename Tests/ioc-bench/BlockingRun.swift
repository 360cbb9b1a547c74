import Dispatch
import Synchronization

/// The benchmarks' commands are synchronous (the root command is); the work they measure is
/// async. This runs it as a task on the concurrency pool while the calling (main) thread waits.
enum BlockingRun {
    static func wait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let result = Mutex<Result<T, any Error>?>(nil)
        let finished = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                let value = try await body()
                result.withLock { $0 = .success(value) }
            } catch { result.withLock { $0 = .failure(error) } }
            finished.signal()
        }
        finished.wait()
        guard let outcome = result.withLock({ $0 }) else { throw BenchmarkFailure("no result") }
        return try outcome.get()
    }
}
