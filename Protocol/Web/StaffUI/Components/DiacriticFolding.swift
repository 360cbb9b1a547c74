import Foundation

/// Folds Vietnamese text for searching with or without diacritics:
/// `fold("Cư M'gar  Đắk Lắk") == "cu m'gar dak lak"`.
public enum DiacriticFolding {
    /// The text lowercased, decomposed (NFD) with every combining mark U+0300–U+036F
    /// dropped, `đ`/`Đ` turned into `d`, the typographic apostrophe `’` into `'`, and runs of
    /// whitespace collapsed to one space with none at either end. Folding is idempotent.
    public static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x0300...0x036F).contains(scalar.value) { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace {
                folded.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "đ", "Đ": folded.append("d")
            case "\u{2019}": folded.append("'")
            default: folded.append(scalar)
            }
        }
        return String(folded)
    }

    /// True when the folded `text` contains the folded `query`; an empty query matches anything.
    public static func matches(_ text: String, query: String) -> Bool {
        let needle = fold(query)
        return needle.isEmpty || fold(text).contains(needle)
    }
}
