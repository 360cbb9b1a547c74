/// Forecasts issued but not yet due, and the accuracy of those already scored, per model and horizon.
///
/// Recording is idempotent: a second forecast for the same model, horizon and target interval replaces
/// the first. Resolving is idempotent too: an interval's pending forecasts are scored once and removed, so
/// a re-delivered actual scores nothing. A missing actual discards that interval's forecasts unscored.
public struct ForecastLedger: Codable, Hashable, Sendable {
    /// Pending forecasts by target interval start.
    private var pendingByTarget: [Int64: [FlowForecast]]
    private var accuracyByKey: [AccuracyKey: ForecastAccuracy]

    private struct AccuracyKey: Hashable, Sendable {
        var model: ForecastModel
        var horizon: ForecastHorizon
    }

    public init() {
        pendingByTarget = [:]
        accuracyByKey = [:]
    }

    /// Pending forecasts ordered by target interval, then model, then horizon.
    public var pending: [FlowForecast] {
        pendingByTarget.keys.sorted().flatMap { target in
            pendingByTarget[target, default: []].sorted { ($0.model, $0.horizon) < ($1.model, $1.horizon) }
        }
    }

    /// Accuracy per model and horizon, ordered by model, then horizon.
    public var accuracy: [ForecastAccuracy] {
        accuracyByKey.values.sorted { ($0.model, $0.horizon) < ($1.model, $1.horizon) }
    }

    public func accuracy(model: ForecastModel, horizon: ForecastHorizon) -> ForecastAccuracy? {
        accuracyByKey[AccuracyKey(model: model, horizon: horizon)]
    }

    public mutating func record(_ forecast: FlowForecast) {
        var forecasts = pendingByTarget[forecast.targetIntervalStartMillis, default: []]
        forecasts.removeAll { $0.model == forecast.model && $0.horizon == forecast.horizon }
        forecasts.append(forecast)
        pendingByTarget[forecast.targetIntervalStartMillis] = forecasts
    }

    public mutating func record(_ forecasts: [FlowForecast]) {
        for forecast in forecasts { record(forecast) }
    }

    /// Scores the forecasts pending for the interval against its actual flow (veh/h) and returns how many
    /// were scored. `nil`, NaN or negative actuals discard them unscored.
    @discardableResult
    public mutating func resolve(intervalStartMillis: Int64, actualVehPerHour: Double?) -> Int {
        guard let forecasts = pendingByTarget.removeValue(forKey: intervalStartMillis) else { return 0 }
        guard let actual = FlowSeries.sanitised(actualVehPerHour) else { return 0 }
        for forecast in forecasts {
            let key = AccuracyKey(model: forecast.model, horizon: forecast.horizon)
            accuracyByKey[key, default: ForecastAccuracy(model: forecast.model, horizon: forecast.horizon)]
                .add(predicted: forecast.vehPerHour, actual: actual)
        }
        return forecasts.count
    }

    /// Drops pending forecasts whose target interval started before the instant (their actual will never
    /// come); returns how many were dropped.
    @discardableResult
    public mutating func discardPending(targetBeforeMillis: Int64) -> Int {
        var dropped = 0
        for target in pendingByTarget.keys where target < targetBeforeMillis {
            dropped += pendingByTarget.removeValue(forKey: target)?.count ?? 0
        }
        return dropped
    }

    private enum CodingKeys: String, CodingKey {
        case pending, accuracy
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        for forecast in try container.decode([FlowForecast].self, forKey: .pending) { record(forecast) }
        for entry in try container.decode([ForecastAccuracy].self, forKey: .accuracy) {
            accuracyByKey[AccuracyKey(model: entry.model, horizon: entry.horizon)] = entry
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pending, forKey: .pending)
        try container.encode(accuracy, forKey: .accuracy)
    }
}
