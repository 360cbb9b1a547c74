/// Additive Holt-Winters (level, trend and a seasonal offset per local-time slot), updated online.
///
/// The seasonal offsets are indexed by the Vietnam local slot of day (or of week), not by position in the
/// stream, so gaps and restarts never shift the season. The first two full seasons of observations
/// initialise the state; until then forecasts are nil. Each observation costs O(1), skipped intervals
/// included, so it runs at a node as counts close. A missing interval advances the level by the trend
/// and leaves the seasonal offsets untouched, so gaps do not poison the state. The whole state is a
/// Codable value: snapshot it, ship it, resume it.
public struct HoltWintersForecaster: FlowForecaster, Codable, Hashable {
    /// The season length: one local day, or one local week (Monday 00:00 to Monday 00:00).
    public enum Seasonality: String, Codable, Hashable, Sendable, CaseIterable {
        case daily
        case weekly

        public func periodIntervals(intervalMillis: Int64) -> Int {
            Int((self == .daily ? TimeOfWeek.millisPerDay : TimeOfWeek.millisPerWeek) / intervalMillis)
        }

        func slot(_ time: TimeOfWeek, intervalMillis: Int64) -> Int {
            self == .daily ? time.slotOfDay(intervalMillis: intervalMillis) : time.slotOfWeek(intervalMillis: intervalMillis)
        }
    }

    /// Smoothing weights, each in 0…1: alpha for the level, beta for the trend, gamma for the seasonal offsets.
    public struct Parameters: Codable, Hashable, Sendable, CustomStringConvertible {
        public let alpha: Double
        public let beta: Double
        public let gamma: Double

        public init(alpha: Double, beta: Double, gamma: Double) throws(TrafficForecastError) {
            for (name, value) in [("alpha", alpha), ("beta", beta), ("gamma", gamma)] where !(0...1).contains(value) {
                throw .parameterOutOfRange(name: name, value: value, range: 0...1)
            }
            self.alpha = alpha
            self.beta = beta
            self.gamma = gamma
        }

        init(unchecked alpha: Double, _ beta: Double, _ gamma: Double) {
            self.alpha = alpha
            self.beta = beta
            self.gamma = gamma
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            do {
                try self.init(
                    alpha: container.decode(Double.self, forKey: .alpha), beta: container.decode(Double.self, forKey: .beta),
                    gamma: container.decode(Double.self, forKey: .gamma))
            } catch let error as TrafficForecastError {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
            }
        }

        public var description: String { "α=\(alpha) β=\(beta) γ=\(gamma)" }
    }

    /// Candidate values searched by ``fit(_:seasonality:grid:objectiveStepsAhead:)``; cost is the product of the
    /// three counts times the history length.
    public struct Grid: Hashable, Sendable {
        public let alphas: [Double]
        public let betas: [Double]
        public let gammas: [Double]

        public init(alphas: [Double], betas: [Double], gammas: [Double]) throws(TrafficForecastError) {
            guard !alphas.isEmpty, !betas.isEmpty, !gammas.isEmpty else { throw .emptyParameterGrid }
            for (name, values) in [("alpha", alphas), ("beta", betas), ("gamma", gammas)] {
                for value in values where !(0...1).contains(value) {
                    throw .parameterOutOfRange(name: name, value: value, range: 0...1)
                }
            }
            self.alphas = alphas
            self.betas = betas
            self.gammas = gammas
        }

        private init(unchecked alphas: [Double], _ betas: [Double], _ gammas: [Double]) {
            self.alphas = alphas
            self.betas = betas
            self.gammas = gammas
        }

        /// 5 × 3 × 5 candidates, spaced for 5- and 15-minute urban flows (level moves fast, trend barely).
        public static let coarse = Grid(
            unchecked: [0.02, 0.05, 0.1, 0.2, 0.4], [0, 0.002, 0.01], [0.02, 0.05, 0.1, 0.2, 0.4])

        var candidates: [Parameters] {
            alphas.flatMap { a in betas.flatMap { b in gammas.map { g in Parameters(unchecked: a, b, g) } } }
        }
    }

    public var model: ForecastModel { .holtWinters }
    public let intervalMillis: Int64
    public let seasonality: Seasonality
    public var parameters: Parameters
    public private(set) var lastIntervalStartMillis: Int64?
    /// Deseasonalised flow at the last observed interval, veh/h; nil until initialised.
    public private(set) var levelVehPerHour: Double?
    /// Change of the level per interval, veh/h.
    public private(set) var trendVehPerHourPerInterval: Double
    /// Additive offsets in veh/h by local slot of day or week; empty until initialised.
    public private(set) var seasonalVehPerHour: [Double]
    /// Observations awaiting initialisation, oldest first, starting at `warmUpStartMillis`.
    var warmUp: [Double?]
    var warmUpStartMillis: Int64?

    public init(intervalMillis: Int64, seasonality: Seasonality = .daily, parameters: Parameters) throws(TrafficForecastError) {
        try FlowSeries.validate(intervalMillis: intervalMillis)
        self.intervalMillis = intervalMillis
        self.seasonality = seasonality
        self.parameters = parameters
        trendVehPerHourPerInterval = 0
        seasonalVehPerHour = []
        warmUp = []
    }

