import Foundation

/// Text reduced for matching with or without diacritics: lower case, `đ` as `d`,
/// combining marks removed, the typographic apostrophe `’` as `'`, runs of whitespace as
/// one space, no space at either end. `fold("Cư M’gar, Đắk Lắk") == "cu m'gar, dak lak"`.
/// Folding is idempotent; it is the one folding of the code base.
///
/// Letters of the Latin blocks (U+00C0–U+024F, U+1E00–U+1EFF: every Vietnamese letter)
/// fold through a table built once from their canonical decompositions; other text is
/// lower-cased scalar by scalar. The search index and the search box fold alike, so they
/// always agree.
public enum VietnameseFolding {
    public static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func emit(_ bytes: some Sequence<UInt8>) {
            if pendingSpace, !out.isEmpty { out.append(UInt8(ascii: " ")) }
            pendingSpace = false
            out.append(contentsOf: bytes)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: " "), 0x09...0x0D: pendingSpace = true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): emit(CollectionOfOne(byte + 32))
                default: emit(CollectionOfOne(byte))
                }
            } else if (0x0300...0x036F).contains(value) {
                continue
            } else if value == 0x2019 {
                emit(CollectionOfOne(UInt8(ascii: "'")))
            } else if let folded = latin[value] {
                emit(CollectionOfOne(folded))
            } else if scalar.properties.isWhitespace {
                pendingSpace = true
            } else {
                emit(scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when the folded `text` contains the folded `query`; an empty query matches anything.
    public static func matches(_ text: String, query: String) -> Bool {
        let needle = fold(query)
        return needle.isEmpty || fold(text).contains(needle)
    }

    /// Latin letters with diacritics → their lower-case ASCII base letter.
    private static let latin: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [0x0110: UInt8(ascii: "d"), 0x0111: UInt8(ascii: "d")]
        for value in Array(UInt32(0x00C0)...0x024F) + Array(UInt32(0x1E00)...0x1EFF) {
            guard let scalar = Unicode.Scalar(value), table[value] == nil else { continue }
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first?.value ?? value
            guard base != value, base < 0x80, let letter = Unicode.Scalar(base), letter.properties.isAlphabetic else { continue }
            table[value] = UInt8(ascii: Character(letter).lowercased().unicodeScalars.first ?? letter)
        }
        return table
    }()
}
