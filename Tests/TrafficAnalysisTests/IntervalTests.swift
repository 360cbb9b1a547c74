import Foundation
import Testing

@testable import TrafficAnalysis

@Suite struct IntervalTests {
    /// 2024-06-01 00:00:00 UTC, a multiple of every period.
    let aligned: Int64 = 1_717_200_000_000

    func laneCamera() -> CameraGeometry {
        let lane = Zone(
            name: "lane", polygon: [PixelPoint(x: 400, y: 300), PixelPoint(x: 600, y: 300), PixelPoint(x: 600, y: 700), PixelPoint(x: 400, y: 700)],
            kind: .lane(index: 1, travelDirection: PixelVector(dx: 0, dy: 1)))
        return Fixture.plainCamera(zones: [lane])
    }

    /// One vehicle every 2 s from `first`, each crossing the line 12 frames after it appears.
    func feedPlatoon(_ analyzer: inout CameraAnalyzer, first: Int64, count: Int) {
        for i in 0..<count {
            let t0 = first + Int64(i) * 2000
            for f in 0..<20 {
                analyzer.ingest(Fixture.detection(t0 + Int64(f) * 40, track: i + 1, x: 500, y: 450 + Double(f) * 5, i % 3 == 0 ? .motorbike : .car))
            }
        }
    }

    @Test func intervalsAreAlignedToWallClockBoundaries() throws {
        var analyzer = try CameraAnalyzer(geometry: laneCamera())
        feedPlatoon(&analyzer, first: aligned + 7_123, count: 40)
        analyzer.finish()
        let out = analyzer.drainOutput()
        for period in IntervalPeriod.allCases {
            let lines = out.aggregates.filter { $0.period == period && $0.subject == .line(name: "L") }
            #expect(lines.allSatisfy { $0.startMillis % period.millis == 0 && $0.endMillis - $0.startMillis == period.millis })
            #expect(lines.reduce(0) { $0 + $1.totalCount } == 40)
            #expect(lines.first?.startMillis == aligned)
            #expect(lines.first?.isPartial == true)
        }
        let thirty = out.aggregates.filter { $0.period == .thirtySeconds && $0.subject == .line(name: "L") }
        #expect(thirty.map(\.startMillis) == [aligned, aligned + 30_000, aligned + 60_000])
        #expect(thirty[0].coveredMillis == 30_000 - 7_123)
        #expect(thirty[1].coveredMillis == 30_000)
        #expect(thirty[1].totalCount == 15)
        #expect(thirty[1].countsByClass[.motorbike] == 5)
        #expect(thirty[1].leftToRightCount == 15 && thirty[1].rightToLeftCount == 0)
        #expect(abs((thirty[1].meanHeadwaySeconds ?? 0) - 2) < 1e-9)
        #expect(abs(thirty[1].flowVehiclesPerHour - 1800) < 1e-9)
        #expect(thirty[1].meanSpeedKmh == nil, "an uncalibrated camera measures no speed")
        #expect(thirty[1].occupancy == nil)
        let lanes = out.aggregates.filter { $0.period == .thirtySeconds && $0.subject == .lane(name: "lane", index: 1) }
        #expect(lanes.reduce(0) { $0 + $1.totalCount } == 40)
    }

    @Test func onAnUncalibratedCameraLaneOccupancyIsTheShareOfTimeTheLaneHoldsAVehicle() throws {
        var analyzer = try CameraAnalyzer(geometry: laneCamera())
        analyzer.advance(toMillis: aligned)
        var t = aligned + 5_000
        while t < aligned + 15_000 {
            analyzer.ingest(Fixture.detection(t, track: 1, x: 500, y: 600))
            analyzer.ingest(Fixture.detection(t, track: 2, x: 800, y: 900))
            t += 40
        }
        while t <= aligned + 31_000 {
            analyzer.ingest(Fixture.detection(t, track: 2, x: 800, y: 900))
            t += 40
        }
        let lane = try #require(analyzer.drainOutput().aggregates.first { $0.period == .thirtySeconds && $0.subject == .lane(name: "lane", index: 1) })
        #expect(!lane.isPartial)
        #expect(abs((lane.occupancy ?? 0) - 10.0 / 30.0) < 0.005)
    }

