/// A position in the local Vietnam week (Indochina Time, UTC+7, no daylight saving) of an epoch instant.
///
/// Traffic follows local clocks: the Monday 07:00 rush is Sunday 00:00 UTC, so every slot, weekday and
/// weekend decision in this module goes through this type and never through UTC fields.
public struct TimeOfWeek: Hashable, Codable, Sendable {
    /// Vietnam's offset from UTC; it has not changed since 1975 and has no daylight saving.
    public static let vietnamOffsetMillis: Int64 = 7 * 3_600_000
    public static let millisPerDay: Int64 = 86_400_000
    public static let millisPerWeek: Int64 = 7 * millisPerDay

    /// 1 = Monday … 7 = Sunday (ISO 8601), in Vietnam local time.
    public let isoWeekday: Int
    /// Milliseconds since local midnight, 0 ..< 86 400 000.
    public let millisOfDay: Int64

    public init(epochMillis: Int64) {
        let local = epochMillis + Self.vietnamOffsetMillis
        let day = Self.floorDivide(local, Self.millisPerDay)
        // 1970-01-01 was a Thursday (ISO 4).
        isoWeekday = Int(Self.floorModulo(day + 3, 7)) + 1
        millisOfDay = local - day * Self.millisPerDay
    }

    public var hour: Int { Int(millisOfDay / 3_600_000) }
    public var minute: Int { Int(millisOfDay / 60_000 % 60) }
    public var isWeekend: Bool { isoWeekday >= 6 }
    /// Milliseconds since Monday 00:00 local time.
    public var millisOfWeek: Int64 { Int64(isoWeekday - 1) * Self.millisPerDay + millisOfDay }

    /// Index of the interval within the local day, 0 ..< intervals per day.
    public func slotOfDay(intervalMillis: Int64) -> Int { Int(millisOfDay / intervalMillis) }
    /// Index of the interval within the local week starting Monday 00:00, 0 ..< intervals per week.
    public func slotOfWeek(intervalMillis: Int64) -> Int { Int(millisOfWeek / intervalMillis) }

    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func floorModulo(_ a: Int64, _ b: Int64) -> Int64 { a - floorDivide(a, b) * b }
}
