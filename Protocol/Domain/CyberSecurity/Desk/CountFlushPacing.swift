/// When the counts `SecurityDesk.ingest(_:deferring:)` leaves pending are written under a
/// flood of events.
///
/// A flush writes one change per alert with pending counts, so its cost grows with the alerts
/// a flood touches, not with its events. Guarantees: counts are due `intervalMillis` after the
/// last flush ended, or later when that flush was long, so that flushing takes at most
/// 1 / (`patience` + 1) of the time; with few alerts that is every `intervalMillis`.
public struct CountFlushPacing: Sendable, Hashable {
    /// The shortest time between two flushes.
    public static let intervalMillis: Int64 = 2_000
    /// How many times its own length a flush waits after it.
    public static let patience: Int64 = 5

    private var endedAt: Int64
    private var lastTook: Int64 = 0

    /// Pacing that starts counting at `now`.
    public init(now: Int64) { endedAt = now }

    /// Whether pending counts should be written at `now`.
    public func isDue(at now: Int64) -> Bool {
        now - endedAt >= max(Self.intervalMillis, lastTook * Self.patience)
    }

    /// Records a flush that started at `start` and ended at `end` (milliseconds).
    public mutating func flushed(from start: Int64, to end: Int64) {
        lastTook = max(0, end - start)
        endedAt = end
    }
}
