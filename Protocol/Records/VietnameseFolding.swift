import Foundation

/// Text reduced for matching with or without diacritics: lower case, `đ` as `d`,
/// combining marks removed, runs of whitespace as one space.
/// `fold("Cư M'gar, Đắk Lắk") == "cu m'gar, dak lak"`.
public enum VietnameseFolding {
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0111, 0x0110: out.append("d")
            default:
                if scalar.properties.isWhitespace {
                    if !lastWasSpace { out.append(" ") }
                    lastWasSpace = true
                    continue
                }
                out.append(scalar)
            }
            lastWasSpace = false
        }
        return String(out).trimmingCharacters(in: .whitespaces)
    }
}
