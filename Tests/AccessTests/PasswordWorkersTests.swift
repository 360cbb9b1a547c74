import Access
import Foundation
import Synchronization
import Testing

@Suite struct PasswordWorkersTests {
    @Test func checksBeyondTheThreadsAndTheQueueAreRefusedAtOnceAsBusy() async throws {
        let workers = PasswordWorkers(threads: 1, waiting: 1)
        let gate = Gate()
        async let first: Void = try workers.run { gate.wait() }
        async let second: Void = try workers.run { gate.wait() }
        try await waitUntil { workers.load == 2 }
        await #expect(throws: AccessError.busy) { try await workers.run {} }
        gate.open()
        _ = try await (first, second)
        #expect(workers.load == 0)
        try await workers.run {}
    }

    @Test func aHashMadeOnTheWorkersVerifies() async throws {
        let workers = PasswordWorkers()
        let hash = try await workers.hash("mat-khau-dai-du")
        #expect(try await workers.verify("mat-khau-dai-du", against: hash))
        #expect(try await !workers.verify("sai", against: hash))
    }
}

/// A latch the test opens; waiters block their (password) thread until then, at most 30 s.
private final class Gate: Sendable {
    private let opened = Mutex(false)
    func wait() {
        let deadline = Date(timeIntervalSinceNow: 30)
        while !opened.withLock({ $0 }), Date() < deadline { usleep(1_000) }
    }
    func open() { opened.withLock { $0 = true } }
}

func waitUntil(_ condition: () -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(30)
    while !condition() {
        guard ContinuousClock.now < deadline else { Issue.record("condition not met within 30 s"); return }
        try await Task.sleep(for: .milliseconds(1))
    }
}
