import FieldReports
import StaffUI
import Testing
import TrafficAnalysis
import TrafficDesk
import TrafficPlates

/// Refusals are codes with values; the one table says them in Vietnamese and in English.
@Suite struct LocalizationTests {
    @Test func aGeometryRefusalNamesTheZoneInBothLanguages() {
        let error = GeometryError.degeneratePolygon(zone: "z", reason: "edges 1 and 3 cross each other")
        #expect(Localizer(.vi).message(error).contains("Vùng 'z' không hợp lệ"))
        #expect(Localizer(.en).message(error).contains("zone 'z'"))
    }

    @Test func aWorkflowRefusalNamesTheActionAndTheStatusInTheReadersLanguage() {
        let error = RecordError(.conflict, .actionNotAllowed(.close, from: .received), field: "action")
        #expect(Localizer(.vi).message(error) == "Không thể đóng khi hồ sơ mới tiếp nhận")
        #expect(Localizer(.en).message(error) == "Cannot close a case that is received")
    }

    @Test func aMissingInputIsNamedByItsLabelNotItsCode() {
        let error = RecordError.invalid("reason", .requiredFor(.reject))
        #expect(Localizer(.vi).message(error) == "Cần lý do cho thao tác “Không đủ điều kiện”")
        #expect(Localizer(.en).message(error) == "Reason is required for “Mark ineligible”")
    }

    @Test func bilingualTextPutsVietnameseFirst() {
        #expect(Localizer.bilingual { $0.message(RecordError.invalid("rating", .ratingOutOfRange)) } == "Đánh giá từ 1 đến 5 sao / Rating must be 1–5 stars")
    }

    @Test func everyRecordRefusalReadsDifferentlyInTheTwoLanguages() {
        let reasons: [RecordError.Reason] = [
            .emptyBody, .notAnObject, .required, .tooLong(max: 300), .invalidPhone, .invalidEmail, .locationOrAddressRequired,
            .outsideProvince(latitude: 21.03, longitude: 105.85), .trackingCodeNotFound("BMT-1"), .notYetResolved, .transferred(to: "Ea Kar"),
            .caseNotFound("x"), .unknownCategory("x", choices: ["xa-rac"]), .passwordTooShort(min: 8),
        ]
        for reason in reasons {
            let error = RecordError(.invalidInput, reason, field: "description")
            #expect(Localizer(.vi).message(error) != Localizer(.en).message(error), "\(reason)")
        }
    }

    @Test func aTrafficRefusalSaysWhichCameraAndWhy() {
        let error = TrafficDeskError.cameraOutsideDistrict(camera: "bmt-01", district: "643")
        #expect(Localizer(.vi).message(error).contains("bmt-01"))
        #expect(Localizer(.en).message(error) == "Camera 'bmt-01' belongs to district 643")
    }

    @Test func aStandstillIsCalledACongestionInVietnamese() {
        #expect(Localizer(.vi).congestion(CongestionLevel.stationary).contains("Ùn tắc"))
    }

    @Test func theEightCompassPointsHaveTheirVietnameseNames() {
        #expect(CompassDirection.allCases.map { Localizer(.vi).compass($0) } == ["Bắc", "Đông Bắc", "Đông", "Đông Nam", "Nam", "Tây Nam", "Tây", "Tây Bắc"])
        #expect(Localizer(.vi).heading(.northEast) == "Hướng Đông Bắc")
    }

    @Test func anEventTitleIsSaidFromItsStoredCodeAndSubject() {
        #expect(Localizer(.vi).eventTitle(code: "red_light", subject: "SL1", level: nil) == "Vượt đèn đỏ tại SL1")
        #expect(Localizer(.en).eventTitle(code: "congestion_raised", subject: nil, level: .congested) == "Congestion raised: Congested")
        #expect(Localizer(.vi).eventTitle(TrafficEventKind.sidewalkEncroachment(zone: "vh")) == "Đi xe trên vỉa hè (vh)")
    }
}
