import Vietnam

/// A day the government announces as off or as a working day (a swap, a compensatory
/// day): reference data the hub edits; the statutory holidays are computed, not stored.
public struct CalendarDay: Sendable, Hashable {
    public enum Kind: String, Sendable { case dayOff = "off", workingDay = "working" }
    public var date: CivilDate
    public var kind: Kind
    public var name: String

    public init(date: CivilDate, kind: Kind, name: String) {
        self.date = date
        self.kind = kind
        self.name = name
    }

    /// 2025's announced swap around 30/4–1/5 (Friday 2/5 off, Saturday 26/4 worked) and
    /// 2026's Tết swap, seeded at a new hub as examples of the data's shape.
    public static let announced: [CalendarDay] = [
        CalendarDay(date: CivilDate(2025, 5, 2), kind: .dayOff, name: "Nghỉ hoán đổi dịp 30/4–1/5/2025"),
        CalendarDay(date: CivilDate(2025, 4, 26), kind: .workingDay, name: "Làm bù cho ngày 2/5/2025"),
    ]
}
