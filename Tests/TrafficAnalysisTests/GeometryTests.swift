import Foundation
import Synthetic
import Testing
import TrafficForecast

@testable import TrafficAnalysis

@Suite struct GeometryTests {
    @Test func aHomographyRoundTripsPoints() throws {
        let image = [PixelPoint(x: 612, y: 870), PixelPoint(x: 1480, y: 860), PixelPoint(x: 1105, y: 402), PixelPoint(x: 830, y: 405)]
        let ground = [GroundPoint(rightMetres: -3, forwardMetres: 12), GroundPoint(rightMetres: 8, forwardMetres: 12),
                      GroundPoint(rightMetres: 8, forwardMetres: 70), GroundPoint(rightMetres: -3, forwardMetres: 70)]
        let model = try Calibration.fourPoint(FourPointCalibration(imagePoints: image, groundPoints: ground)).model()
        for (p, g) in zip(image, ground) {
            let mapped = try #require(model.ground(for: p))
            #expect(mapped.distance(to: g) < 1e-6)
        }
        var rng = SplitMix64(seed: 3)
        for _ in 0..<500 {
            let p = PixelPoint(x: rng.nextUniform(0...1920), y: rng.nextUniform(420...1080))
            let g = try #require(model.ground(for: p))
            let back = try #require(model.pixel(for: g))
            #expect(abs(back.x - p.x) < 1e-6 && abs(back.y - p.y) < 1e-6)
        }
    }

