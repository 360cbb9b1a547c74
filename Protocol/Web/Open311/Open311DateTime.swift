import Foundation

/// W3C/ISO 8601 datetimes as GeoReport v2 requires them.
///
/// Output is always `YYYY-MM-DDThh:mm:ss+07:00` (Asia/Ho_Chi_Minh, which has no daylight saving time), with the
/// instant truncated to whole seconds. Input must carry a zone (`Z` or `±hh:mm`, `±hhmm`), as the spec demands;
/// seconds and fractional seconds are optional. Both directions are pure arithmetic: no `Calendar`, no
/// `DateFormatter`, no dependence on the process time zone or locale.
public enum Open311DateTime {
    /// The offset every emitted datetime uses: UTC+07:00.
    public static let offsetSeconds = 7 * 3600

    /// Formats `date` as `2026-11-23T14:05:00+07:00`. Instants outside years 0001–9999 (or not finite) are
    /// clamped to that range rather than trapping.
    public static func format(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        let clamped = seconds.isNaN ? 0 : min(max(seconds, -62_135_596_800), 253_402_275_599)
        let total = Int(clamped.rounded(.down)) + offsetSeconds
        let days = floorDivide(total, 86400)
        let secondOfDay = total - days * 86400
        let (year, month, day) = civil(fromDays: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2) + ":"
            + pad(secondOfDay % 3600 / 60, 2) + ":" + pad(secondOfDay % 60, 2) + "+07:00"
    }

    /// Parses a W3C datetime with a zone; nil for anything else, including impossible dates (2026-02-30).
    ///
    /// A space where the offset's sign belongs is read as `+`: it is what `+07:00` becomes when a client forgets
    /// to percent-encode it in a query string.
    public static func parse(_ text: String) -> Date? {
        var scanner = Scanner(Array(text.utf8))
        guard let year = scanner.digits(4), scanner.take(UInt8(ascii: "-")),
            let month = scanner.digits(2), scanner.take(UInt8(ascii: "-")),
            let day = scanner.digits(2), scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: "t")),
            let hour = scanner.digits(2), scanner.take(UInt8(ascii: ":")),
            let minute = scanner.digits(2)
        else { return nil }
        var second = 0
        var fraction = 0.0
        if scanner.take(UInt8(ascii: ":")) {
            guard let s = scanner.digits(2) else { return nil }
            second = s
            if scanner.take(UInt8(ascii: ".")) {
                guard let f = scanner.fraction() else { return nil }
                fraction = f
            }
        }
        guard let offset = scanner.zone(), scanner.atEnd else { return nil }
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute),
            (0...59).contains(second)
        else { return nil }
        let days = self.days(fromCivil: year, month, day)
        guard civil(fromDays: days) == (year, month, day) else { return nil }
        let seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds) + fraction)
    }

    // MARK: Civil calendar arithmetic (proleptic Gregorian, days since 1970-01-01)

    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    static func civil(fromDays count: Int) -> (Int, Int, Int) {
        let z = count + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// A cursor over ASCII bytes; every method consumes input only when it succeeds.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += count
            return value
        }

        mutating func fraction() -> Double? {
            var value = 0.0
            var scale = 0.1
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) {
                value += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
            return index > start ? value : nil
        }

        /// The zone's offset east of UTC in seconds.
        mutating func zone() -> Int? {
            if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return 0 }
            let sign: Int
            if take(UInt8(ascii: "+")) || take(UInt8(ascii: " ")) {
                sign = 1
            } else if take(UInt8(ascii: "-")) {
                sign = -1
            } else {
                return nil
            }
            guard let hours = digits(2) else { return nil }
            _ = take(UInt8(ascii: ":"))
            guard let minutes = digits(2), (0...23).contains(hours), (0...59).contains(minutes) else { return nil }
            return sign * (hours * 3600 + minutes * 60)
        }
    }
}
