/// Why a series, forecaster or fit was refused; each message says what to change.
public enum TrafficForecastError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Horizons of 15, 30 and 60 minutes must land on interval boundaries.
    case intervalMustDivideFifteenMinutes(intervalMillis: Int64)
    /// Interval starts are multiples of the interval since the epoch (which is also local midnight, UTC+7).
    case startNotOnIntervalBoundary(startMillis: Int64, intervalMillis: Int64)
    case intervalBeforeSeriesStart(intervalStartMillis: Int64, seriesStartMillis: Int64)
    case intervalTooFarAhead(intervalStartMillis: Int64, seriesEndMillis: Int64)
    case intervalMismatch(forecasterIntervalMillis: Int64, seriesIntervalMillis: Int64)
    case notEnoughHistory(neededIntervals: Int, availableIntervals: Int)
    case parameterOutOfRange(name: String, value: Double, range: ClosedRange<Double>)
    case emptyParameterGrid

    public var description: String {
        switch self {
        case .intervalMustDivideFifteenMinutes(let interval):
            return "Interval of \(interval) ms does not divide 15 minutes; aggregate counts to 1, 3, 5 or 15-minute intervals."
        case .startNotOnIntervalBoundary(let start, let interval):
            return "Series start \(start) ms is not a multiple of the \(interval) ms interval; align it down to the interval the first count belongs to."
        case .intervalBeforeSeriesStart(let interval, let start):
            return "Interval starting at \(interval) ms is before the series start \(start) ms; start a new series or drop the late value."
        case .intervalTooFarAhead(let interval, let end):
            return "Interval starting at \(interval) ms is more than a year after the series end \(end) ms; check the camera clock and that times are epoch milliseconds."
        case .intervalMismatch(let forecaster, let series):
            return "Forecaster expects \(forecaster) ms intervals but the series has \(series) ms; create the forecaster with the series interval."
        case .notEnoughHistory(let needed, let available):
            return "Fitting needs \(needed) intervals of history but only \(available) are available; wait for more data or use the time-of-week average meanwhile."
        case .parameterOutOfRange(let name, let value, let range):
            return "Parameter \(name) = \(value) is outside \(range.lowerBound)…\(range.upperBound)."
        case .emptyParameterGrid:
            return "The parameter grid has no candidates; give at least one value for each of alpha, beta and gamma."
        }
    }
}
