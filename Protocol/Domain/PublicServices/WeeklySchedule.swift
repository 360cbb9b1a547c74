import Vietnam

/// When the weekly report goes out: a weekday and a time in Vietnam (default Monday 08:00).
public struct WeeklySchedule: Sendable, Hashable, CustomStringConvertible {
    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int
    public var hour: Int
    public var minute: Int

    public init(weekday: Int = 1, hour: Int = 8, minute: Int = 0) {
        self.weekday = weekday
        self.hour = hour
        self.minute = minute
    }

    /// Parses `mon 08:00` (weekday by its English or Vietnamese short name — `t2`…`cn` — or
    /// number 1–7, then `HH:mm`); nil for anything else.
    public init?(parsing text: String) {
        let parts = text.lowercased().split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2 else { return nil }
        let days = ["mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7, "t2": 1, "t3": 2, "t4": 3, "t5": 4, "t6": 5, "t7": 6, "cn": 7]
        guard let day = days[String(parts[0])] ?? Int(parts[0]).flatMap({ (1...7).contains($0) ? $0 : nil }) else { return nil }
        let clock = parts[1].split(separator: ":")
        guard clock.count == 2, let hour = Int(clock[0]), let minute = Int(clock[1]), (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.init(weekday: day, hour: hour, minute: minute)
    }

    /// This week's moment of issue for the week holding `now`.
    public func moment(inWeekOf now: Int64) -> Int64 {
        let monday = DossierPeriod.week(containing: VietnamTime.date(millis: now)).first
        let day = monday.adding(days: weekday - 1)
        return (Int64(day.daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60)) * 1000 - VietnamTime.offsetMillis
    }

    /// Whether this week's report is due at `now` (its moment has passed).
    public func isDue(at now: Int64) -> Bool { now >= moment(inWeekOf: now) }

    public var description: String {
        let names = ["", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        return "\(names[weekday]) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }
}
