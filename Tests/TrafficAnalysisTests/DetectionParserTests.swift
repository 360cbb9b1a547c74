import Foundation
import Synthetic
import Testing
import TrafficForecast

@testable import TrafficAnalysis

@Suite struct DetectionParserTests {
    let sha = String(repeating: "ab12", count: 16)

    @Test func aWellFormedLineYieldsEveryField() throws {
        var parser = DetectionParser()
        let batch = parser.parse("cam-01,1717200000040,17,car,612.5,401.25,85,60.1,0.91,47A-123.45,0.82,\(sha),\(sha.uppercased())\n")
        #expect(batch.malformed.isEmpty)
        let d = try #require(batch.detections.first)
        #expect(batch.cameraID(of: d) == "cam-01")
        #expect(d.timeMillis == 1_717_200_000_040)
        #expect(d.trackID == 17)
        #expect(d.vehicleClass == .car)
        #expect(d.box == PixelBox(x: 612.5, y: 401.25, width: 85, height: 60.1))
        #expect(d.confidence == 0.91)
        #expect(d.plate == PlateObservation(text: "47A-123.45", confidence: 0.82, cropRef: sha))
        #expect(d.frameRef == sha.uppercased())
    }

    @Test func frameTimesCountFromTheCamerasStreamStart() {
        var parser = DetectionParser(streamStartMillis: 1_000_000, streamStartMillisByCamera: ["b": 5_000_000])
        let batch = parser.parse("a,f1200@25,1,car,1,1,2,2,0.5\nb,f3@30,1,car,1,1,2,2,0.5\na,f1@29.97,1,car,1,1,2,2,0.5\n")
        #expect(batch.malformed.isEmpty)
        let expected: [Int64] = [1_048_000, 5_000_100, 1_000_033]
        #expect(batch.detections.map(\.timeMillis) == expected)
    }

    @Test func integerClassesAreZeroBasedCOCOIds() {
        var parser = DetectionParser()
        let batch = parser.parse((0...7).map { "c,1,\($0),\($0),1,1,2,2,0.5" }.joined(separator: "\n"))
        #expect(batch.detections.map(\.vehicleClass) == [.pedestrian, .bicycle, .car, .motorbike, .bus, .truck])
        #expect(batch.malformed.map(\.lineNumber) == [5, 7])
        #expect(batch.malformed.first?.error == .unknownClassID(4))
    }

    @Test func classNamesIncludeTheCOCOSpellings() {
        var parser = DetectionParser()
        let batch = parser.parse("c,1,1,motorcycle,1,1,2,2,0.5\nc,1,2,person,1,1,2,2,0.5\nc,1,3,Car,1,1,2,2,0.5\n")
        #expect(batch.detections.map(\.vehicleClass) == [.motorbike, .pedestrian])
        #expect(batch.malformed.first?.error == .unknownClass("Car"))
    }

