/// Running error totals for one model at one horizon.
///
/// MAPE skips intervals whose actual flow is 0 (an empty lane at night would make the percentage
/// infinite), so `percentageCount` can be smaller than `count`; MAE counts every scored interval.
public struct ForecastAccuracy: Codable, Hashable, Sendable {
    public let model: ForecastModel
    public let horizon: ForecastHorizon
    /// Forecasts scored against an actual value.
    public private(set) var count: Int
    public private(set) var absoluteErrorSumVehPerHour: Double
    /// Forecasts scored for MAPE: those whose actual was above 0.
    public private(set) var percentageCount: Int
    public private(set) var absolutePercentageErrorSumPercent: Double

    public init(model: ForecastModel, horizon: ForecastHorizon) {
        self.model = model
        self.horizon = horizon
        count = 0
        absoluteErrorSumVehPerHour = 0
        percentageCount = 0
        absolutePercentageErrorSumPercent = 0
    }

    /// Mean absolute error, veh/h; nil before anything was scored.
    public var maeVehPerHour: Double? { count > 0 ? absoluteErrorSumVehPerHour / Double(count) : nil }

    /// Mean absolute percentage error in percent (12.5 means 12.5 %); nil when no scored actual was above 0.
    public var mapePercent: Double? {
        percentageCount > 0 ? absolutePercentageErrorSumPercent / Double(percentageCount) : nil
    }

    mutating func add(predicted: Double, actual: Double) {
        let error = abs(predicted - actual)
        count += 1
        absoluteErrorSumVehPerHour += error
        if actual > 0 {
            percentageCount += 1
            absolutePercentageErrorSumPercent += 100 * error / actual
        }
    }
}
