import Foundation
import Synthetic
import Testing
import TrafficForecast

@testable import TrafficAnalysis

@Suite struct CongestionTests {
    @Test func congestionHysteresisDoesNotFlapAroundAThreshold() {
        var classifier = CongestionClassifier()
        var transitions: [CongestionClassifier.Transition] = []
        // Around the heavy/light speed-ratio threshold (0.6) from free flow: settles at light, never alerts.
        for i in 0..<40 {
            if let t = classifier.update(speedRatio: i % 2 == 0 ? 0.62 : 0.58, occupancy: 0.1) { transitions.append(t) }
        }
        #expect(transitions.isEmpty)
        #expect(classifier.level == .light)
        // Sustained heavy traffic raises once; oscillating around the threshold afterwards does not clear.
        for _ in 0..<3 {
            if let t = classifier.update(speedRatio: 0.5, occupancy: 0.1) { transitions.append(t) }
        }
        for i in 0..<40 {
            if let t = classifier.update(speedRatio: i % 2 == 0 ? 0.62 : 0.58, occupancy: 0.1) { transitions.append(t) }
        }
        #expect(transitions == [.raised(.heavy)])
        // Clearly better traffic clears once.
        for _ in 0..<5 {
            if let t = classifier.update(speedRatio: 0.95, occupancy: 0.05) { transitions.append(t) }
        }
        #expect(transitions == [.raised(.heavy), .cleared])
        #expect(classifier.level == .freeFlow)
    }

    @Test func raisingNeedsConsecutiveWorseIntervalsAndTakesTheLevelTheyShare() {
        var classifier = CongestionClassifier()
        #expect(classifier.update(speedRatio: 0.05, occupancy: nil) == nil)
        #expect(classifier.update(speedRatio: 0.9, occupancy: nil) == nil)
        #expect(classifier.update(speedRatio: 0.05, occupancy: nil) == nil)
        #expect(classifier.update(speedRatio: 0.3, occupancy: nil) == .raised(.congested))
        #expect(classifier.update(speedRatio: 0.05, occupancy: nil) == nil)
        #expect(classifier.update(speedRatio: 0.05, occupancy: nil) == .raised(.stationary))
    }

    @Test func occupancyAloneCanRaiseAndMissingMeasurementsMeanFreeFlow() {
        var classifier = CongestionClassifier()
        #expect(classifier.rawLevel(speedRatio: nil, occupancy: nil) == .freeFlow)
        #expect(classifier.rawLevel(speedRatio: nil, occupancy: 0.7) == .congested)
        #expect(classifier.rawLevel(speedRatio: 0.9, occupancy: 0.45) == .heavy)
        _ = classifier.update(speedRatio: nil, occupancy: 0.9)
        #expect(classifier.update(speedRatio: nil, occupancy: 0.9) == .raised(.stationary))
        #expect(classifier.update(speedRatio: nil, occupancy: 0.83) == nil, "0.83 is within the clearing margin of 0.85")
        #expect(classifier.update(speedRatio: nil, occupancy: 0.0) == .cleared)
    }

    @Test func aStationaryQueueRaisesCongestionAndItsDepartureClearsIt() throws {
        let camera = SyntheticTraffic.demoCamera()
        var analyzer = try CameraAnalyzer(geometry: camera)
        let start: Int64 = 1_717_200_000_000
        // Cars 6 m apart along the three 64 m lanes (14–78 m from the camera), none in lane 3's
        // no-stopping zone (30–40 m): 11, 11 and 9 cars.
        var parked: [(Double, Double)] = []
        for right in [-1.75, 1.75, 5.25] {
            for forward in stride(from: 16.0, through: 76, by: 6) where right < 3.5 || !(30...40).contains(forward) {
                parked.append((right, forward))
            }
        }
        var t = start
        var rng = SplitMix64(seed: 4)
        while t < start + 95_000 {
            for (i, (right, forward)) in parked.enumerated() {
                let p = SyntheticTraffic.DemoPinhole.project(right, forward)
                analyzer.ingest(Fixture.detection(t, track: i + 1, x: p.x + 0.5 * rng.nextGaussian(), y: p.y + 0.5 * rng.nextGaussian(), width: 60))
            }
            t += 40
        }
        for s in stride(from: t, through: start + 160_000, by: 1000) { analyzer.advance(toMillis: s) }
        let out = analyzer.drainOutput()
        let kinds = out.events.map(\.kind)
        #expect(kinds == [.congestionRaised(level: .stationary), .congestionCleared])
        #expect(out.congestion.prefix(3).map(\.rawLevel) == [.stationary, .stationary, .stationary])
        #expect(out.congestion.prefix(3).map(\.level) == [.freeFlow, .stationary, .stationary])
        let occupancy = try #require(out.congestion.first?.occupancy)
        let queued: Double = (11 + 11 + 9) * 4.5 / 64 / 3
        #expect(abs(occupancy - queued) < 0.02, "cars of 4.5 m in 64 m lanes")
        #expect(out.events.first?.timeMillis == start + 60_000)
    }
}
