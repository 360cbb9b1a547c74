/// One model's flow forecast at one horizon, with how well that model has done so far.
public struct TrafficForecastRow: Hashable, Sendable {
    /// The model's code (`persistence`, `time-of-week-average`, `holt-winters-additive`); one
    /// chart series per code.
    public var modelCode: String
    /// The model's name in the page's language.
    public var modelLabel: String
    /// 15, 30 or 60.
    public var horizonMinutes: Int
    /// Start of the interval forecast, Unix milliseconds; when nil the chart places the point
    /// `horizonMinutes` after the start of the last interval shown.
    public var targetStartMillis: Int64?
    /// The forecast, vehicles per hour; nil when the model could not forecast yet.
    public var flowVehiclesPerHour: Double?
    /// Mean absolute error so far, vehicles per hour; nil before any forecast was checked.
    public var maeVehiclesPerHour: Double?
    /// Mean absolute percentage error so far, in percent (12.5 means 12.5 %).
    public var mapePercent: Double?
    /// How many of the model's forecasts at this horizon have been checked against what happened.
    public var evaluatedCount: Int

    public init(
        modelCode: String, modelLabel: String, horizonMinutes: Int,
        targetStartMillis: Int64? = nil, flowVehiclesPerHour: Double?, maeVehiclesPerHour: Double? = nil,
        mapePercent: Double? = nil, evaluatedCount: Int = 0
    ) {
        self.modelCode = modelCode
        self.modelLabel = modelLabel
        self.horizonMinutes = horizonMinutes
        self.targetStartMillis = targetStartMillis
        self.flowVehiclesPerHour = flowVehiclesPerHour
        self.maeVehiclesPerHour = maeVehiclesPerHour
        self.mapePercent = mapePercent
        self.evaluatedCount = evaluatedCount
    }
}
