/// A hybrid logical clock (Kulkarni et al., 2014) with a forward-skew guard.
///
/// Guarantees:
/// - every stamp `tick` returns is strictly greater than every stamp this clock
///   returned or observed before;
/// - `observe` never moves the clock to a reading more than `maxForwardSkewMillis`
///   ahead of physical time: such a reading is refused with `ClockError`, so one
///   machine with a wrong clock cannot drag the federation into the future.
public struct HybridLogicalClock: Sendable {
    public private(set) var last: HLCTimestamp
    public let maxForwardSkewMillis: UInt64

    /// Five minutes: larger than any NTP-synchronised drift, smaller than a wrong time zone.
    public static let defaultMaxForwardSkewMillis: UInt64 = 5 * 60 * 1000

    public init(last: HLCTimestamp = .zero, maxForwardSkewMillis: UInt64 = defaultMaxForwardSkewMillis) {
        self.last = last
        self.maxForwardSkewMillis = maxForwardSkewMillis
    }

    /// A new stamp for a local event, strictly after `last`.
    public mutating func tick(physicalMillis: UInt64) -> HLCTimestamp {
        let next: HLCTimestamp
        if physicalMillis > last.physicalMillis {
            next = HLCTimestamp(physicalMillis: physicalMillis, logical: 0)
        } else if last.logical < HLCTimestamp.maxLogical {
            next = HLCTimestamp(rawValue: last.rawValue + 1)
        } else {
            // Counter exhausted within one millisecond: borrow the next millisecond.
            next = HLCTimestamp(physicalMillis: last.physicalMillis + 1, logical: 0)
        }
        last = next
        return next
    }

    /// Folds a remote reading into the clock so later local stamps follow it.
    public mutating func observe(_ remote: HLCTimestamp, physicalMillis: UInt64) throws(ClockError) {
        try Self.check(remote, physicalMillis: physicalMillis, maxForwardSkewMillis: maxForwardSkewMillis)
        if remote > last { last = remote }
    }

    /// Whether `remote` is acceptable at physical time `physicalMillis` under the skew guard.
    public static func check(
        _ remote: HLCTimestamp, physicalMillis: UInt64, maxForwardSkewMillis: UInt64
    ) throws(ClockError) {
        if remote.physicalMillis > physicalMillis + maxForwardSkewMillis {
            throw .remoteTooFarAhead(
                remoteMillis: remote.physicalMillis, localMillis: physicalMillis, allowedMillis: maxForwardSkewMillis)
        }
    }
}
