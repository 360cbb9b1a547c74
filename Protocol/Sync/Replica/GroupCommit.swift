import GRDB
import Synchronization

/// Local writes that arrive while the writer is busy are committed together: the first
/// writer to find the queue idle drains it, running each waiting write in its own
/// savepoint inside one transaction.
///
/// Guarantees:
/// - a write's caller resumes only after the transaction holding it has committed, so a
///   returned write is as durable as one committed alone;
/// - a write that throws is rolled back alone (its savepoint, or the transaction when it is
///   the only write) and its caller gets the error; the others in the group still commit;
/// - if the transaction itself cannot commit (a full disk), every write of the group fails
///   and nothing of it is stored;
/// - writes run in arrival order, at most `maxGroup` to a transaction, on GRDB's writer
///   queue, never on the cooperative thread pool.
final class GroupCommit: Sendable {
    private struct Job: Sendable {
        let run: @Sendable (Database) throws -> Void
        let finish: @Sendable ((any Error)?) -> Void
    }

    private struct Queue {
        var jobs: [Job] = []
        var draining = false
    }

    private let pool: DatabasePool
    private let queue = Mutex(Queue())
    let maxGroup: Int

    init(pool: DatabasePool, maxGroup: Int = 256) {
        self.pool = pool
        self.maxGroup = max(1, maxGroup)
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let result = Mutex<T?>(nil)
            let job = Job(
                run: { db in
                    let value = try body(db)
                    result.withLock { $0 = value }
                },
                finish: { error in
                    if let error { return continuation.resume(throwing: error) }
                    guard let value = result.withLock({ $0 }) else { return continuation.resume(throwing: ReplicaError.storage("a grouped write ended without a result")) }
                    continuation.resume(returning: value)
                })
            let startsDrain = queue.withLock { queue -> Bool in
                queue.jobs.append(job)
                guard !queue.draining else { return false }
                queue.draining = true
                return true
            }
            if startsDrain { pool.asyncWriteWithoutTransaction { db in self.drain(db) } }
        }
    }

    private func drain(_ db: Database) {
        while true {
            let group = queue.withLock { queue -> [Job] in
                guard !queue.jobs.isEmpty else {
                    queue.draining = false
                    return []
                }
                let taken = Array(queue.jobs.prefix(maxGroup))
                queue.jobs.removeFirst(taken.count)
                return taken
            }
            guard !group.isEmpty else { return }
            var errors: [(any Error)?] = []
            errors.reserveCapacity(group.count)
            // A write alone needs no savepoint: its failure rolls back the transaction, which
            // holds nothing else. A savepoint copies every page the write touches to the
            // statement journal, a temporary file: a fifth of a 5,000-dossier batch.
            if group.count == 1, let job = group.first {
                do {
                    try db.inTransaction(.immediate) {
                        try job.run(db)
                        return .commit
                    }
                    job.finish(nil)
                } catch {
                    job.finish(error)
                }
                continue
            }
            do {
                try db.inTransaction(.immediate) {
                    for job in group {
                        do {
                            try db.inSavepoint {
                                try job.run(db)
                                return .commit
                            }
                            errors.append(nil)
                        } catch {
                            errors.append(error)
                        }
                    }
                    return .commit
                }
            } catch {
                for job in group { job.finish(error) }
                continue
            }
            for (job, error) in zip(group, errors) { job.finish(error) }
        }
    }
}
