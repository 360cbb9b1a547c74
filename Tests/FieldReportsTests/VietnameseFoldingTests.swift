import Foundation
import FieldReports
import Testing

/// Search folds text so that it matches with or without diacritics.
@Suite struct VietnameseFoldingTests {
    @Test func foldingDropsEveryVietnameseDiacriticAndLowersCase() {
        #expect(VietnameseFolding.fold("Cư M'gar, Đắk Lắk") == "cu m'gar, dak lak")
        #expect(VietnameseFolding.fold("KRÔNG NĂNG – Buôn Hồ") == "krong nang – buon ho")
        #expect(VietnameseFolding.fold("Lấn chiếm vỉa hè, rác thải ở chợ Ea Kar") == "lan chiem via he, rac thai o cho ea kar")
        #expect(VietnameseFolding.fold("ỳỷỹỵý ỲỶỸỴÝ") == "yyyyy yyyyy")
    }

    @Test func decomposedInputFoldsLikeComposedInput() {
        let composed = "Nguyễn Thị Ánh Tuyết"
        #expect(VietnameseFolding.fold(composed.decomposedStringWithCanonicalMapping) == VietnameseFolding.fold(composed))
        #expect(VietnameseFolding.fold(composed) == "nguyen thi anh tuyet")
    }

    @Test func whitespaceRunsBecomeOneSpaceAndTheEndsAreTrimmed() {
        #expect(VietnameseFolding.fold("  Ea \t\n  Kar\u{00A0} ") == "ea kar")
        #expect(VietnameseFolding.fold("") == "")
    }
}
