import Synthetic
internal import TrafficForecast

/// Synthetic detection tracks with known truth, for demo feeds, benchmarks and accuracy tests.
///
/// Road users move on the ground at known speeds; their anchors are projected into each camera with
/// the inverse of the camera's calibration, so speeds measured back through the calibration are
/// exact up to the injected noise. Output is the text track format (see ``DetectionParser``),
/// frames in time order with cameras interleaved frame by frame.
///
/// Deterministic: the same cameras and scenario (seed included) give byte-identical output.
public struct SyntheticTraffic: Sendable {
    /// UTF-8 text, one detection per line, LF-terminated.
    public let text: [UInt8]
    public let lineCount: Int
    public let truth: SyntheticTruth

    /// The text split into lines (convenience for small scenarios).
    public var lines: [String] {
        text.split(separator: 10).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Generates the scenario for every camera. Throws ``GeometryError/missingCalibration(camera:)``
    /// for a camera without calibration, or the camera's validation error.
    public init(cameras: [CameraGeometry], scenario: SyntheticScenario) throws(GeometryError) {
        var plans: [Plan] = []
        for (i, camera) in cameras.enumerated() {
            plans.append(try Plan(camera: camera, index: i, scenario: scenario))
        }
        var out = Output(scenario: scenario)
        out.text.reserveCapacity(Int(Double(cameras.count) * scenario.durationSeconds * scenario.framesPerSecond * 20 * 80))
        var noise = SplitMix64(seed: scenario.seed ^ 0x6E6F_6973_6500_0000)
        let frames = Int((scenario.durationSeconds * scenario.framesPerSecond).rounded(.down))
        for k in 0..<frames {
            let seconds = Double(k) / scenario.framesPerSecond
            let millis = scenario.startMillis + (DetectionParser.millis(frame: Int64(k), fps: scenario.framesPerSecond) ?? 0)
            for p in plans.indices {
                plans[p].emitFrame(k, seconds: seconds, millis: millis, into: &out, rng: &noise)
            }
        }
        var truth = SyntheticTruth()
        for plan in plans {
            for agent in plan.finished + plan.active where agent.firstSeenMillis >= 0 {
                truth.vehicles.append(plan.truth(of: agent))
            }
        }
        truth.vehicles.sort { ($0.firstSeenMillis, $0.cameraID, $0.trackIDs[0]) < ($1.firstSeenMillis, $1.cameraID, $1.trackIDs[0]) }
        if let cycle = scenario.signalCycle {
            truth.signalChanges = Self.signalChanges(cycle, start: scenario.startMillis, seconds: scenario.durationSeconds)
        }
        truth.falseDetectionLines = out.falseLines
        truth.detectionLines = out.lines
        self.truth = truth
        self.text = out.text
        self.lineCount = out.lines
    }

    static func phase(_ cycle: SyntheticScenario.SignalCycle, at seconds: Double) -> SignalPhase {
        let length = cycle.greenSeconds + cycle.amberSeconds + cycle.redSeconds
        let x = seconds.truncatingRemainder(dividingBy: length)
        if x < cycle.greenSeconds { return .green }
        if x < cycle.greenSeconds + cycle.amberSeconds { return .amber }
        return .red
    }

    /// The first instant at or after `seconds` at which `phase` begins.
    static func nextStart(of phase: SignalPhase, _ cycle: SyntheticScenario.SignalCycle, atOrAfter seconds: Double) -> Double {
        let length = cycle.greenSeconds + cycle.amberSeconds + cycle.redSeconds
        let offset =
            switch phase {
            case .green, .unknown: 0.0
            case .amber: cycle.greenSeconds
            case .red: cycle.greenSeconds + cycle.amberSeconds
            }
        let candidate = (seconds / length).rounded(.down) * length + offset
        return candidate >= seconds ? candidate : candidate + length
    }

    /// Seconds from `seconds` to the nearest phase change.
    static func distanceToPhaseChange(_ cycle: SyntheticScenario.SignalCycle, at seconds: Double) -> Double {
        let length = cycle.greenSeconds + cycle.amberSeconds + cycle.redSeconds
        let x = seconds.truncatingRemainder(dividingBy: length)
        let boundaries = [0, cycle.greenSeconds, cycle.greenSeconds + cycle.amberSeconds, length]
        return boundaries.map { abs(x - $0) }.min() ?? 0
    }

    static func signalChanges(_ cycle: SyntheticScenario.SignalCycle, start: Int64, seconds: Double) -> [SyntheticTruth.SignalChange] {
        var changes: [SyntheticTruth.SignalChange] = []
        var t = 0.0
        while t <= seconds {
            for (offset, phase) in [(0.0, SignalPhase.green), (cycle.greenSeconds, .amber), (cycle.greenSeconds + cycle.amberSeconds, .red)] {
                let at = t + offset
                if at <= seconds { changes.append(.init(millis: start + Int64((at * 1000).rounded()), phase: phase)) }
            }
            t += cycle.greenSeconds + cycle.amberSeconds + cycle.redSeconds
        }
        return changes
    }

    // MARK: - Output buffer

    struct Output {
        var text: [UInt8] = []
        var lines = 0
        var falseLines = 0
        let scenario: SyntheticScenario

        init(scenario: SyntheticScenario) { self.scenario = scenario }

        mutating func bytes(_ b: [UInt8]) { text.append(contentsOf: b) }

        mutating func byte(_ b: UInt8) { text.append(b) }

        mutating func integer(_ v: Int64) {
            var v = v
            if v < 0 {
                text.append(45)
                v = -v
            }
            if v == 0 {
                text.append(48)
                return
            }
            var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var n = 0
            withUnsafeMutableBytes(of: &digits) { d in
                while v > 0 {
                    d[n] = UInt8(v % 10) + 48
                    v /= 10
                    n += 1
                }
                for i in stride(from: n - 1, through: 0, by: -1) { text.append(d[i]) }
            }
        }

        /// Fixed point with two decimals.
        mutating func fixed2(_ value: Double) {
            var hundredths = Int64((value * 100).rounded())
            if hundredths < 0 {
                text.append(45)
                hundredths = -hundredths
            }
            integer(hundredths / 100)
            text.append(46)
            let f = hundredths % 100
            text.append(UInt8(f / 10) + 48)
            text.append(UInt8(f % 10) + 48)
        }

        mutating func time(frame k: Int, millis: Int64) {
            switch scenario.timeFormat {
            case .epochMillis:
                integer(millis)
            case .frames:
                text.append(102)
                integer(Int64(k))
                text.append(64)
                let fps = scenario.framesPerSecond
                if fps == fps.rounded() { integer(Int64(fps)) } else { fixed2(fps) }
            }
        }

        mutating func hash(_ rng: inout SplitMix64) {
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            for _ in 0..<4 {
                var w = rng.next()
                for _ in 0..<16 {
                    text.append(hex[Int(w & 15)])
                    w >>= 4
                }
            }
        }
    }
}
