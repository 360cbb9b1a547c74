import Foundation

/// A day of the Vietnamese lunisolar calendar.
public struct LunarDate: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var isLeapMonth: Bool

    public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }
}

/// Conversion between the Gregorian and the Vietnamese lunisolar calendar, computed from
/// astronomical new moons and solar terms at UTC+7 (Hồ Ngọc Đức's published method, after
/// Meeus), so Tết and Giỗ Tổ are computed, never typed in.
///
/// Valid for 1900–2199; Vietnam's calendar uses UTC+7 since 1968, which is why Tết
/// sometimes falls a day apart from China's.
public enum LunarCalendar {
    static let timeZone = 7.0
    static let synodicMonth = 29.530588853

    /// The Gregorian day of a lunar date; nil for a leap month the year does not have.
    public static func solar(_ lunar: LunarDate) -> CivilDate? {
        let a11: Int
        let b11: Int
        if lunar.month < 11 {
            a11 = month11(lunar.year - 1)
            b11 = month11(lunar.year)
        } else {
            a11 = month11(lunar.year)
            b11 = month11(lunar.year + 1)
        }
        let k = Int(floor(0.5 + (Double(a11) - 2415021.076998695) / synodicMonth))
        var offset = lunar.month - 11
        if offset < 0 { offset += 12 }
        if b11 - a11 > 365 {
            let leapOffset = leapMonthOffset(a11)
            var leapMonth = leapOffset - 2
            if leapMonth < 0 { leapMonth += 12 }
            if lunar.isLeapMonth, lunar.month != leapMonth { return nil }
            if lunar.isLeapMonth || offset >= leapOffset { offset += 1 }
        } else if lunar.isLeapMonth {
            return nil
        }
        return CivilDate(julianDay: newMoonDay(k + offset) + lunar.day - 1)
    }

    /// The lunar date of a Gregorian day.
    public static func lunar(_ date: CivilDate) -> LunarDate {
        let dayNumber = date.julianDay
        let k = Int(floor((Double(dayNumber) - 2415021.076998695) / synodicMonth))
        var monthStart = newMoonDay(k + 1)
        if monthStart > dayNumber { monthStart = newMoonDay(k) }
        var a11 = month11(date.year)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = date.year
            a11 = month11(date.year - 1)
        } else {
            lunarYear = date.year + 1
            b11 = month11(date.year + 1)
        }
        let day = dayNumber - monthStart + 1
        let diff = (monthStart - a11) / 29
        var isLeap = false
        var month = diff + 11
        if b11 - a11 > 365 {
            let leapDiff = leapMonthOffset(a11)
            if diff >= leapDiff {
                month = diff + 10
                if diff == leapDiff { isLeap = true }
            }
        }
        if month > 12 { month -= 12 }
        if month >= 11, diff < 4 { lunarYear -= 1 }
        return LunarDate(year: lunarYear, month: month, day: day, isLeapMonth: isLeap)
    }

    /// The first day of Tết (mùng 1 tháng Giêng) of lunar year `year`.
    public static func tet(_ year: Int) -> CivilDate { solar(LunarDate(year: year, month: 1, day: 1))! }

    // MARK: Astronomy

    /// Julian day (fractional, UT) of the k-th new moon after 1900-01-01.
    static func newMoon(_ k: Int) -> Double {
        let k = Double(k)
        let t = k / 1236.85
        let t2 = t * t
        let t3 = t2 * t
        let dr = Double.pi / 180
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
        let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
        let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
        var c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
        c1 = c1 - 0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr)
        c1 = c1 - 0.0004 * sin(dr * 3 * mpr)
        c1 = c1 + 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr))
        c1 = c1 - 0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m))
        c1 = c1 - 0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
        c1 = c1 + 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m))
        let deltaT =
            t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2
        return jd1 + c1 - deltaT
    }

    /// The day number of the k-th new moon in Vietnam's time zone.
    static func newMoonDay(_ k: Int) -> Int { Int(floor(newMoon(k) + 0.5 + timeZone / 24)) }

    /// Sun's ecliptic longitude in radians at Julian day `jdn` (UT).
    static func sunLongitude(_ jdn: Double) -> Double {
        let t = (jdn - 2451545.0) / 36525
        let t2 = t * t
        let dr = Double.pi / 180
        let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        dl += (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
        var l = (l0 + dl) * dr
        l -= Double.pi * 2 * floor(l / (Double.pi * 2))
        return l
    }

    /// The solar term (0…11, each 30° of longitude) at the start of local day `dayNumber`.
    static func solarTerm(_ dayNumber: Int) -> Int {
        Int(floor(sunLongitude(Double(dayNumber) - 0.5 - timeZone / 24) / Double.pi * 6))
    }

    /// The first day of the lunar month that contains the winter solstice of `year`.
    static func month11(_ year: Int) -> Int {
        let offset = CivilDate(year, 12, 31).julianDay - 2415021
        let k = Int(floor(Double(offset) / synodicMonth))
        let start = newMoonDay(k)
        return solarTerm(start) >= 9 ? newMoonDay(k - 1) : start
    }

    /// Months after month 11 (at `a11`) until the first month with no solar term: the leap month.
    static func leapMonthOffset(_ a11: Int) -> Int {
        let k = Int(floor((Double(a11) - 2415021.076998695) / synodicMonth + 0.5))
        var last = 0
        var index = 1
        var arc = solarTerm(newMoonDay(k + index))
        repeat {
            last = arc
            index += 1
            arc = solarTerm(newMoonDay(k + index))
        } while arc != last && index < 14
        return index - 1
    }
}
