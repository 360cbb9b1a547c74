import CNNG

/// Conversions between Swift `Duration` and nng's millisecond `nng_duration`.
enum NNGDuration {
    /// `nil` maps to `NNG_DURATION_INFINITE`. Negative durations become zero and
    /// anything beyond `Int32.max` milliseconds (about 24 days) is clamped to it.
    /// Sub-millisecond remainders round up so that a tiny positive timeout never
    /// becomes a zero-wait poll.
    static func milliseconds(_ duration: Duration?) -> nng_duration {
        guard let duration else { return NNG_DURATION_INFINITE }
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0, !(seconds == 0 && attoseconds < 0) else { return 0 }
        let attosecondsPerMillisecond: Int64 = 1_000_000_000_000_000
        var millis = attoseconds / attosecondsPerMillisecond
        if attoseconds % attosecondsPerMillisecond != 0 { millis += 1 }
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        guard !overflow else { return Int32.max }
        let (total, overflow2) = scaled.addingReportingOverflow(millis)
        guard !overflow2, total <= Int64(Int32.max) else { return Int32.max }
        return nng_duration(total)
    }
}
