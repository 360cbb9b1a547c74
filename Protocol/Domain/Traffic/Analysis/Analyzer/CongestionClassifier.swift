/// Turns per-interval traffic measurements into a congestion level with hysteresis.
///
/// Raw level: the worse of a speed-based level (mean speed ÷ free-flow speed below each threshold
/// of `speedRatioBelow`) and an occupancy-based level (occupancy at or above each threshold of
/// `occupancyAtLeast`). A missing measurement contributes nothing; no measurement at all is free flow.
///
/// Hysteresis guarantees:
/// - The level only worsens after `intervalsToRaise` consecutive intervals whose raw level is worse
///   than the current one; it then becomes the best of those raw levels.
/// - The level only improves when the raw level, recomputed with every threshold moved by
///   `clearingMargin` in the strict direction, is better than the current one.
/// - A series oscillating around one threshold therefore neither raises nor clears repeatedly.
public struct CongestionClassifier: Sendable, Hashable {
    public struct Configuration: Codable, Sendable, Hashable {
        /// Upper speed-ratio bounds for light, heavy, congested, stationary (descending).
        public var speedRatioBelow: [Double]
        /// Lower occupancy bounds (``IntervalAggregate/occupancy``, 0…1) for light, heavy, congested, stationary (ascending).
        public var occupancyAtLeast: [Double]
        /// How far past a threshold a measurement must be to improve the level (ratio and occupancy units).
        public var clearingMargin: Double
        /// Consecutive worse intervals needed before the level worsens.
        public var intervalsToRaise: Int
        /// Levels at or above this are alerts: reaching one emits `raised`, falling below emits `cleared`.
        public var alertLevel: CongestionLevel

        public init(
            speedRatioBelow: [Double] = [0.8, 0.6, 0.35, 0.1], occupancyAtLeast: [Double] = [0.25, 0.4, 0.6, 0.85],
            clearingMargin: Double = 0.05, intervalsToRaise: Int = 2, alertLevel: CongestionLevel = .heavy
        ) {
            self.speedRatioBelow = speedRatioBelow
            self.occupancyAtLeast = occupancyAtLeast
            self.clearingMargin = clearingMargin
            self.intervalsToRaise = intervalsToRaise
            self.alertLevel = alertLevel
        }
    }

    public enum Transition: Sendable, Hashable {
        case raised(CongestionLevel)
        case cleared
    }

    public let configuration: Configuration
    public private(set) var level: CongestionLevel = .freeFlow
    private var pendingCount = 0
    private var pendingLevel: CongestionLevel = .freeFlow

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// The level the measurements indicate on their own; `margin` moves every threshold towards worse
    /// (used to decide whether traffic is clearly better).
    public func rawLevel(speedRatio: Double?, occupancy: Double?, margin: Double = 0) -> CongestionLevel {
        var bySpeed = 0
        if let r = speedRatio {
            for t in configuration.speedRatioBelow where r < t + margin { bySpeed += 1 }
        }
        var byOccupancy = 0
        if let o = occupancy {
            for t in configuration.occupancyAtLeast where o >= t - margin { byOccupancy += 1 }
        }
        return CongestionLevel(severity: max(bySpeed, byOccupancy))
    }

    /// Feeds one interval's measurements; returns an alert transition when one happens.
    public mutating func update(speedRatio: Double?, occupancy: Double?) -> Transition? {
        let raw = rawLevel(speedRatio: speedRatio, occupancy: occupancy)
        var next = level
        if raw > level {
            pendingLevel = pendingCount == 0 ? raw : min(pendingLevel, raw)
            pendingCount += 1
            if pendingCount >= max(1, configuration.intervalsToRaise) {
                next = pendingLevel
                pendingCount = 0
            }
        } else {
            pendingCount = 0
            if raw < level {
                let strict = rawLevel(speedRatio: speedRatio, occupancy: occupancy, margin: configuration.clearingMargin)
                if strict < level { next = strict }
            }
        }
        defer { level = next }
        let alert = configuration.alertLevel
        if next > level && next >= alert { return .raised(next) }
        if next < level && level >= alert && next < alert { return .cleared }
        return nil
    }
}