    @Test func geometryJSONNamesDirectionsAndCalibrationsPlainlyAndRoundTrips() throws {
        let camera = SyntheticTraffic.demoCamera()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(camera), as: UTF8.self)
        #expect(json.contains(#""allowedDirection":"both""#))
        #expect(json.contains(#""allowedDirection":{"along":{"dx":"#))
        #expect(json.contains(#""calibration":{"fourPoint":{"groundPoints":"#))
        #expect(!json.contains("_0"))
        #expect(try JSONDecoder().decode(CameraGeometry.self, from: Data(json.utf8)) == camera)
        let twoLine = SyntheticTraffic.demoCamera(calibration: .twoLine)
        #expect(try JSONDecoder().decode(CameraGeometry.self, from: try encoder.encode(twoLine)) == twoLine)
    }

    @Test func geometryStoredInTheEarlierEnumFormStillLoads() throws {
        let direction = try JSONDecoder().decode([AllowedDirection].self, from: Data(#"[{"both":{}},{"rightToLeft":{}},{"along":{"_0":{"dx":1,"dy":-2}}}]"#.utf8))
        #expect(direction == [.both, .rightToLeft, .along(PixelVector(dx: 1, dy: -2))])
        let twoLine = SyntheticTraffic.demoCamera(calibration: .twoLine).calibration
        guard case .twoLine(let inner) = twoLine else { Issue.record("the demo camera has a two-line calibration"); return }
        let legacy = #"{"twoLine":{"_0":"# + String(decoding: try JSONEncoder().encode(inner), as: UTF8.self) + "}}"
        #expect(try JSONDecoder().decode(Calibration.self, from: Data(legacy.utf8)) == twoLine)
    }

    @Test func anUnknownDirectionOrTwoCalibrationsAreRefused() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AllowedDirection.self, from: Data(#""sideways""#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AllowedDirection.self, from: Data(#"{"both":{},"leftToRight":{}}"#.utf8)) }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Calibration.self, from: Data(#"{"fourPoint":{"imagePoints":[],"groundPoints":[]},"twoLine":{}}"#.utf8))
        }
    }

    @Test func gaussianEliminationPivotsPastAZeroDiagonal() throws {
        // x2 = 1, x1 + x2 = 3 → [2, 1]; the first pivot is zero without row exchange.
        var a: [Double] = [0, 1, 1, 1, 1, 3]
        let x = try #require(Homography.gaussianElimination(&a, n: 2))
        #expect(x == [2, 1])
        var singular: [Double] = [1, 2, 3, 2, 4, 6]
        #expect(Homography.gaussianElimination(&singular, n: 2) == nil)
    }

    @Test func fourPointAndTwoLineCalibrationsOfThePinholeDemoCameraAgree() throws {
        let four = try #require(try SyntheticTraffic.demoCamera(calibration: .fourPoint).calibration?.model())
        let two = try #require(try SyntheticTraffic.demoCamera(calibration: .twoLine).calibration?.model())
        for forward in stride(from: 12.0, through: 80, by: 4) {
            for right in stride(from: -3.5, through: 10, by: 1.5) {
                let p = SyntheticTraffic.DemoPinhole.project(right, forward)
                let a = try #require(four.ground(for: p)), b = try #require(two.ground(for: p))
                let truth = GroundPoint(rightMetres: right, forwardMetres: forward)
                #expect(a.distance(to: truth) < 1e-6 * forward)
                #expect(b.distance(to: truth) < 1e-6 * forward)
            }
        }
        #expect(four.ground(for: PixelPoint(x: 960, y: 100)) == nil, "above the horizon has no ground position")
        #expect(two.ground(for: PixelPoint(x: 960, y: 100)) == nil)
    }

    @Test func collinearCalibrationPointsAreRejected() {
        let image = [PixelPoint(x: 0, y: 0), PixelPoint(x: 100, y: 100), PixelPoint(x: 200, y: 200), PixelPoint(x: 0, y: 300)]
        let ground = [GroundPoint(rightMetres: 0, forwardMetres: 0), GroundPoint(rightMetres: 1, forwardMetres: 0),
                      GroundPoint(rightMetres: 1, forwardMetres: 1), GroundPoint(rightMetres: 0, forwardMetres: 1)]
        #expect(throws: GeometryError.collinearCalibrationPoints(set: "image")) {
            try Calibration.fourPoint(FourPointCalibration(imagePoints: image, groundPoints: ground)).model()
        }
        #expect(throws: GeometryError.calibrationPointCount(image: 3, ground: 4)) {
            try Calibration.fourPoint(FourPointCalibration(imagePoints: Array(image.prefix(3)), groundPoints: ground)).model()
        }
        let lines = TwoLineCalibration(nearLineY: 400, farLineY: 800, distanceMetres: 20, horizonY: 100, roadAxisX: 960, laneWidthMetres: 3.5, laneWidthPixelsAtNearLine: 300)
        #expect(throws: GeometryError.self) { try Calibration.twoLine(lines).model() }
    }

    @Test func degenerateZonesAndLinesAreRejectedWithNamedErrors() {
        func rejection(_ edit: (inout CameraGeometry) -> Void) -> GeometryError? {
            var g = Fixture.plainCamera()
            edit(&g)
            do {
                try g.validate()
                return nil
            } catch {
                return error
            }
        }
        #expect(rejection { _ in } == nil)
        #expect(rejection { $0.zones = [Zone(name: "z", polygon: [PixelPoint(x: 1, y: 1), PixelPoint(x: 5, y: 5), PixelPoint(x: 9, y: 9)], kind: .sidewalk(encroachmentSeconds: 3))] }
            == .degeneratePolygon(zone: "z", reason: "area is 0.0 px², the vertices are (nearly) collinear"))
        let bowtie = [PixelPoint(x: 0, y: 0), PixelPoint(x: 100, y: 100), PixelPoint(x: 100, y: 0), PixelPoint(x: 0, y: 60)]
        #expect(rejection { $0.zones = [Zone(name: "nơ", polygon: bowtie, kind: .noStopping(maxDwellSeconds: 30))] }
            == .degeneratePolygon(zone: "nơ", reason: "edges 1 and 3 cross each other"))
        #expect(rejection { $0.countingLines[0].end = $0.countingLines[0].start } == .degenerateLine(name: "L", lengthPixels: 0))
        #expect(rejection { $0.countingLines.append($0.countingLines[0]) } == .duplicateName("L"))
        #expect(rejection { $0.districtCode = "64" } == .invalidDistrictCode("64"))
        #expect(rejection { $0.countingLines[0].start.x = 1200 } == .pointOutsideImage(item: "line 'L'", point: PixelPoint(x: 1200, y: 500)))
        #expect(rejection { $0.countingLines[0].allowedDirection = .along(PixelVector(dx: 10, dy: 0)) } == .directionParallelToLine(name: "L"))
        #expect(rejection { $0.id = "a,b" } == .invalidCameraID("a,b"))
        let lane = rejection { $0.zones = [Zone(name: "z", polygon: bowtie, kind: .lane(index: 1, travelDirection: PixelVector(dx: 0, dy: 1)))] }
        guard case .degeneratePolygon(zone: "z", _) = lane else { Issue.record("expected the zone named: \(String(describing: lane))"); return }
    }

    @Test func mapPositionsRotateTheGroundVectorByTheHeading() {
        let camera = GeoPosition(latitude: 12.6675, longitude: 108.0378)
        let east = camera.offset(by: GroundPoint(rightMetres: 0, forwardMetres: 100), headingDegrees: 90)
        #expect(abs(east.latitude - camera.latitude) < 1e-9)
        #expect(abs((east.longitude - camera.longitude) * 111_320 * cos(camera.latitude * .pi / 180) - 100) < 0.1)
        let northOfRight = camera.offset(by: GroundPoint(rightMetres: 50, forwardMetres: 0), headingDegrees: 270)
        #expect(abs((northOfRight.latitude - camera.latitude) * 111_319.5 - 50) < 0.01)
        #expect(abs(northOfRight.longitude - camera.longitude) < 1e-9)
    }

    @Test func allowedDirectionAlongAVectorPicksTheSideItPointsTo() {
        let a = PixelPoint(x: 100, y: 500), b = PixelPoint(x: 900, y: 500)
        let down = AllowedDirection.along(PixelVector(dx: 0.2, dy: 1))
        #expect(down.permits(.leftToRight, start: a, end: b))
        #expect(!down.permits(.rightToLeft, start: a, end: b))
        #expect(AllowedDirection.both.permits(.rightToLeft, start: a, end: b))
    }

    @Test func geometryRoundTripsThroughJSONReferenceData() throws {
        let camera = SyntheticTraffic.demoCamera(calibration: .twoLine)
        let data = try JSONEncoder().encode(camera)
        #expect(try JSONDecoder().decode(CameraGeometry.self, from: data) == camera)
        _ = try CameraAnalyzer(geometry: camera)
    }
}
