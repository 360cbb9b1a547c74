import Foundation
import Testing
import Vietnam

/// Search folds text so that it matches with or without diacritics: one folding for the
/// search index and the search box.
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

    @Test func vietnamesePlaceNamesFoldToPlainLowercase() {
        #expect(VietnameseFolding.fold("Cư M'gar Đắk Lắk") == "cu m'gar dak lak")
        #expect(VietnameseFolding.fold("BUÔN MA THUỘT") == "buon ma thuot")
    }

    @Test func everyVowelWithToneAndShapeMarksFolds() {
        #expect(VietnameseFolding.fold("àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ đĐ")
            == "aaaaa aaaaaa aaaaaa eeeee eeeeee iiiii ooooo oooooo oooooo uuuuu uuuuuu yyyyy dd")
    }

    @Test func whitespaceIsCollapsedAndTrimmed() {
        #expect(VietnameseFolding.fold("  Krông \t Năng\n\n Ea   Kar ") == "krong nang ea kar")
    }

    @Test func precomposedAndDecomposedSpellingsFoldAlike() {
        #expect(VietnameseFolding.fold("Lắk") == VietnameseFolding.fold("La\u{0306}\u{0301}k"))
    }

    @Test func foldingIsIdempotentAndKeepsTypographicApostrophesSearchable() {
        let once = VietnameseFolding.fold("Cư M’gar")
        #expect(once == "cu m'gar")
        #expect(VietnameseFolding.fold(once) == once)
    }

    @Test func searchMatchesWithOrWithoutDiacritics() {
        #expect(VietnameseFolding.matches("Rác thải trước chợ Buôn Hồ", query: "cho buon ho"))
        #expect(VietnameseFolding.matches("Rác thải trước chợ Buôn Hồ", query: "CHỢ"))
        #expect(!VietnameseFolding.matches("Rác thải", query: "đường"))
        #expect(VietnameseFolding.matches("anything", query: "  "))
    }
}
