import Foundation
import Logging
import Replica
import SyncSession
import Synchronization

/// The hub's "not synced" alert: an enrolled node is *stale* when the hub has had no
/// successful sync request from it for longer than `thresholdMillis`
/// (`ioc-hub serve --stale-after-minutes`).
///
/// Guarantees:
/// - a node's age counts from its last successful request, or from the hub's start when it
///   has made none since (the hub keeps no history across restarts), so a node that never
///   comes back after a hub restart turns stale one threshold after the start;
/// - each change of a node's state is logged exactly once, whoever notices it first (the
///   background check or a `GET /api/v1/sync` / `/metrics`): a warning when it turns stale,
///   another when it syncs again;
/// - `check` touches only memory; the background thread re-reads the enrolments (one
///   small query) every `checkInterval`, on its own thread, never on the cooperative pool.
public final class StaleNodeAlert: Sendable {
    /// One node's state.
    public struct Verdict: Sendable, Equatable {
        public var name: String
        public var district: String
        /// The last successful sync request since the hub started, if any.
        public var lastSuccessMillis: Int64?
        public var stale: Bool
    }

    public let thresholdMillis: Int64
    public let startedMillis: Int64
    private let service: SyncService
    private let enrolments: EnrolmentBook
    private let logger: Logger
    private let raised = Mutex<Set<String>>([])
    private let running = Mutex(false)
    private let wake = NSCondition()

    /// - Parameter staleAfterMinutes: the threshold (fractions allowed; at least 1 s).
    public init(
        service: SyncService, enrolments: EnrolmentBook, staleAfterMinutes: Double, logger: Logger,
        startedMillis: Int64 = Int64(Replica.systemMillis())
    ) {
        self.service = service
        self.enrolments = enrolments
        self.logger = logger
        self.startedMillis = startedMillis
        thresholdMillis = max(1_000, Int64((staleAfterMinutes * 60_000).rounded()))
    }

    /// How often the background thread checks: a quarter of the threshold, between 250 ms
    /// and 15 s, so an alert is raised at most that late.
    public var checkIntervalMillis: Int64 { min(15_000, max(250, thresholdMillis / 4)) }

    /// The state of every node of `nodes` at `now`, logging each change of state once.
    @discardableResult
    public func check(_ nodes: [Enrolment], now: Int64 = Int64(Replica.systemMillis())) -> [Verdict] {
        let verdicts = nodes.map { node in
            let last = service.activity(of: node.name).lastSuccessMillis
            return Verdict(name: node.name, district: node.district, lastSuccessMillis: last, stale: now - (last ?? startedMillis) > thresholdMillis)
        }
        let (started, cleared) = raised.withLock { raised -> ([Verdict], [Verdict]) in
            let started = verdicts.filter { $0.stale && !raised.contains($0.name) }
            let cleared = verdicts.filter { !$0.stale && raised.contains($0.name) }
            raised.formUnion(started.map(\.name))
            raised.subtract(cleared.map(\.name))
            // Nodes no longer enrolled leave silently.
            raised.formIntersection(nodes.map(\.name))
            return (started, cleared)
        }
        let minutes = String(format: "%g", Double(thresholdMillis) / 60_000)
        for verdict in started {
            let since = verdict.lastSuccessMillis.map { "last synced \(Self.time($0))" } ?? "not heard from since the hub started at \(Self.time(startedMillis))"
            logger.warning(
                "node not synced for more than \(minutes) min: \(verdict.name) (district \(verdict.district)), \(since)",
                metadata: ["node": "\(verdict.name)", "alert": "stale"])
        }
        for verdict in cleared {
            logger.warning(
                "node synced again: \(verdict.name) (district \(verdict.district)); alert cleared",
                metadata: ["node": "\(verdict.name)", "alert": "cleared"])
        }
        return verdicts
    }

    /// Starts the background check (its own thread). Idempotent.
    public func start() {
        let first = running.withLock { running -> Bool in
            defer { running = true }
            return !running
        }
        guard first else { return }
        let thread = Thread { [self] in
            while running.withLock({ $0 }) {
                check(enrolments.all())
                wait(millis: checkIntervalMillis)
            }
        }
        thread.name = "ioc-stale-alert"
        thread.start()
    }

    /// Stops the background check after its current pass.
    public func stop() {
        wake.lock()
        running.withLock { $0 = false }
        wake.signal()
        wake.unlock()
    }

    private func wait(millis: Int64) {
        wake.lock()
        defer { wake.unlock() }
        let deadline = Date().addingTimeInterval(Double(millis) / 1000)
        while running.withLock({ $0 }) {
            if !wake.wait(until: deadline) { break }
        }
    }

    private static func time(_ millis: Int64) -> String {
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
    }
}
