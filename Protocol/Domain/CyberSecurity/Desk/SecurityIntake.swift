import Synchronization

/// The queue between the listeners (syslog sockets, HTTP posts of sensors) and the desk:
/// listeners hand over what they read without waiting, and one drain task at a time feeds
/// the desk in batches, so a burst becomes a few large transactions instead of many small
/// ones.
///
/// Guarantees: events are ingested in the order they were submitted; at most `capacity`
/// wait at once, and what arrives beyond is counted as dropped (a syslog sender on UDP
/// cannot be held back) rather than held in memory without bound; a failed batch is counted
/// and logged by `onFailure`, and the drain goes on with the next.
public final class SecurityIntake: Sendable {
    public let desk: SecurityDesk
    public let capacity: Int
    private let onFailure: @Sendable (SecurityError) -> Void
    private let didWrite: @Sendable () -> Void

    /// What the intake has seen since it started.
    public struct Counts: Sendable, Hashable, Codable {
        public var received = 0
        public var ingested = 0
        public var refused = 0
        public var dropped = 0
        public var failedBatches = 0
    }

    private struct State {
        var events: [SecurityEvent] = []
        var problems: [String: [(SecurityEventProblem, [UInt8])]] = [:]
        var draining = false
        var counts = Counts()
        var idle: [CheckedContinuation<Void, Never>] = []
    }
    private let state = Mutex(State())

    /// - Parameters:
    ///   - onFailure: told of each batch the desk refused (storage trouble).
    ///   - didWrite: called after each batch stored (to wake the sync).
    public init(
        desk: SecurityDesk, capacity: Int = 200_000, onFailure: @escaping @Sendable (SecurityError) -> Void = { _ in },
        didWrite: @escaping @Sendable () -> Void = {}
    ) {
        self.desk = desk
        self.capacity = capacity
        self.onFailure = onFailure
        self.didWrite = didWrite
    }

    public var counts: Counts { state.withLock { $0.counts } }

    /// Hands over `events` and the messages of `source` that were not events. Never blocks.
    public func submit(_ events: [SecurityEvent], problems: [(SecurityEventProblem, [UInt8])] = [], source: String) {
        let start = state.withLock { state -> Bool in
            let room = max(0, capacity - state.events.count)
            state.events += events.prefix(room)
            state.counts.received += events.count
            state.counts.dropped += max(0, events.count - room)
            state.counts.refused += problems.count
            if !problems.isEmpty { state.problems[source, default: []] += problems.map { ($0.0, Array($0.1.prefix(512))) } }
            guard !state.draining, !state.events.isEmpty || !state.problems.isEmpty else { return false }
            state.draining = true
            return true
        }
        if start { Task { await drain() } }
    }

    /// Returns once everything submitted before the call has been ingested or refused.
    public func drained() async {
        await withCheckedContinuation { continuation in
            let now = state.withLock { state -> Bool in
                guard state.draining else { return true }
                state.idle.append(continuation)
                return false
            }
            if now { continuation.resume() }
        }
    }

    private func drain() async {
        // Counts of known alerts are written as `CountFlushPacing` says while events keep coming,
        // and at once when the queue is empty.
        var pacing = CountFlushPacing(now: desk.nowMillis)
        while true {
            let (batch, problems) = state.withLock { state -> ([SecurityEvent], [String: [(SecurityEventProblem, [UInt8])]]) in
                // Swapped out whole below a batch, sliced above: never an O(n) shift per batch.
                let batch: [SecurityEvent]
                if state.events.count <= SecurityDesk.maxBatch {
                    batch = state.events
                    state.events = []
                } else {
                    batch = Array(state.events[..<SecurityDesk.maxBatch])
                    state.events = Array(state.events[SecurityDesk.maxBatch...])
                }
                defer { state.problems = [:] }
                return (batch, state.problems)
            }
            if batch.isEmpty, problems.isEmpty, desk.hasDeferred || pacing.isDue(at: desk.nowMillis) {
                await flush(&pacing)
            }
            if batch.isEmpty, problems.isEmpty {
                let waiting = state.withLock { state -> [CheckedContinuation<Void, Never>]? in
                    guard state.events.isEmpty, state.problems.isEmpty else { return nil }
                    state.draining = false
                    defer { state.idle = [] }
                    return state.idle
                }
                guard let waiting else { continue }
                for continuation in waiting { continuation.resume() }
                return
            }
            let at = desk.nowMillis
            for (source, list) in problems {
                do { try await desk.store.record(list, source: source, at: at) } catch { onFailure(error) }
            }
            guard !batch.isEmpty else { continue }
            do {
                try await desk.ingest(batch, deferring: true)
                state.withLock { $0.counts.ingested += batch.count }
                didWrite()
            } catch {
                state.withLock { $0.counts.failedBatches += 1 }
                onFailure(error)
            }
            if pacing.isDue(at: desk.nowMillis) { await flush(&pacing) }
        }
    }

    private func flush(_ pacing: inout CountFlushPacing) async {
        let start = desk.nowMillis
        defer { pacing.flushed(from: start, to: desk.nowMillis) }
        guard desk.hasDeferred else { return }
        do throws(SecurityError) {
            try await desk.flushDeferred()
            didWrite()
        } catch {
            state.withLock { $0.counts.failedBatches += 1 }
            onFailure(error)
        }
    }
}
