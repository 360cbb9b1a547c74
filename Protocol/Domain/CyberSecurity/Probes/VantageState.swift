/// A site as one vantage point sees it, moved by each check with confirmation: a site is
/// declared down only after `confirmations` failed checks in a row (one lost packet is not an
/// outage), and up again after one healthy check; each state change opens or closes an
/// incident with its start and end.
///
/// Pure value: the runner feeds it checks in time order; replicas derive nothing from it
/// but the transitions it reports.
public struct VantageState: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable, CaseIterable {
        case unknown, up, degraded, down
    }

    /// A change of state, to be recorded and replicated.
    public struct Transition: Sendable, Hashable, Codable {
        public var from: State
        public var to: State
        public var at: Int64
        public var reasons: [CheckOutcome.Reason]
    }

    public let confirmations: Int
    public private(set) var state: State = .unknown
    /// When the current state began.
    public private(set) var since: Int64?
    /// Failed checks in a row not yet confirmed as down.
    public private(set) var pendingFailures = 0
    /// When the first of those failures was seen (the outage's start once confirmed).
    public private(set) var firstFailureAt: Int64?
    public private(set) var lastCheck: Int64?

    public init(confirmations: Int = 3) { self.confirmations = max(1, confirmations) }

    /// Reads one check made at `at`; returns the transition it caused, if any. An outage is
    /// dated from its first failed check, not from its confirmation.
    @discardableResult
    public mutating func record(_ outcome: CheckOutcome, at: Int64) -> Transition? {
        lastCheck = at
        switch outcome.health {
        case .failed:
            if state == .down { return nil }
            if pendingFailures == 0 { firstFailureAt = at }
            pendingFailures += 1
            guard pendingFailures >= confirmations else { return nil }
            return move(to: .down, at: firstFailureAt ?? at, reasons: outcome.reasons)
        case .degraded:
            pendingFailures = 0
            firstFailureAt = nil
            return state == .degraded ? nil : move(to: .degraded, at: at, reasons: outcome.reasons)
        case .healthy:
            pendingFailures = 0
            firstFailureAt = nil
            return state == .up ? nil : move(to: .up, at: at, reasons: [])
        }
    }

    private mutating func move(to next: State, at: Int64, reasons: [CheckOutcome.Reason]) -> Transition {
        let transition = Transition(from: state, to: next, at: at, reasons: reasons)
        state = next
        since = at
        pendingFailures = 0
        firstFailureAt = nil
        return transition
    }
}
