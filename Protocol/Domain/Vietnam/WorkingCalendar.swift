import Synchronization

/// Vietnam's working calendar: weekends off, the public holidays of the Labour Code 2019
/// (art. 112) with Tết and Giỗ Tổ computed from the lunar calendar, and the days the
/// government announces each year (swapped days off, make-up working days) as editable
/// reference data.
///
/// Guarantees: pure and deterministic; the same reference data gives the same deadline on
/// every replica.
public struct WorkingCalendar: Sendable, Hashable {
    /// Announced days off beyond the Labour Code (e.g. a bridge day swapped for a Saturday).
    public var extraDaysOff: Set<CivilDate>
    /// Announced working days that would otherwise be off (e.g. the make-up Saturday).
    public var extraWorkingDays: Set<CivilDate>

    public init(extraDaysOff: Set<CivilDate> = [], extraWorkingDays: Set<CivilDate> = []) {
        self.extraDaysOff = extraDaysOff
        self.extraWorkingDays = extraWorkingDays
    }

    /// The Labour Code 2019 holidays of Gregorian `year`, with compensatory days for the
    /// fixed holidays that fall on a weekend, in date order.
    ///
    /// Tết is the last day of the lunar year and mùng 1–4 (5 days); the 2 September holiday
    /// takes 1 September when the 2nd is a Tuesday, otherwise 3 September (the government
    /// may announce otherwise: put that in `extraDaysOff` / `extraWorkingDays`).
    public static func statutoryHolidays(year: Int) -> [PublicHoliday] {
        var fixed: [PublicHoliday] = [
            PublicHoliday(date: CivilDate(year, 1, 1), name: "Tết Dương lịch", englishName: "New Year's Day"),
            PublicHoliday(date: CivilDate(year, 4, 30), name: "Ngày Chiến thắng", englishName: "Reunification Day"),
            PublicHoliday(date: CivilDate(year, 5, 1), name: "Ngày Quốc tế Lao động", englishName: "International Labour Day"),
            PublicHoliday(date: CivilDate(year, 9, 2), name: "Quốc khánh", englishName: "National Day"),
        ]
        let nationalDay = CivilDate(year, 9, 2)
        fixed.append(PublicHoliday(
            date: nationalDay.isoWeekday == 2 ? CivilDate(year, 9, 1) : CivilDate(year, 9, 3),
            name: "Quốc khánh (ngày liền kề)", englishName: "National Day (adjacent day)"))
        if let hungKings = LunarCalendar.solar(LunarDate(year: year, month: 3, day: 10)) {
            fixed.append(PublicHoliday(date: hungKings, name: "Giỗ Tổ Hùng Vương", englishName: "Hùng Kings' Commemoration"))
        }
        let tet = LunarCalendar.tet(year)
        var holidays = (-1...3).map { offset in
            PublicHoliday(
                date: tet.adding(days: offset), name: offset < 0 ? "Tết Nguyên Đán (tất niên)" : "Tết Nguyên Đán (mùng \(offset + 1))",
                englishName: "Lunar New Year")
        }
        holidays += fixed
        let taken = Set(holidays.map(\.date))
        var compensatory: [PublicHoliday] = []
        for holiday in fixed where holiday.date.isWeekend {
            var day = holiday.date.adding(days: 1)
            while day.isWeekend || taken.contains(day) || compensatory.contains(where: { $0.date == day }) { day = day.adding(days: 1) }
            compensatory.append(PublicHoliday(
                date: day, name: "Nghỉ bù \(holiday.name)", englishName: "Compensatory day for \(holiday.englishName)",
                isCompensatory: true))
        }
        return (holidays + compensatory).sorted { $0.date < $1.date }
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool { !isDayOff(date) }

    /// The deadline `count` working days after `start` (the start day itself does not count):
    /// the last of those working days.
    public func addingWorkingDays(_ count: Int, to start: CivilDate) -> CivilDate {
        var day = start
        var remaining = max(0, count)
        while remaining > 0 {
            day = day.adding(days: 1)
            if !isDayOff(day) { remaining -= 1 }
        }
        return day
    }

    /// Announced working days win over everything; then announced days off, weekends and
    /// statutory holidays are off.
    private func isDayOff(_ day: CivilDate) -> Bool {
        if extraWorkingDays.contains(day) { return false }
        if extraDaysOff.contains(day) || day.isWeekend { return true }
        return Self.holidayDates(year: day.year).contains(day)
    }

    /// Each year's statutory holiday dates, computed once per process: the lunar calendar
    /// behind Tết is costly, and deadlines ask about the same few years millions of times.
    private static let knownHolidayDates = Mutex<[Int: Set<CivilDate>]>([:])

    static func holidayDates(year: Int) -> Set<CivilDate> {
        if let known = knownHolidayDates.withLock({ $0[year] }) { return known }
        let dates = Set(statutoryHolidays(year: year).map(\.date))
        knownHolidayDates.withLock { $0[year] = dates }
        return dates
    }
}
