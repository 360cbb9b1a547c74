import Vietnam

/// The days a statistic covers, both ends included, in Vietnam's time zone.
public struct DossierPeriod: Sendable, Hashable, CustomStringConvertible {
    public var first: CivilDate
    public var last: CivilDate

    /// nil when `last` is before `first`.
    public init?(first: CivilDate, last: CivilDate) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    public static func month(_ year: Int, _ month: Int) -> DossierPeriod {
        let first = CivilDate(year, month, 1)
        let next = month == 12 ? CivilDate(year + 1, 1, 1) : CivilDate(year, month + 1, 1)
        return DossierPeriod(unchecked: first, next.adding(days: -1))
    }

    public static func quarter(_ year: Int, _ quarter: Int) -> DossierPeriod {
        let q = min(4, max(1, quarter))
        return DossierPeriod(unchecked: month(year, 3 * q - 2).first, month(year, 3 * q).last)
    }

    public static func year(_ year: Int) -> DossierPeriod { DossierPeriod(unchecked: CivilDate(year, 1, 1), CivilDate(year, 12, 31)) }

    /// Monday to Sunday of the ISO week holding `day`.
    public static func week(containing day: CivilDate) -> DossierPeriod {
        let monday = day.adding(days: 1 - day.isoWeekday)
        return DossierPeriod(unchecked: monday, monday.adding(days: 6))
    }

    private init(unchecked first: CivilDate, _ last: CivilDate) {
        self.first = first
        self.last = last
    }

    /// The first instant of the period.
    public var startMillis: Int64 { VietnamTime.startOfDay(first) }
    /// The last instant of the period (its last millisecond).
    public var endMillis: Int64 { VietnamTime.endOfDay(last) }

    /// The period of the same length just before this one (the previous month for a
    /// month).
    public var previous: DossierPeriod {
        if first.day == 1, last.adding(days: 1).day == 1 {
            let months = (last.year * 12 + last.month) - (first.year * 12 + first.month) + 1
            let start = first.year * 12 + first.month - 1 - months
            let end = first.adding(days: -1)
            return DossierPeriod(unchecked: CivilDate(start / 12, start % 12 + 1, 1), end)
        }
        let length = last.julianDay - first.julianDay + 1
        return DossierPeriod(unchecked: first.adding(days: -length), first.adding(days: -1))
    }

    public var description: String { "\(first)..\(last)" }
}
