import Foundation
import Testing
import Vietnam

@testable import PublicServices

/// The dossier's hand-written JSON must be the bytes `JSONEncoder` wrote before it: stored
/// records are compared byte for byte to decide whether an ingest changes anything.
@Suite struct DossierJSONTests {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    @Test func everyDemoDossierIsWrittenAsJSONEncoderWritesIt() throws {
        let dossiers = DemoDossiers.dossiers(units: ["province", "651", "660"], now: DossierFixtures.at(CivilDate(2026, 11, 30)), perDay: 2)
        #expect(dossiers.count > 500)
        #expect(dossiers.contains { !$0.waits.isEmpty } && dossiers.contains { $0.applicant != nil } && dossiers.contains { !$0.steps.isEmpty })
        for dossier in dossiers {
            #expect(dossier.json == Array(try Self.encoder.encode(dossier)), "\(dossier.code)")
        }
    }

    @Test func awkwardTextIsEscapedAsJSONEncoderEscapesIt() throws {
        var controls = ""
        for byte in UInt8(0)..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(byte)) }
        let awkward = "\(controls) \"quoted\" back\\slash a/b Đắk Lắk 🇻🇳 \u{7F}\u{2028}"
        var dossier = DossierFixtures.dossier(
            received: 1_767_600_000_000, status: .refused, finished: 1_767_700_000_000,
            waits: [DossierWait(kind: .supplement, from: 1_767_610_000_000, until: nil, reason: awkward)], fee: -5, paidOnline: false,
            rating: .dissatisfied, applicant: Applicant(name: awkward, idNumber: nil, phone: "0901/234", address: awkward),
            steps: [ProcessingStep(at: 0, office: awkward, officer: "", action: "Từ chối\ngiải quyết")])
        dossier.refusalReason = awkward
        dossier.handlingOffices = [awkward, ""]
        dossier.updatedAt = Int64.max
        dossier.submittedAt = Int64.min
        #expect(dossier.json == Array(try Self.encoder.encode(dossier)))
        #expect(try JSONDecoder().decode(Dossier.self, from: Data(dossier.json)) == dossier)
    }

    @Test func aDossierWithOnlyItsRequiredFieldsLeavesTheOthersOut() throws {
        let dossier = Dossier(
            code: "X", procedure: .init(code: "1", name: "P"), field: .tax, unit: "651", channel: .postal, receivedAt: 0, status: .received)
        let text = String(decoding: dossier.json, as: UTF8.self)
        #expect(text == #"{"channel":"buu-chinh","code":"X","field":{"code":"thue","englishName":"Tax","name":"Thuế"},"handlingOffices":[],"procedure":{"code":"1","name":"P"},"receivedAt":0,"status":"da-tiep-nhan","steps":[],"unit":"651","waits":[]}"#)
        #expect(dossier.json == Array(try Self.encoder.encode(dossier)))
    }

    @Test func stepsAndApplicantsAreWrittenAsJSONEncoderWritesThem() throws {
        let step = ProcessingStep(at: 1_767_600_000_000, office: "Phòng Tư pháp", officer: "Nguyễn Văn A", action: "Tiếp nhận")
        let applicant = Applicant(name: "Trần Thị B", idNumber: "066123456789")
        #expect(step.json == Array(try Self.encoder.encode(step)))
        #expect(applicant.json == Array(try Self.encoder.encode(applicant)))
    }
}
