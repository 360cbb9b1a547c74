import CRDT

/// What applying a remote batch did.
public struct ApplyOutcome: Sendable, Equatable {
    /// Changes new to this replica and now durable.
    public var applied = 0
    /// Changes already held (a retried batch): skipped, harmless.
    public var duplicates = 0
    /// Changes refused because their clock is too far ahead; stored in the quarantine table.
    public var quarantined = 0
    /// Changes the caller's `admit` refused: skipped for good, never stored.
    public var refused = 0
    /// The first refusal, if any: what to tell the sender.
    public var clockError: ClockError?
    public var gap: ReplicaError.Gap?

    public init() {}
}

extension ReplicaError {
    /// A change that did not follow its origin's last held change.
    public struct Gap: Sendable, Equatable {
        public var origin: SiteID
        public var expected: UInt64
        public var received: UInt64

        public init(origin: SiteID, expected: UInt64, received: UInt64) {
            self.origin = origin
            self.expected = expected
            self.received = received
        }
    }
}
