import Foundation
import Synthetic
import Testing
import Vietnam

@testable import CyberSecurity

/// The sensors' JSON is read by a scanner of our own; Foundation's `JSONDecoder` and
/// `JSONSerialization` are the reference it must agree with.
@Suite struct SensorJSONTests {
    /// What the readers read with `JSONDecoder` before the scanner: the reference.
    struct WazuhShape: Decodable, Equatable {
        struct Rule: Decodable, Equatable {
            struct Mitre: Decodable, Equatable { var id: [String]? }
            var id: String
            var level: Int
            var description: String
            var groups: [String]?
            var mitre: Mitre?
        }
        struct Agent: Decodable, Equatable {
            var name: String?
            var ip: String?
        }
        struct Predecoder: Decodable, Equatable { var hostname: String? }
        struct Payload: Decodable, Equatable { var srcip: String? }
        var timestamp: String?
        var rule: Rule
        var agent: Agent?
        var predecoder: Predecoder?
        var data: Payload?
    }

    static let awkward = #"""
        { "timestamp" : "2026-12-06T09:15:02.123+0700",
          "rule": {"level": 12, "description": "Tab\there, quote \" slash \/ back \\ \u00e9 \u0110\u1eafk L\u1eafk \ud83d\ude00 line\nend",
                   "id": "5712", "firedtimes": 1.5e3, "groups": ["a\u0062c", "Đắk Lắk"], "mitre": {"id": [], "tactic": [{"x": [1, -0.5, true, null]}]}},
          "agent": {"id": "001", "name": null, "ip": "127.0.0.7"},
          "predecoder": {"hostname": "h\u00f4st"},
          "full_log": "{\"nested\": \"json in a string\"}",
          "data": {"srcip": "127.0.0.99", "list": [[[]], {}, "", 0, -0, 1E+2]}
        }
        """#

    @Test func escapesNumbersAndSkippedMembersReadAsJSONDecoderReadsThem() throws {
        let event = try WazuhAlertReader.event(Array(Self.awkward.utf8), receivedAt: 0)
        let reference = try JSONDecoder().decode(WazuhShape.self, from: Data(Self.awkward.utf8))
        #expect(event.title == reference.rule.description)
        #expect(event.rule == reference.rule.id)
        #expect(event.sensorSeverity == reference.rule.level)
        #expect(event.category == reference.rule.groups?.joined(separator: ","))
        #expect(event.techniques == reference.rule.mitre?.id)
        #expect(event.host == reference.predecoder?.hostname)
        #expect(event.sourceAddress == reference.data?.srcip)
        #expect(event.title.contains("😀") && event.title.contains("Đắk Lắk"))
        #expect(event.raw == Self.awkward)
    }

    @Test func aFieldOfTheWrongTypeIsNamedAsJSONDecoderNamesIt() {
        let cases: [(String, String)] = [
            (#"{"rule": {"id": "1", "level": "7", "description": "d"}}"#, "rule.level"),
            (#"{"rule": {"id": "1", "level": 7.5, "description": "d"}}"#, "rule.level"),
            (#"{"rule": {"id": 1, "level": 7, "description": "d"}}"#, "rule.id"),
            (#"{"rule": {"id": "1", "level": 7, "description": "d", "groups": [1]}}"#, "rule.groups"),
            (#"{"rule": {"id": "1", "level": 7, "description": "d"}, "agent": "web"}"#, "agent"),
            (#"{"rule": {"id": "1", "level": 7, "description": "d"}, "agent": {"name": 3}}"#, "agent.name"),
            (#"{"rule": {"id": "1", "level": 7, "description": null}}"#, "rule.description"),
            (#"{"rule": "5712"}"#, "rule"),
            (#"{"agent": {"name": "web"}}"#, "rule"),
            (#"{"rule": {"level": 7, "description": "d"}}"#, "rule.id"),
        ]
        for (text, field) in cases {
            #expect(throws: SecurityEventProblem.missingField(field), "\(text)") { try WazuhAlertReader.event(Array(text.utf8), receivedAt: 0) }
            #expect(throws: DecodingError.self, "\(text)") { try JSONDecoder().decode(WazuhShape.self, from: Data(text.utf8)) }
        }
    }

    @Test func aSuricataSeverityThatIsNotAWholeNumberIsRefusedNamingIt() {
        let text = SensorSamples.suricataAlert.replacingOccurrences(of: #""severity":1"#, with: #""severity":1.5"#)
        #expect(text != SensorSamples.suricataAlert)
        #expect(throws: SecurityEventProblem.missingField("alert.severity")) { try SuricataEveReader.event(Array(text.utf8), receivedAt: 0) }
    }

    @Test func malformedJSONIsRefusedAsNotJSONLikeJSONSerializationRefusesIt() {
        let bad = [
            "", " ", "{", "}", "{}}", "{} x", #"{"a"}"#, #"{"a" 1}"#, #"{"a":}"#, #"{,"a":1}"#,
            #"{"a":01}"#, #"{"a":1.}"#, #"{"a":.5}"#, #"{"a":1e}"#, #"{"a":-}"#, #"{"a":+1}"#, #"{"a":tru}"#, #"{"a":nul}"#,
            #"{"a":"\x"}"#, #"{"a":"\u12"}"#, #"{"a":"\ud800"}"#, #"{"a":"\udc00"}"#, "{\"a\":\"tab\tin\"}", #"{'a':1}"#, #"{a:1}"#,
            #"{"a":"unclosed}"#, "[1, 2]", "\"text\"", "42", "null",
        ]
        for text in bad {
            #expect(throws: SecurityEventProblem.notJSON, "\(text.prefix(40))") { try WazuhAlertReader.event(Array(text.utf8), receivedAt: 0) }
            #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) == nil, "\(text.prefix(40))")
        }
        #expect(throws: SecurityEventProblem.notJSON) { try SuricataEveReader.event([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D], receivedAt: 0) }
    }

    /// Where Foundation is more lenient than RFC 8259 or nests deeper, the scanner is strict.
    @Test func trailingCommasAndNestingDeeperThan64AreRefused() {
        let deep = String(repeating: "{\"a\":", count: 100) + "1" + String(repeating: "}", count: 100)
        for text in [#"{"a":1,}"#, #"{"a":[1,]}"#, deep] {
            #expect(throws: SecurityEventProblem.notJSON, "\(text.prefix(40))") { try WazuhAlertReader.event(Array(text.utf8), receivedAt: 0) }
        }
    }

    /// Thousands of one-byte mutations of real samples: the scanner refuses as not JSON exactly
    /// what `JSONSerialization` cannot read as an object, and reads what it can as `JSONDecoder` does.
    @Test func mutatedSamplesAreJudgedAsFoundationJudgesThem() throws {
        var random = SplitMix64(seed: 20_261_207)
        let alphabet = Array(#"{}[]:,"\ u0123456789.eE+-tfnal/"#.utf8)
        var agreedValid = 0
        for round in 0..<6_000 {
            var bytes = Array((round % 2 == 0 ? SensorSamples.wazuhBruteForce : Self.awkward).utf8)
            let position = Int(random.next() % UInt64(bytes.count))
            switch random.next() % 3 {
            case 0: bytes.remove(at: position)
            case 1: bytes.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: position)
            default: bytes[position] = alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            let foundation = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any]
            let ours: Result<SecurityEvent, SecurityEventProblem> = Result { () throws(SecurityEventProblem) in try WazuhAlertReader.event(bytes, receivedAt: 0) }
            let text = String(decoding: bytes, as: UTF8.self)
            switch ours {
            case .failure(.notJSON):
                // Foundation also reads a trailing comma, which RFC 8259 does not allow.
                #expect(foundation == nil || text.contains(/,\s*[}\]]/), "refused but Foundation reads it: \(text)")
            case .failure: #expect(foundation != nil, "read as JSON but Foundation refuses it: \(text)")
            case .success(let event):
                #expect(foundation != nil, "read but Foundation refuses it: \(text)")
                if let reference = try? JSONDecoder().decode(WazuhShape.self, from: Data(bytes)) {
                    agreedValid += 1
                    #expect(event.rule == reference.rule.id && event.title == reference.rule.description && event.sensorSeverity == reference.rule.level, "\(text)")
                    #expect(event.techniques == (reference.rule.mitre?.id ?? []) && event.category == (reference.rule.groups ?? []).joined(separator: ","), "\(text)")
                    #expect(event.host == (reference.agent?.name ?? reference.predecoder?.hostname ?? reference.agent?.ip ?? "wazuh"), "\(text)")
                }
            }
        }
        #expect(agreedValid > 500)
    }
}
