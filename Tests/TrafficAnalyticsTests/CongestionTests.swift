import Foundation
import Testing
import TrafficForecast

@testable import TrafficAnalytics

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
        let parked = [(1.75, 20.0), (1.75, 28.0), (1.75, 36.0), (5.25, 22.0), (5.25, 45.0), (5.25, 55.0), (-1.75, 30.0)]
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
        #expect((out.congestion.first?.occupancy ?? 0) > 0.6)
        #expect(out.events.first?.timeMillis == start + 60_000)
        #expect(CongestionLevel.stationary.vietnameseLabel.contains("Ùn tắc"))
    }
}
