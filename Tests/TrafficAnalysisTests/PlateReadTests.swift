import Foundation
import Testing

@testable import TrafficAnalysis

@Suite struct PlateReadTests {
    @Test func openALPRResultsGiveOneReadPerPlateWithConfidenceAsAFraction() throws {
        let json = """
            {"version": 2, "data_type": "alpr_results", "epoch_time": 1717200001234, "img_width": 1920, "img_height": 1080,
             "camera_id": 1234, "uuid": "agent-1234-1717200001234",
             "results": [
               {"plate": "47A12345", "confidence": 92.5, "matches_template": 0, "region": "vn", "region_confidence": 40,
                "coordinates": [{"x": 100, "y": 200}, {"x": 180, "y": 202}, {"x": 179, "y": 240}, {"x": 99, "y": 238}],
                "candidates": [{"plate": "47A12345", "confidence": 92.5, "matches_template": 0},
                               {"plate": "47A1234S", "confidence": 80.1, "matches_template": 0}]},
               {"plate": "47B99999", "confidence": 70, "region": ""}
             ]}
            """
        let reads = try PlateReadDecoder.decode(Data(json.utf8))
        #expect(reads.count == 2)
        #expect(reads[0].source == .openALPR)
        #expect(reads[0].cameraID == "1234")
        #expect(reads[0].timeMillis == 1_717_200_001_234)
        #expect(reads[0].text == "47A12345")
        #expect(abs(reads[0].confidence - 0.925) < 1e-9)
        #expect(reads[0].candidates.map(\.text) == ["47A12345", "47A1234S"])
        #expect(reads[0].region == "vn")
        #expect(reads[0].plateBox == PixelBox(x: 99, y: 200, width: 81, height: 40))
        #expect(reads[0].sourceReference == "agent-1234-1717200001234")
        #expect(reads[1].region == nil)
        #expect(reads[1].plateBox == nil)
    }

    @Test func anOpenALPRGroupBecomesOneReadOfItsBestPlate() throws {
        let json = """
            {"data_type": "alpr_group", "epoch_start": 1717200000000, "epoch_end": 1717200003000, "camera_id": "cong-1",
             "best_plate_number": "47A12345", "best_confidence": 91, "best_region": "vn", "best_uuid": "u-1",
             "best_plate": {"plate": "47A12345", "confidence": 93.0, "region": "vn",
                            "coordinates": [{"x": 10, "y": 20}, {"x": 50, "y": 20}, {"x": 50, "y": 35}, {"x": 10, "y": 35}]},
             "candidates": [{"plate": "47A12345", "confidence": 93.0}]}
            """
        let reads = try PlateReadDecoder.decode(Data(json.utf8))
        #expect(reads.count == 1)
        #expect(reads[0].text == "47A12345")
        #expect(abs(reads[0].confidence - 0.93) < 1e-9)
        #expect(reads[0].timeMillis == 1_717_200_000_000)
        #expect(reads[0].cameraID == "cong-1")
        #expect(reads[0].plateBox == PixelBox(x: 10, y: 20, width: 40, height: 15))
        #expect(reads[0].sourceReference == "u-1")
    }

    @Test func aPlateRecognizerWebhookIsDecoded() throws {
        let json = """
            {"hook": {"target": "http://node/plates", "id": "camera-1", "event": "recognition"},
             "data": {"camera_id": "camera-1", "timestamp": "2024-06-01T00:00:01.250Z", "filename": "x.jpg",
                      "results": [{"box": {"xmin": 460, "ymin": 57, "xmax": 557, "ymax": 82}, "plate": "47a12345",
                                   "region": {"code": "vn", "score": 0.41}, "score": 0.839,
                                   "candidates": [{"plate": "47a12345", "score": 0.839}, {"plate": "47a1234s"}], "dscore": 0.44}]}}
            """
        let reads = try PlateReadDecoder.decode(Data(json.utf8))
        #expect(reads.count == 1)
        #expect(reads[0].source == .plateRecognizer)
        #expect(reads[0].timeMillis == 1_717_200_001_250)
        #expect(reads[0].confidence == 0.839)
        #expect(reads[0].plateBox == PixelBox(x: 460, y: 57, width: 97, height: 25))
        #expect(reads[0].candidates == [.init(text: "47a12345", confidence: 0.839), .init(text: "47a1234s", confidence: nil)])
        #expect(reads[0].region == "vn")
    }

    @Test func aPlateRecognizerSnapshotResponseWithALocalTimestampIsTakenAsUTC() throws {
        let json = #"{"camera_id": null, "timestamp": "2024-06-01 07:00:00.5", "results": [{"plate": "47b1", "score": 0.5}]}"#
        let reads = try PlateReadDecoder.decode(Data(json.utf8))
        #expect(reads.first?.timeMillis == 1_717_225_200_500)
        #expect(reads.first?.cameraID == nil)
        #expect(PlateReadDecoder.epochMillis(iso8601: "2024-06-01T07:00:00+07:00") == 1_717_200_000_000)
        #expect(PlateReadDecoder.epochMillis(iso8601: "2024-06-01T07:00") == nil)
    }

    @Test func documentsWithoutPlatesAreRejectedWithAReason() {
        #expect(throws: PlateReadError.unsupportedDataType("heartbeat")) {
            try PlateReadDecoder.decode(Data(#"{"data_type": "heartbeat", "agent_uid": "x"}"#.utf8))
        }
        #expect(throws: PlateReadError.unrecognisedShape) { try PlateReadDecoder.decode(Data(#"{"plates": []}"#.utf8)) }
        #expect(throws: PlateReadError.invalidTimestamp("yesterday")) {
            try PlateReadDecoder.decode(Data(#"{"data": {"timestamp": "yesterday", "results": []}}"#.utf8))
        }
    }

    @Test func aPlateReadIsAttachedToTheTrackWhoseBoxHoldsIt() throws {
        var analyzer = try CameraAnalyzer(geometry: Fixture.plainCamera())
        analyzer.ingest(Fixture.detection(1000, track: 1, x: 200, y: 300, width: 100))
        analyzer.ingest(Fixture.detection(1000, track: 2, x: 600, y: 300, width: 100))
        analyzer.ingest(Fixture.detection(1040, track: 1, x: 200, y: 302, width: 100))
        let read = PlateRead(source: .plateRecognizer, cameraID: "test-cam", timeMillis: 1040, text: "47A-555.55", confidence: 0.7,
                             plateBox: PixelBox(x: 580, y: 260, width: 40, height: 20))
        let attached = analyzer.attach(read)
        #expect(attached)
        #expect(analyzer.evidence[Int(analyzer.slotByTrack[2]!)].bestPlate?.text == "47A-555.55")
        let nowhere = PlateRead(source: .openALPR, cameraID: nil, timeMillis: 1040, text: "X", confidence: 1, plateBox: PixelBox(x: 900, y: 900, width: 5, height: 5))
        let lost = analyzer.attach(nowhere)
        #expect(!lost)
    }
}
