import Foundation

/// Dates as people in Đắk Lắk read them: Indochina Time (UTC+7, no daylight saving), day
/// first. Pure arithmetic: no time zone database, locale or formatter is involved.
public enum VietnamTime {
    /// UTC+7.
    public static let offsetSeconds = 7 * 3600

    /// `dd/MM/yyyy HH:mm`, e.g. "05/03/2026 08:30".
    public static func format(_ date: Date) -> String {
        let c = components(date)
        return "\(pad(c.day))/\(pad(c.month))/\(c.year) \(pad(c.hour)):\(pad(c.minute))"
    }

    /// `dd/MM/yyyy`, e.g. "05/03/2026".
    public static func formatDay(_ date: Date) -> String {
        let c = components(date)
        return "\(pad(c.day))/\(pad(c.month))/\(c.year)"
    }

    /// `HH:mm`, or `HH:mm:ss` with `seconds`, e.g. "08:30", "08:30:15".
    public static func formatClock(_ date: Date, seconds: Bool = false) -> String {
        let c = components(date)
        return "\(pad(c.hour)):\(pad(c.minute))" + (seconds ? ":\(pad(c.second))" : "")
    }

    /// The instant of Unix milliseconds.
    public static func date(millis: Int64) -> Date {
        Date(timeIntervalSince1970: Double(millis) / 1000)
    }

    /// ISO 8601 with the offset, for `<time datetime>`: "2026-03-05T08:30:00+07:00".
    public static func iso8601(_ date: Date) -> String {
        let c = components(date)
        return "\(c.year)-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))+07:00"
    }

    /// The wall-clock fields in UTC+7.
    static func components(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