    public var periodIntervals: Int { seasonality.periodIntervals(intervalMillis: intervalMillis) }
    public var isInitialised: Bool { levelVehPerHour != nil }

    public mutating func observe(_ vehPerHour: Double?, intervalStartMillis: Int64) {
        guard let start = alignedNewIntervalStart(intervalStartMillis) else { return }
        if let last = lastIntervalStartMillis {
            var skipped = last + intervalMillis
            // After two seasons of nothing, a warm-up buffer holds only missing values: start afresh.
            let warmUpLimit = skipped + Int64(2 * periodIntervals) * intervalMillis
            while skipped < start {
                if let level = levelVehPerHour {
                    let remaining = Double((start - skipped) / intervalMillis)
                    levelVehPerHour = level + remaining * trendVehPerHourPerInterval
                    break
                }
                if skipped >= warmUpLimit {
                    warmUp = []
                    warmUpStartMillis = nil
                    break
                }
                step(nil, at: skipped)
                skipped += intervalMillis
            }
        }
        step(FlowSeries.sanitised(vehPerHour), at: start)
    }

    public func forecast(stepsAhead: Int) -> Double? {
        guard stepsAhead >= 1, let level = levelVehPerHour, let last = lastIntervalStartMillis else { return nil }
        let target = TimeOfWeek(epochMillis: last + Int64(stepsAhead) * intervalMillis)
        let value = level + Double(stepsAhead) * trendVehPerHourPerInterval
            + seasonalVehPerHour[seasonality.slot(target, intervalMillis: intervalMillis)]
        return max(0, value)
    }

    private mutating func step(_ value: Double?, at start: Int64) {
        lastIntervalStartMillis = start
        guard let level = levelVehPerHour else {
            warmUpStartMillis = warmUpStartMillis ?? start
            warmUp.append(value)
            if warmUp.count >= 2 * periodIntervals { initialiseFromWarmUp() }
            return
        }
        guard let value else {
            levelVehPerHour = level + trendVehPerHourPerInterval
            return
        }
        let slot = seasonality.slot(TimeOfWeek(epochMillis: start), intervalMillis: intervalMillis)
        let (alpha, beta, gamma) = (parameters.alpha, parameters.beta, parameters.gamma)
        let seasonal = seasonalVehPerHour[slot]
        let newLevel = alpha * (value - seasonal) + (1 - alpha) * (level + trendVehPerHourPerInterval)
        trendVehPerHourPerInterval = beta * (newLevel - level) + (1 - beta) * trendVehPerHourPerInterval
        seasonalVehPerHour[slot] = gamma * (value - newLevel) + (1 - gamma) * seasonal
        levelVehPerHour = newLevel
    }

    /// Level and trend from the means of the two seasons, offsets from each value's deviation from its
    /// season's mean; slots never observed are interpolated from their neighbours around the season.
    private mutating func initialiseFromWarmUp() {
        let period = periodIntervals
        let means = [warmUp[0..<period], warmUp[period..<(2 * period)]].map { season -> Double? in
            let present = season.compactMap { $0 }
            return present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
        }
        guard let first = means[0], let second = means[1], let warmUpStart = warmUpStartMillis else {
            warmUp.removeFirst(period)
            warmUpStartMillis = warmUpStartMillis.map { $0 + Int64(period) * intervalMillis }
            return
        }
        var sums = [Double](repeating: 0, count: period)
        var counts = [Int](repeating: 0, count: period)
        for (index, value) in warmUp.enumerated() {
            guard let value else { continue }
            let time = TimeOfWeek(epochMillis: warmUpStart + Int64(index) * intervalMillis)
            let slot = seasonality.slot(time, intervalMillis: intervalMillis)
            sums[slot] += value - (index < period ? first : second)
            counts[slot] += 1
        }
        var seasonal = zip(sums, counts).map { $1 > 0 ? $0 / Double($1) : Double.nan }
        Self.interpolateCircularGaps(&seasonal)
        let offsetMean = seasonal.reduce(0, +) / Double(period)
        seasonalVehPerHour = seasonal.map { $0 - offsetMean }
        trendVehPerHourPerInterval = (second - first) / Double(period)
        levelVehPerHour = second + trendVehPerHourPerInterval * Double(period - 1) / 2
        warmUp = []
        warmUpStartMillis = nil
    }

