import Foundation
import Synthetic
import Testing
import TrafficForecast

@testable import TrafficAnalysis

@Suite struct CrossingTests {
    /// Drives one track straight down the picture from y0 to y1 at `pixelsPerFrame`, 25 fps, with optional noise.
    func drive(
        _ analyzer: inout CameraAnalyzer, track: Int, from y0: Double, to y1: Double, x: Double = 500, start: Int64 = 0,
        pixelsPerFrame: Double = 4, jitter: Double = 0, rng: inout SplitMix64, vehicleClass: VehicleClass = .car, skip: ClosedRange<Int>? = nil
    ) -> Int64 {
        var t = start
        var y = y0
        var frame = 0
        let step = y1 > y0 ? pixelsPerFrame : -pixelsPerFrame
        while (step > 0 && y <= y1) || (step < 0 && y >= y1) {
            if skip?.contains(frame) != true {
                analyzer.ingest(Fixture.detection(t, track: track, x: x + jitter * rng.nextGaussian(), y: y + jitter * rng.nextGaussian(), vehicleClass))
            }
            y += step
            t += 40
            frame += 1
        }
        return t
    }

    @Test func aLineCrossingIsCountedOnceDespiteJitter() throws {
        var analyzer = try CameraAnalyzer(geometry: Fixture.plainCamera())
        var rng = SplitMix64(seed: 11)
        var t = drive(&analyzer, track: 1, from: 420, to: 497, jitter: 2, rng: &rng)
        // Hover on the line for four seconds, jittering both ways, then carry on.
        for _ in 0..<100 {
            analyzer.ingest(Fixture.detection(t, track: 1, x: 500 + 2 * rng.nextGaussian(), y: 500 + 2 * rng.nextGaussian()))
            t += 40
        }
        t = drive(&analyzer, track: 1, from: 503, to: 600, start: t, jitter: 2, rng: &rng)
        analyzer.finish()
        let crossings = analyzer.drainOutput().crossings
        #expect(crossings.count == 1)
        #expect(crossings.first?.direction == .leftToRight)
        #expect(analyzer.liveCounts[0].leftToRight[.car] == 1)
        #expect(analyzer.liveCounts[0].count(.rightToLeft) == 0)
    }

    @Test func wobblingInsideTheHysteresisBandNeverCounts() throws {
        var analyzer = try CameraAnalyzer(geometry: Fixture.plainCamera())
        for i in 0..<200 {
            analyzer.ingest(Fixture.detection(Int64(i) * 40, track: 1, x: 500, y: i % 2 == 0 ? 495 : 505))
        }
        analyzer.finish()
        #expect(analyzer.drainOutput().crossings.isEmpty)
    }

    @Test func anIDSwitchRightAtTheLineDoesNotDoubleCountOrLoseTheCrossing() throws {
        var analyzer = try CameraAnalyzer(geometry: Fixture.plainCamera())
        var rng = SplitMix64(seed: 5)
        // Track 1 comes down to just short of the line; track 2 takes over one frame later just past it,
        // jittering back across before leaving.
        var t = drive(&analyzer, track: 1, from: 400, to: 498, rng: &rng)
        analyzer.ingest(Fixture.detection(t, track: 2, x: 500, y: 507))
        t += 40
        analyzer.ingest(Fixture.detection(t, track: 2, x: 500, y: 503))
        t += 40
        _ = drive(&analyzer, track: 2, from: 508, to: 620, start: t, rng: &rng)
        analyzer.finish()
        let crossings = analyzer.drainOutput().crossings
        #expect(crossings.count == 1)
        #expect(crossings.first?.trackID == 2)
        #expect(analyzer.idSwitchesBridged == 1)
    }

    @Test func anIDSwitchAfterTheLineDoesNotCountASecondTime() throws {
        // The same road user crosses, switches id past the line, then a jittery detection puts it back
        // on the near side and forward again: still one crossing.
        var analyzer = try CameraAnalyzer(geometry: Fixture.plainCamera())
        var rng = SplitMix64(seed: 6)
        var t = drive(&analyzer, track: 1, from: 400, to: 540, rng: &rng)
        for y in [544.0, 490, 548, 552] {
            analyzer.ingest(Fixture.detection(t, track: 9, x: 500, y: y))
            t += 40
        }
        analyzer.finish()
        #expect(analyzer.drainOutput().crossings.count == 1)
    }

