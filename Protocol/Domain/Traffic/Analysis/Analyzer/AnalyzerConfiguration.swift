/// Tuning of a ``CameraAnalyzer``. Defaults suit 10–30 fps city cameras.
public struct AnalyzerConfiguration: Codable, Sendable, Hashable {
    /// A track not seen for longer than this is finished; shorter occlusions keep it.
    public var trackExpiryMillis: Int64 = 2000
    /// Detections older than the newest frame by more than this are dropped (counted in ``CameraAnalyzer/lateDetections``).
    public var reorderToleranceMillis: Int64 = 200
    /// Half-width of the dead band around counting and stop lines, pixels: the smoothed anchor must
    /// be farther than this on one side, then on the other, for a crossing.
    public var hysteresisPixels: Double = 6
    /// Sightings in a row the smoothed anchor must be beyond the dead band on the new side
    /// before a counting-line crossing is confirmed (1 to 3): a box that flickers across the
    /// line for fewer is not a crossing.
    public var crossingConfirmations = 2
    /// Position gain of the alpha-beta filter that smooths anchors (0…1, higher follows faster).
    public var smoothingPositionGain: Double = 0.5
    /// Velocity gain of the alpha-beta filter (0…1).
    public var smoothingVelocityGain: Double = 0.1
    /// Speed is the least-squares slope of ground positions over this much track history…
    public var speedWindowMillis: Int64 = 1500
    /// A vehicle slower than this before the stop line on amber or red waits for the green: it
    /// stays out of the congestion speed until it has crossed.
    public var heldBySignalBelowKmh: Double = 10
    /// …and not reported before the track spans at least this.
    public var minimumSpeedWindowMillis: Int64 = 500
    /// An ID switch is bridged when a new track appears within this distance of a lost track's
    /// predicted anchor (and within one box width of it)…
    public var idSwitchRadiusPixels: Double = 60
    /// …no later than this after the lost track was last seen.
    public var idSwitchWindowMillis: Int64 = 1500
    /// A detection whose anchor lies farther than this many box sizes (the larger side of the
    /// track's last box) from where the track's velocity puts it is not that track: the tracker
    /// reused the id for another vehicle, or the box jumped. Real tracker output (CityFlow,
    /// 10 fps) keeps 99.9 % of frame-to-frame deviations under 0.7 box sizes; id reuse shows as
    /// 1 to 10.
    public var jumpBoxSizes: Double = 1.5
    /// …plus this many box sizes per second since the track was last seen (its velocity may have changed).
    public var boxSizesPerSecondOfGap: Double = 3
    /// …plus, before a track's velocity is known (three samples), this many box sizes per
    /// second: a car about 4.5 m long at 140 km/h covers about 8.6 lengths a second.
    public var boxSizesPerSecondAtMost: Double = 9
    /// A box whose area changes more than this factor from one sighting to the next is another vehicle.
    public var areaRatioLimit: Double = 4
    /// A road user must be outside a zone this long before it counts as having left.
    public var zoneExitGraceMillis: Int64 = 500
    /// Longest time one frame counts towards occupancy.
    public var maxFrameMillis: Int64 = 200
    public var speedingToleranceKmh: Double = 5
    public var speedingSustainMillis: Int64 = 1000
    /// Ground distance a vehicle must move against a lane's travel direction to be wrong-way, metres.
    public var wrongWayLaneDistanceMetres: Double = 8
    /// No-stopping dwells shorter than this are not reported as ``ZoneDwell`` records.
    public var minimumReportedDwellSeconds: Double = 10
    public var periods: [IntervalPeriod] = IntervalPeriod.allCases
    public var congestion = CongestionClassifier.Configuration()

    public init() {}
}
