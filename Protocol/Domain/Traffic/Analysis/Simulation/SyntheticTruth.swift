/// What really happened in a synthetic scenario, measured on the noise-free anchors of every frame
/// the road user was in view (occluded frames included: the road user was there).
public struct SyntheticTruth: Sendable {
    public enum Role: String, Codable, Sendable, Hashable {
        case laneTraffic
        case speeder
        case wrongWay
        case stopper
        case sidewalkRider
        case pedestrian
        case redLightRunner
    }

    public struct Crossing: Codable, Sendable, Hashable {
        public var line: String
        public var direction: CrossingDirection
        public var timeMillis: Int64
    }

    public struct Vehicle: Sendable, Hashable {
        public var cameraID: String
        /// Track ids in the order the tracker used them (two after an ID switch).
        public var trackIDs: [Int]
        public var vehicleClass: VehicleClass
        public var role: Role
        /// Cruise speed over the ground, km/h.
        public var speedKmh: Double
        public var plate: String?
        /// Counting-line crossings, at most one per line and direction.
        public var crossings: [Crossing]
        /// Continuous time the anchor spent inside each no-stopping and sidewalk zone, seconds.
        public var zoneSeconds: [String: Double]
        /// When the stop line was crossed in its crossing direction.
        public var stopLineCrossingMillis: Int64?
        public var ranRedLight: Bool
        public var firstSeenMillis: Int64
        public var lastSeenMillis: Int64
    }

    public struct SignalChange: Codable, Sendable, Hashable {
        public var millis: Int64
        public var phase: SignalPhase
    }

    public var vehicles: [Vehicle] = []
    /// Phase changes of every camera's stop-line signal (one shared plan).
    public var signalChanges: [SignalChange] = []
    public var falseDetectionLines = 0
    public var detectionLines = 0

    /// Crossings of `line` on `camera` in `direction`, optionally of one class.
    public func expectedCount(camera: String, line: String, direction: CrossingDirection, vehicleClass: VehicleClass? = nil) -> Int {
        vehicles.reduce(0) { sum, v in
            guard v.cameraID == camera, vehicleClass == nil || v.vehicleClass == vehicleClass else { return sum }
            return sum + v.crossings.filter { $0.line == line && $0.direction == direction }.count
        }
    }
}