    @Test func malformedLinesAreReportedWithLineNumbersAndTheRestIsKept() {
        let text = """
            # exported by tracker v2
            cam,1000,1,car,10,10,40,30,0.9
            cam,1040,2,car,10,10,abc,30,0.9
            cam,1040,3,xe-tải-lớn,10,10,40,30,0.9

            cam,1080,4,bus,10,10,-5,30,0.9
            cam,1080,5,bus,10,10,5,30
            cam,1120,6,truck,10,10,5,30,1.7
            cam,1120,7,truck,10,10,5,30,0.7,,,not-a-hash,
            cam,later,8,truck,10,10,5,30,0.7
            cam,1160,9,motorbike,10,10,5,0,0.7
            cam,1200,10,bicycle,10,10,5,6,0.7,,,,,extra
            cam,1240,11,pedestrian,10,10,5,6,0.7
            """
        var parser = DetectionParser()
        let batch = parser.parse(text)
        #expect(batch.detections.map(\.trackID) == [1, 11])
        let reported = batch.malformed.map { "\($0)" }
        #expect(reported == [
            "line 3: field 7 (w) is not a number: 'abc'",
            "line 4: unknown class 'xe-tải-lớn' (expected motorbike, bicycle, car, bus, truck, pedestrian or a COCO id 0,1,2,3,5,7)",
            "line 6: box has negative width (-5.0)",
            "line 7: expected 9 to 13 comma-separated fields (camera,time,track,class,x,y,w,h,confidence[,plate,plate_confidence,plate_crop,frame_ref]), found 8",
            "line 8: field 9 (confidence) is 1.7, outside 0…1 (scale percentages to fractions)",
            "line 9: field 12 (plate_crop) 'not-a-hash' is not a hex SHA-256 (64 hex digits)",
            "line 10: field 2 (time) 'later' is neither epoch milliseconds nor f<frame>@<fps>",
            "line 11: box has zero height",
            "line 12: expected 9 to 13 comma-separated fields (camera,time,track,class,x,y,w,h,confidence[,plate,plate_confidence,plate_crop,frame_ref]), found 14",
        ])
        #expect(batch.malformed[0].excerpt == "cam,1040,2,car,10,10,abc,30,0.9")
    }

    @Test func oversizedLinesAreMalformedAndParsingGoesOn() {
        let long = "cam,1,1,car,1,1,2,2,0.5,\(String(repeating: "X", count: 5000)),,,"
        var parser = DetectionParser()
        let batch = parser.parse("\(long)\ncam,2,2,car,1,1,2,2,0.5\n")
        #expect(batch.detections.map(\.trackID) == [2])
        #expect(batch.malformed.count == 1)
        #expect(batch.malformed.first?.lineNumber == 1)
        #expect(batch.malformed.first?.error == .lineTooLong(bytes: long.utf8.count))
    }

    @Test func paddingCarriageReturnsAndMissingTrailingFieldsAreAccepted() {
        var parser = DetectionParser()
        let batch = parser.parse("  cam , 5 , 3 , bus , 1.5 , 2 , 3e1 , 4 , .5 \r\ncam,6,3,bus,1,2,3,4,0.5,47B1-234.56\r\n")
        #expect(batch.malformed.isEmpty)
        #expect(batch.detections.count == 2)
        #expect(batch.detections[0].box == PixelBox(x: 1.5, y: 2, width: 30, height: 4))
        #expect(batch.detections[0].confidence == 0.5)
        #expect(batch.detections[1].plate == PlateObservation(text: "47B1-234.56"))
        #expect(batch.cameraIDs == ["cam"])
    }

    @Test func cameraIndicesAreInternedAndStableAcrossCalls() {
        var parser = DetectionParser()
        let first = parser.parse("a,1,1,car,1,1,2,2,0.5\nb,1,1,car,1,1,2,2,0.5\na,2,1,car,1,1,2,2,0.5\n")
        let second = parser.parse("b,3,1,car,1,1,2,2,0.5\nc,3,1,car,1,1,2,2,0.5\n")
        #expect(first.detections.map(\.cameraIndex) == [0, 1, 0])
        #expect(second.detections.map(\.cameraIndex) == [1, 2])
        #expect(second.cameraIDs == ["a", "b", "c"])
        #expect(parser.linesRead == 5)
    }

    @Test func streamingChunksAtAnyByteGiveTheSameResultAsOneParse() throws {
        var scenario = SyntheticScenario()
        scenario.durationSeconds = 20
        scenario.noise.falseDetectionsPerFrame = 0.3
        let traffic = try SyntheticTraffic(cameras: [SyntheticTraffic.demoCamera()], scenario: scenario)
        let text = traffic.text + Array("cam,1,1,car,1,1,oops,2,0.5\n".utf8) + Array(repeating: 65, count: 6000) + Array("\ncam,9,9,car,1,1,2,2,0.5".utf8)
        var whole = DetectionParser()
        let expected = whole.parse(text)
        var streaming = DetectionParser()
        var batch = DetectionBatch()
        var rng = SplitMix64(seed: 7)
        var i = 0
        text.withUnsafeBytes { all in
            while i < all.count {
                let n = min(all.count - i, 1 + Int(rng.next() % 3000))
                streaming.feed(UnsafeRawBufferPointer(rebasing: all[i..<(i + n)]), into: &batch)
                i += n
            }
        }
        streaming.finish(into: &batch)
        #expect(batch.detections == expected.detections)
        #expect(batch.malformed.map(\.lineNumber) == expected.malformed.map(\.lineNumber))
        #expect(batch.malformed.map(\.error) == expected.malformed.map(\.error))
        #expect(expected.malformed.count == 2)
    }

    @Test func decimalsParseExactlyLikeTheStandardLibrary() {
        var rng = SplitMix64(seed: 99)
        for _ in 0..<2000 {
            let whole = Int(rng.next() % 5000) - 1000
            let frac = rng.next() % 1000
            let text = "\(whole).\(String(frac + 1000).dropFirst())"
            let bytes = Array(text.utf8)
            let parsed = bytes.withUnsafeBufferPointer { DetectionParser.parseDouble($0.baseAddress!, 0, $0.count) }
            #expect(parsed == Double(text), "\(text)")
        }
        for bad in ["", "-", ".", "1e", "nan", "inf", "1.2.3", "0x10", "1,5"] {
            let bytes = Array(bad.utf8) + [0]
            #expect(bytes.withUnsafeBufferPointer { DetectionParser.parseDouble($0.baseAddress!, 0, $0.count - 1) } == nil, "\(bad)")
        }
    }

    @Test func aJSONBatchDecodesAndReportsBadDetectionsByPosition() throws {
        let json = """
            {"camera": "cam-j", "detections": [
              {"t": 1717200000040, "track": 7, "class": "car", "box": [10, 20, 30, 40], "conf": 0.9,
               "plate": {"text": "47A-123.45", "conf": 0.8, "crop": "\(sha)"}, "frame_ref": "\(sha)"},
              {"frame": 50, "fps": 25, "track": 8, "class": 3, "box": [1, 2, 3, 4], "conf": 0.5},
              {"t": 1, "track": 9, "class": "tank", "box": [1, 2, 3, 4], "conf": 0.5},
              {"t": 1, "track": 10, "class": "car", "box": [1, 2, 3], "conf": 0.5},
              {"track": 11, "class": "car", "box": [1, 2, 3, 4], "conf": 0.5},
              {"t": 1, "track": "x", "class": "car", "box": [1, 2, 3, 4], "conf": 0.5}
            ]}
            """
        var parser = DetectionParser(streamStartMillis: 1_000)
        let batch = try parser.parseJSON(Data(json.utf8))
        #expect(batch.detections.map(\.trackID) == [7, 8])
        #expect(batch.detections[0].plate == PlateObservation(text: "47A-123.45", confidence: 0.8, cropRef: sha))
        #expect(batch.detections[1].timeMillis == 3_000)
        #expect(batch.detections[1].vehicleClass == .motorbike)
        #expect(batch.malformed.map(\.lineNumber) == [3, 4, 5, 6])
        #expect(batch.malformed[0].error == .unknownClass("tank"))
    }

    @Test func aJSONDocumentWithoutDetectionsIsRejected() {
        var parser = DetectionParser()
        #expect(throws: DetectionJSONError.missingField("detections")) { try parser.parseJSON(Data(#"{"camera":"x"}"#.utf8)) }
        #expect(throws: DetectionJSONError.emptyCamera) { try parser.parseJSON(Data(#"{"camera":"","detections":[]}"#.utf8)) }
        #expect(throws: (any Error).self) { try parser.parseJSON(Data("not json".utf8)) }
    }

    /// Found by the schemathesis scan: a frame time beyond Int64 crashed the node.
    @Test func aFrameTimeTooFarOrAnFPSOutOfRangeIsRefusedNotOverflowed() throws {
        let json = """
            {"camera": "cam-j", "detections": [
              {"frame": 6000, "fps": 1.1754943508222875e-38, "track": 1, "class": "car", "box": [1, 2, 3, 4], "conf": 0.5},
              {"frame": 9223372036854775807, "fps": 25, "track": 2, "class": "car", "box": [1, 2, 3, 4], "conf": 0.5},
              {"frame": 10, "fps": 5e300, "track": 3, "class": "car", "box": [1, 2, 3, 4], "conf": 0.5},
              {"frame": 25, "fps": 25, "track": 4, "class": "car", "box": [1, 2, 3, 4], "conf": 0.5}
            ]}
            """
        var parser = DetectionParser(streamStartMillis: 1_000)
        let batch = try parser.parseJSON(Data(json.utf8))
        #expect(batch.detections.map(\.trackID) == [4] && batch.detections.first?.timeMillis == 2_000)
        #expect(batch.malformed.map(\.lineNumber) == [1, 2, 3])
        var text = DetectionParser(streamStartMillis: 0)
        #expect(text.parse("a,f6000@0.0000001,1,car,1,1,2,2,0.5\na,f99999999999999@1,1,car,1,1,2,2,0.5\n").detections.isEmpty)
    }
}
