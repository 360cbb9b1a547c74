/// What synthetic traffic to generate.
///
/// Road users follow straight ground paths: lane users along the centre line of each lane zone
/// (through its centroid, in the lane's travel direction), stoppers along a line through the
/// no-stopping zone's centroid, riders and pedestrians along the sidewalk zone's centre line.
/// Every road user enters and leaves the view within the scenario, so the truth is complete.
public struct SyntheticScenario: Codable, Sendable, Hashable {
    public enum TimeFormat: String, Codable, Sendable, Hashable {
        /// Epoch milliseconds.
        case epochMillis
        /// `f<frame>@<fps>`, frames counted from `startMillis` (give the parser that stream start).
        case frames
    }

    /// A fixed-time signal plan starting green at `startMillis`.
    public struct SignalCycle: Codable, Sendable, Hashable {
        public var greenSeconds: Double
        public var amberSeconds: Double
        public var redSeconds: Double

        public init(greenSeconds: Double, amberSeconds: Double, redSeconds: Double) {
            self.greenSeconds = greenSeconds
            self.amberSeconds = amberSeconds
            self.redSeconds = redSeconds
        }
    }

    public var seed: UInt64 = 1
    /// Epoch milliseconds of frame 0.
    public var startMillis: Int64 = 1_717_200_000_000
    public var durationSeconds: Double = 120
    public var framesPerSecond: Double = 25
    /// Mean arrivals per minute in each lane (Poisson), travelling the lane's way.
    public var vehiclesPerMinutePerLane: Double = 12
    /// Relative weights of the classes of ordinary lane traffic.
    public var classMix: [VehicleClass: Double] = [.motorbike: 0.6, .car: 0.25, .bus: 0.04, .truck: 0.07, .bicycle: 0.04]
    /// Cruise speeds of ordinary traffic, km/h (keep well under the speed limit so only speeders speed).
    public var speedRangeKmh: ClosedRange<Double> = 20...40
    /// Lane users driving at `speedingSpeedKmh` instead.
    public var speeders = 0
    public var speedingSpeedKmh = 80.0
    /// Lane users driving against their lane's direction.
    public var wrongWayVehicles = 0
    /// One stopper per entry: stops at the no-stopping zone's centroid for that many seconds.
    public var stopperDwellSeconds: [Double] = []
    /// Motorbikes riding along the sidewalk at 12 km/h.
    public var sidewalkRiders = 0
    /// Pedestrians walking along the sidewalk at 5 km/h.
    public var pedestrians = 0
    public var signalCycle: SignalCycle?
    /// With a signal plan: ordinary traffic that would reach the stop line on amber or red
    /// queues behind it and leaves on green, one vehicle every 0.8 s, so only the
    /// ``redLightRunners`` run the red. Without it, traffic ignores the signal.
    public var queueAtRed = false
    /// Vehicles that cross the stop line in the middle of a red phase.
    public var redLightRunners = 0
    public var noise = SyntheticNoise()
    public var timeFormat = TimeFormat.epochMillis
    /// Every n-th frame of a motor vehicle carries a plate reading and frame reference (0: never).
    public var plateEveryFrames = 5
    /// Road users farther than this from the camera are not detected, metres.
    public var maxRangeMetres = 80.0

    public init() {}
}
