import StaffUI
import Testing

@Suite struct DiacriticFoldingTests {
    @Test func vietnamesePlaceNamesFoldToPlainLowercase() {
        #expect(DiacriticFolding.fold("Cư M'gar Đắk Lắk") == "cu m'gar dak lak")
        #expect(DiacriticFolding.fold("BUÔN MA THUỘT") == "buon ma thuot")
    }

    @Test func everyVowelWithToneAndShapeMarksFolds() {
        #expect(DiacriticFolding.fold("àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ đĐ")
            == "aaaaa aaaaaa aaaaaa eeeee eeeeee iiiii ooooo oooooo oooooo uuuuu uuuuuu yyyyy dd")
    }

    @Test func whitespaceIsCollapsedAndTrimmed() {
        #expect(DiacriticFolding.fold("  Krông \t Năng\n\n Ea   Kar ") == "krong nang ea kar")
    }

    @Test func precomposedAndDecomposedSpellingsFoldAlike() {
        #expect(DiacriticFolding.fold("Lắk") == DiacriticFolding.fold("La\u{0306}\u{0301}k"))
    }

    @Test func foldingIsIdempotentAndKeepsTypographicApostrophesSearchable() {
        let once = DiacriticFolding.fold("Cư M’gar")
        #expect(once == "cu m'gar")
        #expect(DiacriticFolding.fold(once) == once)
    }

    @Test func searchMatchesWithOrWithoutDiacritics() {
        #expect(DiacriticFolding.matches("Rác thải trước chợ Buôn Hồ", query: "cho buon ho"))
        #expect(DiacriticFolding.matches("Rác thải trước chợ Buôn Hồ", query: "CHỢ"))
        #expect(!DiacriticFolding.matches("Rác thải", query: "đường"))
        #expect(DiacriticFolding.matches("anything", query: "  "))
    }
}
