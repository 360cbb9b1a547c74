/// Historical average: the forecast for an interval is the mean flow of the same local-time slot in
/// previous weeks.
///
/// With fewer than `minimumWeeks` observations of the slot, it falls back to the mean of the same time of
/// day over the last seven days of the same kind (weekday or weekend), then of any kind, then to the last
/// observed flow. Missing intervals are skipped, so they never enter a mean. Memory is one small array per
/// slot of the week; each observation is O(`maximumWeeks`), each forecast O(`maximumWeeks` + 7).
public struct TimeOfWeekAverageForecaster: FlowForecaster, Codable, Hashable {
    /// One remembered time-of-day observation with the kind of day it was taken on.
    struct DayObservation: Codable, Hashable, Sendable {
        var vehPerHour: Double
        var isWeekend: Bool
    }

    public var model: ForecastModel { .timeOfWeekAverage }
    public let intervalMillis: Int64
    /// How many past weeks of each slot are kept and averaged.
    public let maximumWeeks: Int
    /// Below this many observations of a slot, the time-of-day fallback is used.
    public let minimumWeeks: Int
    /// Weight ratio between a week and the one after it: 1 averages equally, 0.5 halves each older week.
    public let weeklyDecay: Double
    public private(set) var lastIntervalStartMillis: Int64?

    static let fallbackDays = 7
    /// Per slot of week, the latest `maximumWeeks` flows, oldest first.
    var weekSlots: [[Double]]
    /// Per slot of day, the latest `fallbackDays` flows, oldest first.
    var daySlots: [[DayObservation]]
    var lastVehPerHour: Double?

    public init(intervalMillis: Int64, maximumWeeks: Int = 4, minimumWeeks: Int = 2, weeklyDecay: Double = 1)
        throws(TrafficForecastError)
    {
        try FlowSeries.validate(intervalMillis: intervalMillis)
        guard maximumWeeks >= 1 else {
            throw .parameterOutOfRange(name: "maximumWeeks", value: Double(maximumWeeks), range: 1...52)
        }
        guard (1...maximumWeeks).contains(minimumWeeks) else {
            throw .parameterOutOfRange(name: "minimumWeeks", value: Double(minimumWeeks), range: 1...Double(maximumWeeks))
        }
        guard weeklyDecay > 0, weeklyDecay <= 1 else {
            throw .parameterOutOfRange(name: "weeklyDecay", value: weeklyDecay, range: 0...1)
        }
        self.intervalMillis = intervalMillis
        self.maximumWeeks = maximumWeeks
        self.minimumWeeks = minimumWeeks
        self.weeklyDecay = weeklyDecay
        weekSlots = Array(repeating: [], count: Int(TimeOfWeek.millisPerWeek / intervalMillis))
        daySlots = Array(repeating: [], count: Int(TimeOfWeek.millisPerDay / intervalMillis))
    }

    public mutating func observe(_ vehPerHour: Double?, intervalStartMillis: Int64) {
        guard let start = alignedNewIntervalStart(intervalStartMillis) else { return }
        lastIntervalStartMillis = start
        guard let value = FlowSeries.sanitised(vehPerHour) else { return }
        lastVehPerHour = value
        let time = TimeOfWeek(epochMillis: start)
        let weekSlot = time.slotOfWeek(intervalMillis: intervalMillis)
        weekSlots[weekSlot].append(value)
        if weekSlots[weekSlot].count > maximumWeeks { weekSlots[weekSlot].removeFirst() }
        let daySlot = time.slotOfDay(intervalMillis: intervalMillis)
        daySlots[daySlot].append(DayObservation(vehPerHour: value, isWeekend: time.isWeekend))
        if daySlots[daySlot].count > Self.fallbackDays { daySlots[daySlot].removeFirst() }
    }

    public func forecast(stepsAhead: Int) -> Double? {
        guard stepsAhead >= 1, let last = lastIntervalStartMillis else { return nil }
        let time = TimeOfWeek(epochMillis: last + Int64(stepsAhead) * intervalMillis)
        let weeks = weekSlots[time.slotOfWeek(intervalMillis: intervalMillis)]
        if weeks.count >= minimumWeeks {
            var weight = 1.0
            var weightedSum = 0.0
            var weightTotal = 0.0
            for value in weeks.reversed() {
                weightedSum += weight * value
                weightTotal += weight
                weight *= weeklyDecay
            }
            return weightedSum / weightTotal
        }
        let days = daySlots[time.slotOfDay(intervalMillis: intervalMillis)]
        let sameKind = days.filter { $0.isWeekend == time.isWeekend }
        let pool = sameKind.isEmpty ? days : sameKind
        guard !pool.isEmpty else { return lastVehPerHour }
        return pool.reduce(0) { $0 + $1.vehPerHour } / Double(pool.count)
    }
}