    @Test func anOcclusionShorterThanTheExpiryKeepsTheTrackAcrossTheLine() throws {
        var analyzer = try CameraAnalyzer(geometry: Fixture.plainCamera())
        var rng = SplitMix64(seed: 1)
        // 1.6 s without detections, exactly while crossing.
        _ = drive(&analyzer, track: 4, from: 300, to: 700, rng: &rng, skip: 40...79)
        analyzer.finish()
        let crossings = analyzer.drainOutput().crossings
        #expect(crossings.count == 1)
        #expect(analyzer.idSwitchesBridged == 0)
    }

    @Test func aGapLongerThanTheExpiryEndsTheTrack() throws {
        var analyzer = try CameraAnalyzer(geometry: Fixture.plainCamera())
        analyzer.ingest(Fixture.detection(0, track: 1, x: 500, y: 300))
        analyzer.ingest(Fixture.detection(40, track: 1, x: 500, y: 301))
        analyzer.ingest(Fixture.detection(1000, track: 2, x: 100, y: 100))
        #expect(analyzer.activeTrackCount == 1)
        analyzer.ingest(Fixture.detection(2100, track: 2, x: 100, y: 100))
        #expect(analyzer.activeTrackCount == 1, "track 1 expired 2 s after it was last seen")
    }

    @Test func crossingAgainstTheAllowedDirectionIsCountedAndReportedAsWrongWay() throws {
        var analyzer = try CameraAnalyzer(geometry: Fixture.plainCamera(allowed: .leftToRight))
        var rng = SplitMix64(seed: 2)
        _ = drive(&analyzer, track: 1, from: 400, to: 600, rng: &rng)
        _ = drive(&analyzer, track: 2, from: 600, to: 400, start: 10_000, rng: &rng, vehicleClass: .motorbike)
        _ = drive(&analyzer, track: 3, from: 600, to: 400, start: 20_000, rng: &rng, vehicleClass: .pedestrian)
        analyzer.finish()
        let out = analyzer.drainOutput()
        #expect(out.crossings.map(\.isWrongWay) == [false, true, true])
        let wrongWay = out.events.filter { $0.kind == .wrongWayAtLine(line: "L") }
        #expect(wrongWay.map(\.evidence?.trackID) == [2], "pedestrians walking against a line are not vehicles going the wrong way")
        #expect(wrongWay.first?.evidence?.vehicleClass == .motorbike)
        #expect(analyzer.liveCounts[0].rightToLeft[.motorbike] == 1)
        #expect(analyzer.liveCounts[0].rightToLeft[.pedestrian] == 1)
    }

    @Test func passingAroundTheEndOfALineIsNotACrossing() throws {
        var analyzer = try CameraAnalyzer(geometry: Fixture.plainCamera())
        var t: Int64 = 0
        // Above the line near its left end, out past the end, down, and back in below it.
        let path: [(Double, Double)] = (0..<30).map { (300 - Double($0) * 10, 450) } + (0..<10).map { (50, 450 + Double($0) * 10) }
            + (0..<30).map { (50 + Double($0) * 10, 550) }
        for (x, y) in path {
            analyzer.ingest(Fixture.detection(t, track: 1, x: x, y: y))
            t += 40
        }
        analyzer.finish()
        #expect(analyzer.drainOutput().crossings.isEmpty)
    }

    @Test func detectionsLaterThanTheReorderToleranceAreDropped() throws {
        var analyzer = try CameraAnalyzer(geometry: Fixture.plainCamera())
        analyzer.ingest(Fixture.detection(1000, track: 1, x: 500, y: 300))
        analyzer.ingest(Fixture.detection(1040, track: 2, x: 600, y: 300))
        analyzer.ingest(Fixture.detection(1000, track: 3, x: 700, y: 300))
        analyzer.ingest(Fixture.detection(700, track: 4, x: 800, y: 300))
        #expect(analyzer.lateDetections == 1)
        #expect(analyzer.detectionsIngested == 3)
    }

    @Test func aNewTrackDoesNotInheritFromAFarAwayLostTrack() throws {
        var analyzer = try CameraAnalyzer(geometry: Fixture.plainCamera())
        var rng = SplitMix64(seed: 8)
        let t = drive(&analyzer, track: 1, from: 400, to: 480, rng: &rng)
        _ = drive(&analyzer, track: 2, from: 300, to: 600, x: 800, start: t, rng: &rng)
        analyzer.finish()
        #expect(analyzer.idSwitchesBridged == 0)
        #expect(analyzer.drainOutput().crossings.map(\.trackID) == [2])
    }
}