    /// Replaces NaN entries by linear interpolation between the nearest known entries, wrapping around.
    private static func interpolateCircularGaps(_ values: inout [Double]) {
        let known = values.indices.filter { !values[$0].isNaN }
        guard let firstKnown = known.first else { return }
        let n = values.count
        for (position, from) in known.enumerated() {
            let to = position + 1 < known.count ? known[position + 1] : firstKnown + n
            let width = to - from
            guard width > 1 else { continue }
            let (a, b) = (values[from], values[to % n])
            for offset in 1..<width {
                values[(from + offset) % n] = a + (b - a) * Double(offset) / Double(width)
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                intervalMillis: container.decode(Int64.self, forKey: .intervalMillis),
                seasonality: container.decode(Seasonality.self, forKey: .seasonality),
                parameters: container.decode(Parameters.self, forKey: .parameters))
        } catch let error as TrafficForecastError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
        lastIntervalStartMillis = try container.decodeIfPresent(Int64.self, forKey: .lastIntervalStartMillis)
        levelVehPerHour = try container.decodeIfPresent(Double.self, forKey: .levelVehPerHour)
        trendVehPerHourPerInterval = try container.decode(Double.self, forKey: .trendVehPerHourPerInterval)
        seasonalVehPerHour = try container.decode([Double].self, forKey: .seasonalVehPerHour)
        warmUp = try container.decode([Double?].self, forKey: .warmUp)
        warmUpStartMillis = try container.decodeIfPresent(Int64.self, forKey: .warmUpStartMillis)
        let consistent = levelVehPerHour == nil
            ? seasonalVehPerHour.isEmpty && warmUp.count < 2 * periodIntervals
            : seasonalVehPerHour.count == periodIntervals && lastIntervalStartMillis != nil
        guard consistent else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "Holt-Winters snapshot does not match its \(seasonality) season of \(periodIntervals) intervals; discard it and refit."))
        }
    }
}

extension HoltWintersForecaster {
    /// Picks the grid parameters with the least squared `objectiveStepsAhead`-step error over `history`
    /// (after the two initialising seasons) and returns the forecaster having observed all of it, ready to
    /// continue online. Deterministic; ties go to the earlier grid candidate.
    public static func fit(
        _ history: FlowSeries, seasonality: Seasonality = .daily, grid: Grid = .coarse, objectiveStepsAhead: Int = 1
    ) throws(TrafficForecastError) -> HoltWintersForecaster {
        try fitScored(history, seasonality: seasonality, grid: grid, objectiveStepsAhead: objectiveStepsAhead, scoreFromIndex: 0)
            .forecaster
    }

    /// Fits a daily season and, given at least three weeks of history, a weekly season too, and keeps the one
    /// with the smaller error over the history after its first two weeks (the window both can be scored on).
    public static func fitChoosingSeasonality(
        _ history: FlowSeries, grid: Grid = .coarse, objectiveStepsAhead: Int = 1
    ) throws(TrafficForecastError) -> HoltWintersForecaster {
        let twoWeeks = 2 * history.intervalsPerWeek
        guard history.count >= twoWeeks + history.intervalsPerWeek else {
            return try fit(history, seasonality: .daily, grid: grid, objectiveStepsAhead: objectiveStepsAhead)
        }
        let daily = try fitScored(
            history, seasonality: .daily, grid: grid, objectiveStepsAhead: objectiveStepsAhead, scoreFromIndex: twoWeeks)
        let weekly = try fitScored(
            history, seasonality: .weekly, grid: grid, objectiveStepsAhead: objectiveStepsAhead, scoreFromIndex: twoWeeks)
        return weekly.squaredError < daily.squaredError ? weekly.forecaster : daily.forecaster
    }

    static func fitScored(
        _ history: FlowSeries, seasonality: Seasonality, grid: Grid, objectiveStepsAhead: Int, scoreFromIndex: Int
    ) throws(TrafficForecastError) -> (forecaster: HoltWintersForecaster, squaredError: Double) {
        guard objectiveStepsAhead >= 1 else {
            throw .parameterOutOfRange(name: "objectiveStepsAhead", value: Double(objectiveStepsAhead), range: 1...Double(Int.max))
        }
        let candidates = grid.candidates
        var base = try HoltWintersForecaster(intervalMillis: history.intervalMillis, seasonality: seasonality, parameters: candidates[0])
        let period = base.periodIntervals
        let needed = 3 * period
        var next = 0
        while next < history.count, !base.isInitialised {
            base.observe(history[next], intervalStartMillis: history.intervalStartMillis(at: next))
            next += 1
        }
        let scoreFrom = max(scoreFromIndex, next + objectiveStepsAhead)
        guard base.isInitialised, history.count - scoreFrom >= period else {
            throw .notEnoughHistory(neededIntervals: max(needed, scoreFromIndex + period), availableIntervals: history.count)
        }
        var best: (forecaster: HoltWintersForecaster, squaredError: Double)?
        let horizon = objectiveStepsAhead
        for parameters in candidates {
            var candidate = base
            candidate.parameters = parameters
            // Forecasts issued `horizon` steps ago, by target index modulo horizon.
            var issued = [Double?](repeating: nil, count: horizon)
            var squaredError = 0.0
            for index in next..<history.count {
                let actual = history[index]
                if index >= scoreFrom, let actual, let predicted = issued[index % horizon] {
                    squaredError += (actual - predicted) * (actual - predicted)
                }
                candidate.observe(actual, intervalStartMillis: history.intervalStartMillis(at: index))
                issued[index % horizon] = candidate.forecast(stepsAhead: horizon)
            }
            if let incumbent = best, incumbent.squaredError <= squaredError { continue }
            best = (candidate, squaredError)
        }
        return best ?? (base, .infinity)
    }
}
