/// The one reader of ISO 8601 timestamps in the code base (W3C-DTF / RFC 3339, as Open311,
/// FIWARE and camera vendors write them).
///
/// Accepted: `YYYY-MM-DD`, then `T`, `t` or a space, then `hh:mm`, optionally `:ss` and a
/// fraction after `.` or `,` (read to the millisecond), then the zone: `Z`, `z`, `±hh:mm`,
/// `±hhmm` or `±hh`. A space where the zone's sign belongs is read as `+`: it is what `+07:00`
/// becomes when a client forgets to percent-encode it in a query string. A timestamp
/// without a zone is read at the caller's `defaultOffsetSeconds` and must then carry its
/// seconds (W3C-DTF allows minutes alone only with a zone); with no default a zone is
/// required. Impossible dates (2026-02-30), hours past 23, minutes or seconds past 59 and
/// trailing text are refused. Pure arithmetic on `CivilDate`: no formatter, time zone
/// database or locale.
public enum ISO8601Timestamp {
    /// Unix milliseconds of `text`, or nil when it is not a timestamp by the rules above.
    public static func millis(_ text: String, defaultOffsetSeconds: Int? = nil) -> Int64? {
        var scanner = Scanner(Array(text.utf8))
        guard let year = scanner.digits(4), scanner.take("-"), let month = scanner.digits(2), scanner.take("-"),
            let day = scanner.digits(2), scanner.take("T") || scanner.take("t") || scanner.take(" "),
            let hour = scanner.digits(2), scanner.take(":"), let minute = scanner.digits(2)
        else { return nil }
        var second = 0
        var millisecond = 0
        var hasSeconds = false
        if scanner.take(":") {
            guard let s = scanner.digits(2) else { return nil }
            second = s
            hasSeconds = true
            if scanner.take(".") || scanner.take(",") {
                guard let m = scanner.fractionMillis() else { return nil }
                millisecond = m
            }
        }
        let offset: Int
        if scanner.atEnd {
            guard let defaultOffsetSeconds, hasSeconds else { return nil }
            offset = defaultOffsetSeconds
        } else {
            guard let zone = scanner.zone(), scanner.atEnd else { return nil }
            offset = zone
        }
        guard (1...12).contains(month), (1...31).contains(day), hour <= 23, minute <= 59, second <= 59 else { return nil }
        let date = CivilDate(year, month, day)
        guard CivilDate(julianDay: date.julianDay) == date else { return nil }
        let seconds = Int64(date.daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offset)
        return seconds * 1000 + Int64(millisecond)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<(index + count)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += count
            return value
        }

        /// At least one digit; the first three are the milliseconds, the rest are dropped.
        mutating func fractionMillis() -> Int? {
            var value = 0
            var count = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                if count < 3 { value = value * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                count += 1
                index += 1
            }
            guard count > 0 else { return nil }
            for _ in count..<max(count, 3) { value *= 10 }
            return value
        }

        /// The zone's offset east of UTC in seconds.
        mutating func zone() -> Int? {
            if take("Z") || take("z") { return 0 }
            let sign: Int
            if take("+") || take(" ") {
                sign = 1
            } else if take("-") {
                sign = -1
            } else {
                return nil
            }
            guard let hours = digits(2), hours <= 23 else { return nil }
            if atEnd { return sign * hours * 3600 }
            _ = take(":")
            guard let minutes = digits(2), minutes <= 59 else { return nil }
            return sign * (hours * 3600 + minutes * 60)
        }
    }
}
