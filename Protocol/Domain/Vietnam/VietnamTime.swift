import Foundation

/// Vietnam keeps UTC+7 all year (Indochina Time, no daylight saving): dates, deadlines and
/// the times people read are reckoned there, whatever the server's time zone. Pure
/// arithmetic on `CivilDate`: no time zone database, locale or formatter is involved.
public enum VietnamTime {
    public static let offsetMillis: Int64 = 7 * 3_600_000
    public static let offsetSeconds = 7 * 3600

    /// The date in Vietnam at Unix time `millis`.
    public static func date(millis: Int64) -> CivilDate {
        CivilDate(julianDay: julianDay(millis: millis))
    }

    public static func julianDay(millis: Int64) -> Int {
        // Julian day 2440588 is 1970-01-01.
        Int(floorDivide(millis + offsetMillis, 86_400_000)) + 2_440_588
    }

    /// The first millisecond of `date` in Vietnam (00:00 +07:00).
    public static func startOfDay(_ date: CivilDate) -> Int64 {
        Int64(date.julianDay - 2_440_588) * 86_400_000 - offsetMillis
    }

    /// The last millisecond of `date` in Vietnam: a deadline day ends at 23:59:59.999 +07:00.
    public static func endOfDay(_ date: CivilDate) -> Int64 {
        Int64(date.julianDay - 2_440_587) * 86_400_000 - offsetMillis - 1
    }

    /// "dd/MM/yyyy HH:mm:ss" in Vietnam at Unix time `millis`, as officers write it.
    public static func dateTimeText(millis: Int64) -> String {
        let c = components(millis: millis)
        return "\(pad(c.date.day))/\(pad(c.date.month))/\(c.date.year) \(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))"
    }

    /// `yyyymm` of the date, the statistics' month key.
    public static func monthKey(_ date: CivilDate) -> Int { date.year * 100 + date.month }

    /// The instant of Unix milliseconds.
    public static func instant(millis: Int64) -> Date {
        Date(timeIntervalSince1970: Double(millis) / 1000)
    }

    /// `dd/MM/yyyy HH:mm`, e.g. "05/03/2026 08:30".
    public static func format(_ date: Date) -> String {
        let c = components(date)
        return "\(pad(c.date.day))/\(pad(c.date.month))/\(c.date.year) \(pad(c.hour)):\(pad(c.minute))"
    }

    /// `dd/MM/yyyy`, e.g. "05/03/2026".
    public static func formatDay(_ date: Date) -> String {
        let c = components(date)
        return "\(pad(c.date.day))/\(pad(c.date.month))/\(c.date.year)"
    }

    /// `HH:mm`, or `HH:mm:ss` with `seconds`, e.g. "08:30", "08:30:15".
    public static func formatClock(_ date: Date, seconds: Bool = false) -> String {
        let c = components(date)
        return "\(pad(c.hour)):\(pad(c.minute))" + (seconds ? ":\(pad(c.second))" : "")
    }

    /// ISO 8601 with the offset, for `<time datetime>` and W3C-DTF documents (Open311):
    /// "2026-03-05T08:30:00+07:00", truncated to the second. Instants outside years
    /// 0001–9999 (or not finite) are clamped to that range rather than trapping.
    public static func iso8601(_ date: Date) -> String {
        let c = components(date)
        return "\(c.date)T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))+07:00"
    }

    /// `iso8601(_:)` of Unix milliseconds.
    public static func iso8601(millis: Int64) -> String { iso8601(instant(millis: millis)) }

    /// The wall-clock fields in UTC+7 of `date`, to the second (rounded down), within years
    /// 0001–9999.
    static func components(_ date: Date) -> (date: CivilDate, hour: Int, minute: Int, second: Int) {
        let seconds = date.timeIntervalSince1970
        let clamped = seconds.isNaN ? 0 : min(max(seconds, -62_135_596_800), 253_402_275_599)
        return components(millis: Int64(clamped.rounded(.down)) * 1000)
    }

    static func components(millis: Int64) -> (date: CivilDate, hour: Int, minute: Int, second: Int) {
        let secondOfDay = Int((millis + offsetMillis - floorDivide(millis + offsetMillis, 86_400_000) * 86_400_000) / 1000)
        return (date(millis: millis), secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
    }

    /// The start of the hour `millis` falls in (Vietnam's offset is whole hours, so its hours
    /// begin where UTC's do), for instants before 1970 too.
    public static func hourStart(millis: Int64) -> Int64 { floorDivide(millis, 3_600_000) * 3_600_000 }

    /// The English month abbreviations logs and certificates write (`Dec`), January first.
    public static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
