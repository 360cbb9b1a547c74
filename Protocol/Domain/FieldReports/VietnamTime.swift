import Vietnam

/// Vietnam keeps UTC+7 all year: dates and deadlines are reckoned there, whatever the
/// server's time zone.
public enum VietnamTime {
    public static let offsetMillis: Int64 = 7 * 3_600_000

    /// The date in Vietnam at Unix time `millis`.
    public static func date(millis: Int64) -> CivilDate {
        CivilDate(julianDay: julianDay(millis: millis))
    }

    public static func julianDay(millis: Int64) -> Int {
        // Julian day 2440588 is 1970-01-01.
        Int(floorDivide(millis + offsetMillis, 86_400_000)) + 2_440_588
    }

    /// The last millisecond of `date` in Vietnam: a deadline day ends at 23:59:59.999 +07:00.
    public static func endOfDay(_ date: CivilDate) -> Int64 {
        Int64(date.julianDay - 2_440_587) * 86_400_000 - offsetMillis - 1
    }

    /// "dd/MM/yyyy HH:mm:ss" in Vietnam at Unix time `millis`, as officers write it.
    public static func dateTimeText(millis: Int64) -> String {
        let d = date(millis: millis)
        let secondOfDay = Int(((millis + offsetMillis) % 86_400_000 + 86_400_000) % 86_400_000 / 1000)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(d.day))/\(two(d.month))/\(d.year) \(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
    }

    /// `yyyymm` of the date, the statistics' month key.
    public static func monthKey(_ date: CivilDate) -> Int { date.year * 100 + date.month }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
