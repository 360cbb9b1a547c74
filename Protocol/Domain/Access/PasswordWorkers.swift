import Foundation
import Identity
import Synchronization

/// The threads that hash and check passwords (scrypt, ~50 ms and 16 MiB each), so a
/// flood of sign-ins cannot take the cooperative thread pool from other requests.
///
/// Guarantees: at most `threads` hashes run at once, on threads of their own that the
/// kernel schedules after everything else (nice 10), so a request waiting for a core is
/// never queued behind a hash; at most
/// `waiting` more wait; beyond that a check is refused at once with `AccessError.busy`
/// (the web answers 503), never queued without bound.
public final class PasswordWorkers: Sendable {
    private let queue: OperationQueue
    private let admitted = Mutex(0)
    public let threads: Int
    public let waiting: Int

    /// The default keeps half the cores (at least one) for everything else, and lets a
    /// check wait at most about eight hashes' time.
    public init(threads: Int = max(1, ProcessInfo.processInfo.activeProcessorCount / 2), waiting: Int? = nil) {
        self.threads = max(1, threads)
        self.waiting = max(0, waiting ?? 8 * max(1, threads))
        queue = OperationQueue()
        queue.name = "ioc.password"
        queue.maxConcurrentOperationCount = self.threads
        queue.qualityOfService = .userInitiated
    }

    /// Checks and hashes in flight or waiting now.
    public var load: Int { admitted.withLock { $0 } }

    /// Runs `work` on a password thread.
    /// - Throws: `.busy` when `threads + waiting` checks are already admitted.
    public func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws(AccessError) -> T {
        let capacity = threads + waiting
        let admittedNow = admitted.withLock { count -> Bool in
            guard count < capacity else { return false }
            count += 1
            return true
        }
        guard admittedNow else { throw .busy }
        return await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
            queue.addOperation {
                Self.yieldToOthers()
                let value = work()
                self.admitted.withLock { $0 -= 1 }
                continuation.resume(returning: value)
            }
        }
    }

    /// Whether `password` matches `hash`, on a password thread.
    public func verify(_ password: String, against hash: String) async throws(AccessError) -> Bool {
        try await run { PasswordHash.verify(password: password, against: hash) }
    }

    /// A new hash of `password`, on a password thread.
    public func hash(_ password: String) async throws(AccessError) -> String {
        let made: Result<String, IdentityError> = try await run { Result { () throws(IdentityError) in try PasswordHash.make(password: password) } }
        switch made {
        case let .success(hash): return hash
        case let .failure(error): throw .storage("\(error)")
        }
    }

    /// Lowers the calling thread's scheduling priority: on Linux the nice value is per thread, and
    /// `who` 0 names the calling one.
    private static func yieldToOthers() {
        #if os(Linux)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }
}
