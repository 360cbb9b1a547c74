/// A regular series of interval flows for one camera or lane, as intervals close.
///
/// Interval `i` covers `[startMillis + i·intervalMillis, startMillis + (i+1)·intervalMillis)`. Interval
/// starts are multiples of the interval since the epoch; because the interval divides 15 minutes and
/// Vietnam is UTC+7, they are also aligned to local clock quarters. A missing interval is `nil`; values
/// that are NaN, infinite or negative (sensor faults) are stored as missing, so every stored value is a
/// finite flow ≥ 0 in vehicles per hour.
public struct FlowSeries: Codable, Hashable, Sendable {
    public let startMillis: Int64
    public let intervalMillis: Int64
    public private(set) var valuesVehPerHour: [Double?]

    public init(startMillis: Int64, intervalMillis: Int64, valuesVehPerHour: [Double?] = []) throws(TrafficForecastError) {
        try Self.validate(intervalMillis: intervalMillis)
        guard startMillis % intervalMillis == 0 else {
            throw .startNotOnIntervalBoundary(startMillis: startMillis, intervalMillis: intervalMillis)
        }
        self.startMillis = startMillis
        self.intervalMillis = intervalMillis
        self.valuesVehPerHour = valuesVehPerHour.map(Self.sanitised)
    }

    public var count: Int { valuesVehPerHour.count }
    public var isEmpty: Bool { valuesVehPerHour.isEmpty }
    /// Start of the next interval to be appended (the end of the series, exclusive).
    public var endMillis: Int64 { intervalStartMillis(at: count) }
    public var missingCount: Int { valuesVehPerHour.lazy.filter { $0 == nil }.count }
    public var intervalsPerDay: Int { Int(TimeOfWeek.millisPerDay / intervalMillis) }
    public var intervalsPerWeek: Int { Int(TimeOfWeek.millisPerWeek / intervalMillis) }

    public subscript(index: Int) -> Double? { valuesVehPerHour[index] }

    public func intervalStartMillis(at index: Int) -> Int64 { startMillis + Int64(index) * intervalMillis }

    /// Index of the interval containing the instant, or nil before the start or at/after the end.
    public func index(containing millis: Int64) -> Int? {
        guard millis >= startMillis else { return nil }
        let index = Int((millis - startMillis) / intervalMillis)
        return index < count ? index : nil
    }

    /// Appends the interval that just closed.
    public mutating func append(_ vehPerHour: Double?) {
        valuesVehPerHour.append(Self.sanitised(vehPerHour))
    }

    /// Stores the flow of the interval containing `intervalStartMillis`: intervals skipped since the end
    /// become missing, and a value for an interval already present replaces it (a late correction). A
    /// gap of more than a year is refused, as it is almost always a clock or unit error.
    public mutating func record(_ vehPerHour: Double?, intervalStartMillis: Int64) throws(TrafficForecastError) {
        guard intervalStartMillis >= startMillis else {
            throw .intervalBeforeSeriesStart(intervalStartMillis: intervalStartMillis, seriesStartMillis: startMillis)
        }
        guard intervalStartMillis - endMillis <= Self.maximumGapMillis else {
            throw .intervalTooFarAhead(intervalStartMillis: intervalStartMillis, seriesEndMillis: endMillis)
        }
        let index = Int((intervalStartMillis - startMillis) / intervalMillis)
        if index >= count {
            valuesVehPerHour.append(contentsOf: repeatElement(nil, count: index - count))
            valuesVehPerHour.append(Self.sanitised(vehPerHour))
        } else {
            valuesVehPerHour[index] = Self.sanitised(vehPerHour)
        }
    }

    /// The first `intervals` intervals (or all of them).
    public func prefix(intervals: Int) -> FlowSeries {
        FlowSeries(trusted: startMillis, intervalMillis: intervalMillis, values: Array(valuesVehPerHour.prefix(max(0, intervals))))
    }

    /// The last `intervals` intervals (or all of them), keeping the time alignment.
    public func suffix(intervals: Int) -> FlowSeries {
        let dropped = max(0, count - max(0, intervals))
        return FlowSeries(
            trusted: intervalStartMillis(at: dropped), intervalMillis: intervalMillis,
            values: Array(valuesVehPerHour[dropped...]))
    }

    private init(trusted startMillis: Int64, intervalMillis: Int64, values: [Double?]) {
        self.startMillis = startMillis
        self.intervalMillis = intervalMillis
        self.valuesVehPerHour = values
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                startMillis: container.decode(Int64.self, forKey: .startMillis),
                intervalMillis: container.decode(Int64.self, forKey: .intervalMillis),
                valuesVehPerHour: container.decode([Double?].self, forKey: .valuesVehPerHour))
        } catch let error as TrafficForecastError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    static let maximumGapMillis: Int64 = 366 * TimeOfWeek.millisPerDay

    static func validate(intervalMillis: Int64) throws(TrafficForecastError) {
        guard intervalMillis > 0, 900_000 % intervalMillis == 0 else {
            throw .intervalMustDivideFifteenMinutes(intervalMillis: intervalMillis)
        }
    }

    static func sanitised(_ value: Double?) -> Double? {
        guard let value, value.isFinite, value >= 0 else { return nil }
        return value
    }
}
