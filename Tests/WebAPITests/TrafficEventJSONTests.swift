import Foundation
import Testing
import TrafficDesk
@testable import WebAPI

/// A stored event answers with its title in both languages and its summary, said from the
/// codes it stores (the replica keeps no sentences).
@Suite struct TrafficEventJSONTests {
    static let stored = #"""
        {"id": "e1", "scope": "643", "camera": "bmt-01", "timeMillis": 1717200000000, "kind": "speeding", "isViolation": true,
         "vehicleClass": "motorbike", "plate": "47B1-234.56", "speedKmh": 78.4, "speedLimitKmh": 50, "status": "new"}
        """#

    @Test func theTitlesAndSummaryAreSaidFromTheStoredCodes() throws {
        let record = try JSONDecoder().decode(TrafficEventRecord.self, from: Data(Self.stored.utf8))
        let encoded = try JSONEncoder().encode(TrafficEventJSON(record: record))
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(object["titleVI"] as? String == "Chạy quá tốc độ quy định")
        #expect(object["titleEN"] as? String == "Speeding")
        #expect(object["summaryVI"] as? String == "Chạy quá tốc độ quy định – xe máy 47B1-234.56 – 78 km/h (giới hạn 50 km/h)")
        #expect(object["kind"] as? String == "speeding" && object["plate"] as? String == "47B1-234.56")
    }
}
