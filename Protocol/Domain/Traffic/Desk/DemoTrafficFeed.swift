import Foundation
import TrafficAnalysis
import TrafficForecast

/// A live synthetic feed for a district's demo cameras, so the local federation shows counts,
/// congestion, violations and plate hits without real cameras.
///
/// Every ``cycleSeconds`` it generates fresh traffic (new seed) starting at the wall clock and
/// feeds it to the engine as it "happens", in the documented text format. Arrivals follow the
/// camera's ``flowProfile(for:index:)`` at that local time of day, the same profile its seeded
/// forecast history was drawn from, so forecasts and live flow are on one scale. Every other
/// cycle one camera in two gets slow, dense traffic (congestion raised, then cleared), and each cycle has
/// speeders, a wrong-way rider, a stopper in the no-stopping zone, sidewalk riders and red-light
/// runners. The demo plates pass their cameras at the times of ``DemoCameras/plateSchedule``.
public struct DemoTrafficFeed: Sendable {
    public static let cycleSeconds: Int64 = 600
    public let cameras: [RegisteredCamera]

    public init(cameras: [RegisteredCamera]) { self.cameras = cameras.filter { $0.geometry.calibration != nil } }

    /// Feeds the engine until the task is cancelled. First seeds four weeks of 15-minute flow
    /// history per camera, so the forecasts have what they need from the start.
    public func run(engine: TrafficEngine) async {
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        for (index, camera) in cameras.enumerated() {
            let weeks = 4 * 7 * 96
            let start = (now / 900_000 - Int64(weeks)) * 900_000
            if let series = try? Self.flowProfile(for: camera, index: index).series(
                startMillis: start, intervalMillis: 900_000, intervals: weeks)
            {
                try? await engine.seedForecastHistory(camera: camera.id, series: series)
            }
        }
        while !Task.isCancelled {
            let start = Int64(Date().timeIntervalSince1970 * 1000)
            let cycle = start / (Self.cycleSeconds * 1000)
            let plan = Self.plan(cameras: cameras, cycle: cycle, startMillis: start, seconds: Self.cycleSeconds)
            var next = 0
            var nextSignal = 0
            while next < plan.lines.count, !Task.isCancelled {
                let now = Int64(Date().timeIntervalSince1970 * 1000)
                while nextSignal < plan.signals.count, plan.signals[nextSignal].millis <= now {
                    let change = plan.signals[nextSignal]
                    for camera in cameras where camera.geometry.stopLine != nil {
                        try? await engine.setSignal(camera: camera.id, phase: change.phase, atMillis: change.millis)
                    }
                    nextSignal += 1
                }
                var chunk: [UInt8] = []
                while next < plan.lines.count, plan.lines[next].millis <= now {
                    chunk.append(contentsOf: plan.lines[next].bytes)
                    next += 1
                }
                if !chunk.isEmpty { _ = await engine.ingest(text: chunk) }
                try? await Task.sleep(for: .milliseconds(500))
            }
        }
    }

    /// A camera's demand over the week: Buôn Ma Thuột's arterial shape, scaled so the night-time
    /// floor is 5 vehicles a minute in each lane (a demo that is never empty).
    public static func flowProfile(for camera: RegisteredCamera, index: Int) -> SyntheticFlowGenerator {
        var profile = SyntheticFlowGenerator.buonMaThuotArterial(seed: 47 + UInt64(index))
        let scale = laneCount(camera) * 5 * 60 / profile.baseVehPerHour
        profile.baseVehPerHour *= scale
        for i in profile.weekdayPeaks.indices { profile.weekdayPeaks[i].heightVehPerHour *= scale }
        for i in profile.weekendPeaks.indices { profile.weekendPeaks[i].heightVehPerHour *= scale }
        return profile
    }

    private static func laneCount(_ camera: RegisteredCamera) -> Double {
        Double(max(1, camera.geometry.zones.count { if case .lane = $0.kind { true } else { false } }))
    }

    struct Plan {
        var lines: [(millis: Int64, bytes: [UInt8])]
        var signals: [SyntheticTruth.SignalChange]
    }

    /// One cycle's traffic for every camera, lines merged in time order.
    static func plan(cameras: [RegisteredCamera], cycle: Int64, startMillis: Int64, seconds: Int64) -> Plan {
        var lines: [(millis: Int64, bytes: [UInt8])] = []
        var signals: [SyntheticTruth.SignalChange] = []
        for (index, camera) in cameras.enumerated() {
            var scenario = SyntheticScenario()
            scenario.seed = UInt64(truncatingIfNeeded: cycle) &* 31 &+ camera.id.utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
            scenario.startMillis = startMillis
            scenario.durationSeconds = Double(seconds)
            scenario.framesPerSecond = 10
            let congested = (cycle + Int64(index)) % 2 == 0 && index % 2 == 0
            let demand = flowProfile(for: camera, index: index).expectedVehPerHour(atMillis: startMillis + seconds * 500) / laneCount(camera) / 60
            scenario.vehiclesPerMinutePerLane = congested ? demand * 1.5 : demand
            scenario.speedRangeKmh = congested ? 6...14 : 35...48
            scenario.speeders = congested ? 0 : 2
            scenario.wrongWayVehicles = 1
            scenario.stopperDwellSeconds = [25]
            scenario.sidewalkRiders = 1
            scenario.pedestrians = 4
            scenario.signalCycle = .init(greenSeconds: 40, amberSeconds: 3, redSeconds: 30)
            scenario.queueAtRed = true
            scenario.redLightRunners = 2
            scenario.noise = SyntheticNoise(jitterSigmaPixels: 1, occlusionProbability: 0.02, maxOcclusionSeconds: 0.6, idSwitchProbability: 0.01, falseDetectionsPerFrame: 0.05)
            scenario.plateEveryFrames = 5
            guard let traffic = try? SyntheticTraffic(cameras: [camera.geometry], scenario: scenario) else { continue }
            if index == 0 { signals = traffic.truth.signalChanges }
            var text = String(decoding: traffic.text, as: UTF8.self)
            for entry in DemoCameras.plateSchedule where entry.camera == camera.id {
                let hourStart = startMillis / 3_600_000 * 3_600_000
                for passing in [hourStart + entry.secondOfHour * 1000, hourStart + 3_600_000 + entry.secondOfHour * 1000]
                where passing >= startMillis && passing < startMillis + seconds * 1000 {
                    let candidate = traffic.truth.vehicles.filter { $0.plate != nil && $0.role == .laneTraffic }
                        .min { abs($0.firstSeenMillis - passing) < abs($1.firstSeenMillis - passing) }
                    if let plate = candidate?.plate { text = text.replacingOccurrences(of: ",\(plate),", with: ",\(entry.plate),") }
                }
            }
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                let fields = line.split(separator: ",", maxSplits: 2)
                guard fields.count > 1, let millis = Int64(fields[1]) else { continue }
                lines.append((millis, Array(line.utf8) + [10]))
            }
        }
        lines.sort { $0.millis < $1.millis }
        return Plan(lines: lines, signals: signals)
    }
}
