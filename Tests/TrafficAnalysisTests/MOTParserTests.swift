import Foundation
import Testing

@testable import TrafficAnalysis

@Suite struct MOTParserTests {
    func parser(fps: Double = 10, onlyClass: VehicleClass? = nil) throws -> MOTParser {
        try #require(MOTParser(camera: "bmt-nga-sau", fps: fps, startMillis: 1_000_000, onlyClass: onlyClass))
    }

    @Test func trackerOutputRowsBecomeDetectionsOfTheCameraAtFrameTimes() throws {
        var mot = try parser()
        let batch = mot.parse("1,7,794.27,247.59,71.245,174.88,-1,-1,-1,-1\n11,7,800.5,250,70,170,0.83,-1,-1,-1\n")
        #expect(batch.malformed.isEmpty)
        #expect(batch.cameraIDs == ["bmt-nga-sau"])
        #expect(batch.detections.map(\.timeMillis) == [1_000_100, 1_001_100])
        #expect(batch.detections.map(\.trackID) == [7, 7])
        #expect(batch.detections.map(\.vehicleClass) == [.car, .car], "a file without classes is cars unless --class says otherwise")
        #expect(batch.detections[0].box == PixelBox(x: 794.27, y: 247.59, width: 71.245, height: 174.88))
        #expect(batch.detections.map(\.confidence) == [1, 0.83], "-1 means not given")
    }

    @Test func groundTruthKeepsRoadUsersItEvaluatesAndSkipsTheRest() throws {
        var mot = try parser()
        let rows = [
            "1,1,912,484,97,109,0,7,1",  // consider 0: not evaluated
            "1,2,1338,418,167,379,1,1,1",  // pedestrian
            "1,3,586,447,85,263,1,3,0.8",  // car
            "1,4,1585,-1,336,578,1,5,0.8",  // motorbike
            "1,5,1163,441,33,89,1,9,0.5",  // occluder
            "1,6,10,20,30,40,1,4,1.0",  // bicycle
        ]
        let batch = mot.parse(rows.joined(separator: "\n"))
        #expect(batch.malformed.isEmpty)
        #expect(batch.detections.map(\.trackID) == [2, 3, 4, 6])
        #expect(batch.detections.map(\.vehicleClass) == [.pedestrian, .car, .motorbike, .bicycle])
        #expect(mot.ignoredRows == 2)
    }

    @Test func aClassKeepsOnlyThatClassOfGroundTruthAndNamesEveryTrackerTrack() throws {
        var truth = try parser(onlyClass: .car)
        let kept = truth.parse("1,2,1338,418,167,379,1,1,1\n1,3,586,447,85,263,1,3,0.8\n")
        #expect(kept.detections.map(\.trackID) == [3])
        #expect(truth.ignoredRows == 1)
        var tracker = try parser(onlyClass: .truck)
        #expect(tracker.parse("1,7,1,2,3,4,0.9,-1,-1,-1").detections.map(\.vehicleClass) == [.truck])
    }

    @Test func whitespaceSeparatedAndFloatWrittenIntegersAreRead() throws {
        var mot = try parser()
        let batch = mot.parse("3.000000  12.000000 100.5 200 50 40 0.9 -1 -1 -1\r\n")
        #expect(batch.malformed.isEmpty)
        #expect(batch.detections.map(\.trackID) == [12])
        #expect(batch.detections.map(\.timeMillis) == [1_000_300])
    }

    @Test func badRowsAreReportedByLineAndColumnAndTheRestKept() throws {
        var mot = try parser()
        let rows = [
            "# frame,id,…",
            "1,-1,10,10,5,5,0.9,-1,-1,-1",
            "1,2,10,10,5",
            "x,2,10,10,5,5",
            "1,2,10,10,0,5",
            "2,2,10,abc,5,5",
            "2.5,2,10,10,5,5",
            "-4,2,10,10,5,5",
            "3,2,10,10,5,5,0.9,1,2,3,4",
            "3,2,10,10,5,5,0.9,-1,-1,-1",
        ]
        let batch = mot.parse(rows.joined(separator: "\n"))
        #expect(batch.detections.count == 1)
        #expect(batch.malformed.map(\.lineNumber) == [2, 3, 4, 5, 6, 7, 8, 9])
        #expect(batch.malformed.map(\.error) == [
            .untracked(id: -1), .wrongMOTFieldCount(found: 5), .notANumber(field: 1, name: "frame", text: "x"), .zeroSize(dimension: "width"),
            .notANumber(field: 4, name: "bb_top", text: "abc"), .notAnInteger(field: 1, name: "frame", text: "2.5"), .frameOutOfRange(frame: -4),
            .wrongMOTFieldCount(found: 11),
        ])
        #expect(batch.malformed[0].error.description.contains("det.txt"))
    }

    @Test func aDetectionWrittenAsALineReadsBackTheSame() throws {
        let sha = String(repeating: "ab", count: 32)
        let detections = [
            Detection(timeMillis: 1_795_400_000_040, trackID: 17, vehicleClass: .motorbike, box: PixelBox(x: 612.5, y: 401.25, width: 85, height: 60.1), confidence: 0.91),
            Detection(
                timeMillis: 1_795_400_000_080, trackID: 18, vehicleClass: .truck, box: PixelBox(x: -3, y: 0.5, width: 300, height: 200), confidence: 1,
                plate: PlateObservation(text: "47A-123.45", confidence: 0.82, cropRef: sha), frameRef: sha),
        ]
        var parser = DetectionParser()
        let batch = parser.parse(detections.map { $0.line(camera: "bmt-nga-sau") }.joined())
        #expect(batch.malformed.isEmpty)
        #expect(batch.detections == detections)
    }

    @Test func aFrameRateOutsideWhatCamerasRecordOrNoCameraIsRefused() {
        #expect(MOTParser(camera: "c", fps: 0, startMillis: 0) == nil)
        #expect(MOTParser(camera: "c", fps: .infinity, startMillis: 0) == nil)
        #expect(MOTParser(camera: "", fps: 10, startMillis: 0) == nil)
    }
}
