import Foundation

/// The grammar of Vietnamese registration plates and the OCR-confusion rules, used by ``VehiclePlate``.
///
/// A plate is a 2-digit province code (11–99), a series of 1–2 letters optionally followed by 1 digit
/// (`A`, `LD`, `B1`, `MD1`), and a 4-digit (older) or 5-digit number. Separators in the read (dash, dot,
/// space, line break) are hints: a parse that puts them where plates print them (after the province,
/// after the series, inside a 5-digit number after its third digit) is preferred.
enum PlateGrammar {
    /// Uppercase ASCII letters and digits of a read, and where separators stood.
    struct Reading {
        var characters: [UInt8]
        /// Index `i` means a separator stood just before `characters[i]`.
        var boundaries: Set<Int>

        var key: String { String(decoding: characters, as: UTF8.self) }
    }

    struct Parse: Equatable {
        var provinceCode: Int
        var series: String
        var number: String
        /// Characters changed by OCR-confusion rules to fit the grammar.
        var substitutions: Int
    }

    /// Series whose numbers print as `123-45` (diplomatic, international organisations, foreigners).
    static let hyphenatedSeries: Set<String> = ["NG", "QT", "NN"]

    private static let toDigit: [UInt8: UInt8] = [ascii("O"): ascii("0"), ascii("I"): ascii("1"), ascii("B"): ascii("8")]
    private static let toLetter: [UInt8: UInt8] = [ascii("0"): ascii("O"), ascii("1"): ascii("I"), ascii("8"): ascii("B")]

    static func read(_ raw: String) -> Reading {
        let folded = raw.replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
            .folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil).uppercased()
        var reading = Reading(characters: [], boundaries: [])
        var separated = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, isDigit(UInt8(scalar.value)) || isLetter(UInt8(scalar.value)) {
                if separated, !reading.characters.isEmpty { reading.boundaries.insert(reading.characters.count) }
                reading.characters.append(UInt8(scalar.value))
                separated = false
            } else {
                separated = true
            }
        }
        return reading
    }

    /// The parse needing the fewest confusion substitutions plus misplaced separators; ties prefer no
    /// substitution, a 5-digit number, no series digit, a 1-letter series. Nil when nothing fits.
    static func bestParse(_ reading: Reading) -> Parse? {
        let characters = reading.characters
        guard (7...10).contains(characters.count) else { return nil }
        var best: (rank: [Int], parse: Parse)?
        for letters in 1...2 {
            for seriesDigits in 0...1 {
                for numberLength in [5, 4] where 2 + letters + seriesDigits + numberLength == characters.count {
                    let seriesEnd = 2 + letters + seriesDigits
                    var corrected = characters
                    var substitutions = 0
                    var fits = true
                    for index in characters.indices {
                        let wantsLetter = (2..<(2 + letters)).contains(index)
                        let character = characters[index]
                        if wantsLetter ? isLetter(character) : isDigit(character) { continue }
                        guard let replacement = (wantsLetter ? toLetter : toDigit)[character] else {
                            fits = false
                            break
                        }
                        corrected[index] = replacement
                        substitutions += 1
                    }
                    guard fits else { continue }
                    let expectedBoundaries: Set<Int> = numberLength == 5 ? [2, seriesEnd, seriesEnd + 3] : [2, seriesEnd]
                    let misplaced = reading.boundaries.subtracting(expectedBoundaries).count
                    guard let province = Int(String(decoding: corrected[0..<2], as: UTF8.self)), province >= 11 else { continue }
                    let parse = Parse(
                        provinceCode: province, series: String(decoding: corrected[2..<seriesEnd], as: UTF8.self),
                        number: String(decoding: corrected[seriesEnd...], as: UTF8.self), substitutions: substitutions)
                    let rank = [substitutions + misplaced, substitutions, numberLength == 5 ? 0 : 1, seriesDigits, letters]
                    if let incumbent = best, !rank.lexicographicallyPrecedes(incumbent.rank) { continue }
                    best = (rank, parse)
                }
            }
        }
        return best?.parse
    }

    /// A key under which reads differing only by O/0, I/1 or B/8 coincide. The third character (the
    /// first of the series) is always a letter, so there digits become letters; everywhere else letters
    /// become digits — including the ambiguous series tail, consistently for every read. Not for display.
    static func confusableKey(_ characters: [UInt8]) -> String {
        var mapped = characters
        for index in mapped.indices {
            if index == 2 {
                mapped[index] = toLetter[mapped[index]] ?? mapped[index]
            } else {
                mapped[index] = toDigit[mapped[index]] ?? mapped[index]
            }
        }
        return String(decoding: mapped, as: UTF8.self)
    }

    static func display(_ parse: Parse) -> String {
        let number = Array(parse.number)
        let formatted: String
        if number.count == 5 {
            let separator = hyphenatedSeries.contains(parse.series) ? "-" : "."
            formatted = String(number[0..<3]) + separator + String(number[3...])
        } else {
            formatted = parse.number
        }
        return "\(parse.provinceCode)\(parse.series)-\(formatted)"
    }

    private static func ascii(_ character: Character) -> UInt8 { character.asciiValue ?? 0 }
    private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
    private static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) }
}
