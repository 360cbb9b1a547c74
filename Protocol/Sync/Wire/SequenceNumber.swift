/// The range of sequence numbers the protocol carries. Replicas store them as SQLite's
/// signed 64-bit integers, so every number a peer sends is checked against this range
/// where it is decoded, and a larger one is refused before it reaches storage or an
/// `Int64` conversion.
public enum SequenceNumber {
    /// 1 … 2^63 − 1: a site making a million changes a second would need 292,000 years.
    public static let allowed: ClosedRange<UInt64> = 1...UInt64(Int64.max)

    /// `value`, if it lies in `allowed` (or is 0 where `allowZero`: "nothing yet").
    public static func checked(_ value: UInt64, _ field: @autoclosure () -> String, allowZero: Bool = false) throws(WireError) -> UInt64 {
        if allowed.contains(value) || (allowZero && value == 0) { return value }
        throw .outOfRange(field: field(), value: value, allowed: allowZero ? 0...allowed.upperBound : allowed)
    }
}
