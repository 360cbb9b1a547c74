import Foundation
import Synthetic

/// A deterministic synthetic flow feed with a local-time daily shape that differs between weekdays and
/// weekends, day-to-day variation, counting noise, optional growth and optional lost intervals.
///
/// The same generator, start and interval always give the same series. Shapes follow local Vietnam time.
public struct SyntheticFlowGenerator: Codable, Hashable, Sendable {
    /// A Gaussian bump of traffic around a local time of day.
    public struct Peak: Codable, Hashable, Sendable {
        public var centreHourLocal: Double
        public var heightVehPerHour: Double
        /// Standard deviation of the bump, hours.
        public var widthHours: Double

        public init(centreHourLocal: Double, heightVehPerHour: Double, widthHours: Double) {
            self.centreHourLocal = centreHourLocal
            self.heightVehPerHour = heightVehPerHour
            self.widthHours = widthHours
        }
    }

    /// Night-time floor, veh/h.
    public var baseVehPerHour: Double
    public var weekdayPeaks: [Peak]
    public var weekendPeaks: [Peak]
    /// Standard deviation of a whole-day multiplicative factor (busy and quiet days).
    public var dayToDayVariationFraction: Double
    /// Standard deviation of per-interval multiplicative noise, on top of Poisson-like counting noise.
    public var noiseFraction: Double
    /// Growth of the whole profile per week (0.01 = +1 % a week).
    public var trendFractionPerWeek: Double
    /// Probability that an interval is lost (nil in the series).
    public var missingFraction: Double
    public var seed: UInt64

    public init(
        baseVehPerHour: Double, weekdayPeaks: [Peak], weekendPeaks: [Peak], dayToDayVariationFraction: Double = 0.05,
        noiseFraction: Double = 0.03, trendFractionPerWeek: Double = 0, missingFraction: Double = 0, seed: UInt64 = 47
    ) {
        self.baseVehPerHour = baseVehPerHour
        self.weekdayPeaks = weekdayPeaks
        self.weekendPeaks = weekendPeaks
        self.dayToDayVariationFraction = dayToDayVariationFraction
        self.noiseFraction = noiseFraction
        self.trendFractionPerWeek = trendFractionPerWeek
        self.missingFraction = missingFraction
        self.seed = seed
    }

    /// An arterial lane group in Buôn Ma Thuột, mostly motorbikes: a sharp 06:30–07:30 school-and-work
    /// peak, trips home for lunch around 11:15 and back before 13:30, an evening peak around 17:00 and
    /// an evening coffee-shop shoulder; weekends are lower, later and flatter.
    public static func buonMaThuotArterial(seed: UInt64 = 47) -> SyntheticFlowGenerator {
        SyntheticFlowGenerator(
            baseVehPerHour: 80,
            weekdayPeaks: [
                Peak(centreHourLocal: 6.9, heightVehPerHour: 1500, widthHours: 0.55),
                Peak(centreHourLocal: 11.3, heightVehPerHour: 650, widthHours: 0.45),
                Peak(centreHourLocal: 13.4, heightVehPerHour: 600, widthHours: 0.4),
                Peak(centreHourLocal: 12.0, heightVehPerHour: 500, widthHours: 3.0),
                Peak(centreHourLocal: 17.2, heightVehPerHour: 1350, widthHours: 0.75),
                Peak(centreHourLocal: 19.8, heightVehPerHour: 450, widthHours: 1.2),
            ],
            weekendPeaks: [
                Peak(centreHourLocal: 8.3, heightVehPerHour: 750, widthHours: 1.2),
                Peak(centreHourLocal: 12.0, heightVehPerHour: 500, widthHours: 3.2),
                Peak(centreHourLocal: 17.3, heightVehPerHour: 700, widthHours: 1.0),
                Peak(centreHourLocal: 20.0, heightVehPerHour: 600, widthHours: 1.4),
            ],
            seed: seed)
    }

    /// The noise-free shape at an instant, veh/h, before day-to-day variation and growth.
    public func expectedVehPerHour(atMillis millis: Int64) -> Double {
        let time = TimeOfWeek(epochMillis: millis)
        let hour = Double(time.millisOfDay) / 3_600_000
        var flow = baseVehPerHour
        for peak in time.isWeekend ? weekendPeaks : weekdayPeaks {
            let distance = abs(hour - peak.centreHourLocal)
            let wrapped = min(distance, 24 - distance)
            flow += peak.heightVehPerHour * exp(-0.5 * (wrapped / peak.widthHours) * (wrapped / peak.widthHours))
        }
        return flow
    }

    /// `intervals` consecutive intervals from `startMillis`; each value is the flow at the interval's
    /// midpoint, scaled by the day's factor and growth, counted as whole vehicles with noise.
    public func series(startMillis: Int64, intervalMillis: Int64, intervals: Int) throws(TrafficForecastError)
        -> FlowSeries
    {
        var series = try FlowSeries(startMillis: startMillis, intervalMillis: intervalMillis)
        var random = SplitMix64(seed: seed)
        let intervalHours = Double(intervalMillis) / 3_600_000
        var currentDay: Int64?
        var dayFactor = 1.0
        for index in 0..<max(0, intervals) {
            let start = series.intervalStartMillis(at: index)
            let day = TimeOfWeek.floorDivide(start + TimeOfWeek.vietnamOffsetMillis, TimeOfWeek.millisPerDay)
            if day != currentDay {
                currentDay = day
                dayFactor = max(0, 1 + dayToDayVariationFraction * random.nextGaussian())
            }
            let weeks = Double(start - startMillis) / Double(TimeOfWeek.millisPerWeek)
            let mean = expectedVehPerHour(atMillis: start + intervalMillis / 2) * dayFactor * (1 + trendFractionPerWeek * weeks)
            let expectedCount = mean * intervalHours
            let countNoise = expectedCount.squareRoot() * random.nextGaussian()
            let extraNoise = expectedCount * noiseFraction * random.nextGaussian()
            let count = max(0, (expectedCount + countNoise + extraNoise).rounded())
            let lost = random.nextUnit() < missingFraction
            series.append(lost ? nil : count / intervalHours)
        }
        return series
    }
}