    /// One image pixel is 0.1 m on the ground: the lane (y 300…700) is 40 m long.
    func calibratedLaneCamera() -> CameraGeometry {
        var camera = laneCamera()
        camera.calibration = .fourPoint(
            FourPointCalibration(
                imagePoints: [PixelPoint(x: 0, y: 1000), PixelPoint(x: 1000, y: 1000), PixelPoint(x: 1000, y: 0), PixelPoint(x: 0, y: 0)],
                groundPoints: [
                    GroundPoint(rightMetres: 0, forwardMetres: 0), GroundPoint(rightMetres: 100, forwardMetres: 0),
                    GroundPoint(rightMetres: 100, forwardMetres: 100), GroundPoint(rightMetres: 0, forwardMetres: 100),
                ]))
        return camera
    }

    @Test func onACalibratedCameraLaneOccupancyIsTheShareOfTheLaneItsRoadUsersTakeUp() throws {
        var analyzer = try CameraAnalyzer(geometry: calibratedLaneCamera())
        analyzer.advance(toMillis: aligned)
        var t = aligned + 5_000
        while t < aligned + 15_000 {
            analyzer.ingest(Fixture.detection(t, track: 1, x: 450, y: 600, .car))
            analyzer.ingest(Fixture.detection(t, track: 2, x: 550, y: 600, .motorbike))
            t += 40
        }
        analyzer.advance(toMillis: aligned + 31_000)
        let lane = try #require(analyzer.drainOutput().aggregates.first { $0.period == .thirtySeconds && $0.subject == .lane(name: "lane", index: 1) })
        // A car (4.5 m) and a motorbike (0.3 of a car) in a 40 m lane for 10 s of 30.
        #expect(abs((lane.occupancy ?? 0) - (4.5 + 1.35) / 40 * 10 / 30) < 0.001)
    }

    @Test func advancingTheClockEmitsTheIntervalsOfAQuietStream() throws {
        var analyzer = try CameraAnalyzer(geometry: laneCamera())
        for s in stride(from: Int64(0), through: 95, by: 1) { analyzer.advance(toMillis: aligned + s * 1000) }
        let out = analyzer.drainOutput()
        let thirty = out.aggregates.filter { $0.period == .thirtySeconds && $0.subject == .line(name: "L") }
        #expect(thirty.map(\.startMillis) == [aligned, aligned + 30_000, aligned + 60_000])
        #expect(thirty.allSatisfy { $0.totalCount == 0 && $0.flowVehiclesPerHour == 0 && !$0.isPartial })
        #expect(out.congestion.map(\.level) == [.freeFlow, .freeFlow, .freeFlow])
    }

    @Test func the85thPercentileUsesTheNearestRank() {
        var acc = IntervalAccumulator()
        for (i, v) in [30.0, 10, 20, 40, 50, 60, 70, 80, 90, 100].enumerated() {
            acc.record(vehicleClass: .car, eventMillis: Int64(i) * 1000, speedKmh: v, direction: .leftToRight)
        }
        acc.record(vehicleClass: .pedestrian, eventMillis: 99_000, speedKmh: 5, direction: .rightToLeft)
        let a = acc.aggregate(cameraID: "c", subject: .line(name: "L"), period: .thirtySeconds, start: 0, coveredMillis: 30_000, isLane: false)
        #expect(a.speed85thPercentileKmh == 90)
        #expect(a.meanSpeedKmh == 55)
        #expect(a.vehicleCount == 10)
        #expect(a.totalCount == 11)
        #expect(a.meanHeadwaySeconds == 1)
        #expect(a.rightToLeftCount == 1)
    }

    @Test func intervalStartsFloorNegativeTimesToo() {
        #expect(IntervalPeriod.fiveMinutes.start(containing: 299_999) == 0)
        #expect(IntervalPeriod.fiveMinutes.start(containing: 300_000) == 300_000)
        #expect(IntervalPeriod.thirtySeconds.start(containing: -1) == -30_000)
    }
}
