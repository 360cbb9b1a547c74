/// One synthetic road user: its ground motion, its noise plan, and the truth measured while it is in view.
struct SyntheticAgent: Sendable {
    let camera: Int
    let vehicleClass: VehicleClass
    let role: SyntheticTruth.Role
    let trackID: Int
    /// Id after the ID switch, or -1.
    let switchedTrackID: Int
    let switchAtSeconds: Double
    /// Ground start point, unit direction of motion and the unit vector to its right, metres.
    let origin: SIMD2<Double>
    let direction: SIMD2<Double>
    let lateral: SIMD2<Double>
    let pathLength: Double
    /// Metres per second.
    let speed: Double
    let startSeconds: Double
    /// Distance along the path where it stops (negative: never), and for how long.
    let stopDistance: Double
    let stopSeconds: Double
    let occlusionFrom: Double
    let occlusionTo: Double
    let widthMetres: Double
    let aspect: Double
    let plate: String?
    let plateBytes: [UInt8]
    let classBytes: [UInt8]

    // Truth, updated frame by frame from the noise-free anchor.
    var lineStates: [UInt8]
    var crossings: [SyntheticTruth.Crossing] = []
    var zoneFirstMillis: [Int64]
    var zoneLastMillis: [Int64]
    var stopLineState: UInt8 = 0
    var stopLineCrossingMillis: Int64?
    var firstSeenMillis: Int64 = -1
    var lastSeenMillis: Int64 = -1
    var framesEmitted = 0

    var endSeconds: Double { startSeconds + pathLength / speed + (stopDistance >= 0 ? stopSeconds : 0) }

    /// Distance travelled along the path at scenario time `t` (seconds).
    func distance(at t: Double) -> Double {
        let tau = max(0, t - startSeconds)
        guard stopDistance >= 0 else { return min(pathLength, speed * tau) }
        let reach = stopDistance / speed
        if tau < reach { return speed * tau }
        if tau < reach + stopSeconds { return stopDistance }
        return min(pathLength, speed * (tau - stopSeconds))
    }

    /// Seconds after `startSeconds` at which distance `d` is first reached.
    func time(toReach d: Double) -> Double {
        if stopDistance >= 0 && d > stopDistance { return d / speed + stopSeconds }
        return d / speed
    }

    func ground(at t: Double) -> SIMD2<Double> { origin + direction * distance(at: t) }

    func isOccluded(at t: Double) -> Bool { t >= occlusionFrom && t < occlusionTo }

    func trackID(at t: Double) -> Int { switchedTrackID >= 0 && t >= switchAtSeconds ? switchedTrackID : trackID }
}
