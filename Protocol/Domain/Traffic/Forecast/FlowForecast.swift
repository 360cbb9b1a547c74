/// One prediction as issued: what a ledger records and later scores.
public struct FlowForecast: Codable, Hashable, Sendable {
    public var model: ForecastModel
    public var horizon: ForecastHorizon
    /// Start of the last interval the forecaster had observed when it issued this forecast.
    public var issuedAfterIntervalStartMillis: Int64
    /// Start of the interval the forecast is for.
    public var targetIntervalStartMillis: Int64
    /// Predicted flow for the target interval, vehicles per hour, never negative.
    public var vehPerHour: Double

    public init(
        model: ForecastModel, horizon: ForecastHorizon, issuedAfterIntervalStartMillis: Int64,
        targetIntervalStartMillis: Int64, vehPerHour: Double
    ) {
        self.model = model
        self.horizon = horizon
        self.issuedAfterIntervalStartMillis = issuedAfterIntervalStartMillis
        self.targetIntervalStartMillis = targetIntervalStartMillis
        self.vehPerHour = vehPerHour
    }
}
