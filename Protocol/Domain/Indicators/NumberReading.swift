/// How a number written by hand or in a spreadsheet reads: statistics offices write
/// `1.318.885` and `7,37` (Vietnamese: `.` groups thousands, `,` marks decimals); exports and
/// English documents write `1,318,885` and `7.37`.
///
/// Guarantees: a text readable only one way is `.number`; `1.318` and `1,318` (one separator
/// followed by exactly three digits) read two ways and are `.ambiguous` with both values,
/// the Vietnamese reading first; anything that is not a number (letters, misplaced groups,
/// two signs) is `.unreadable`. Spaces, non-breaking spaces and a trailing `%` are ignored.
public enum NumberReading: Sendable, Hashable {
    case number(Double)
    case ambiguous(vietnamese: Double, english: Double)
    case unreadable
    /// Nothing but spaces.
    case empty

    public init(_ text: String) {
        var body = String(text.unicodeScalars.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" && $0 != "\t" })
        if body.hasSuffix("%") { body.removeLast() }
        guard !body.isEmpty else {
            self = .empty
            return
        }
        var negative = false
        if let first = body.first, first == "-" || first == "+" || first == "−" {
            negative = first != "+"
            body.removeFirst()
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }), body.first?.isNumber == true,
            body.last?.isNumber == true
        else {
            self = .unreadable
            return
        }
        func signed(_ v: Double) -> Double { negative ? -v : v }
        let dots = body.filter { $0 == "." }.count, commas = body.filter { $0 == "," }.count
        switch (dots, commas) {
        case (0, 0):
            self = Double(body).map { .number(signed($0)) } ?? .unreadable
        case (_, 0), (0, _):
            let separator: Character = dots > 0 ? "." : ","
            let parts = body.split(separator: separator, omittingEmptySubsequences: false)
            let grouped = Self.isGrouped(parts)
            if parts.count == 2 {
                let asDecimal = Double(parts[0] + "." + parts[1])
                let asThousands = grouped ? Double(parts.joined()) : nil
                switch (asDecimal, asThousands) {
                case (let d?, let t?):
                    self = separator == "." ? .ambiguous(vietnamese: signed(t), english: signed(d)) : .ambiguous(vietnamese: signed(d), english: signed(t))
                case (let d?, nil): self = .number(signed(d))
                default: self = .unreadable
                }
            } else {
                self = grouped ? Double(parts.joined()).map { .number(signed($0)) } ?? .unreadable : .unreadable
            }
        default:
            // Both: the last separator marks the decimals, the other groups thousands.
            let decimalMark: Character = body.lastIndex(of: ",")! > body.lastIndex(of: ".")! ? "," : "."
            let groupMark: Character = decimalMark == "," ? "." : ","
            let halves = body.split(separator: decimalMark, omittingEmptySubsequences: false)
            guard halves.count == 2, !halves[1].contains(groupMark) else {
                self = .unreadable
                return
            }
            let groups = halves[0].split(separator: groupMark, omittingEmptySubsequences: false)
            guard Self.isGrouped(groups), let v = Double(groups.joined() + "." + halves[1]) else {
                self = .unreadable
                return
            }
            self = .number(signed(v))
        }
    }

    /// A first group of 1–3 digits, then groups of exactly 3.
    static func isGrouped(_ parts: [Substring]) -> Bool {
        guard let first = parts.first, (1...3).contains(first.count) else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// The value in the reader's convention: for an ambiguous text, the Vietnamese reading
    /// when `vietnamese`, else the English one; nil when unreadable or empty.
    public func value(vietnamese: Bool) -> Double? {
        switch self {
        case .number(let v): v
        case .ambiguous(let vi, let en): vietnamese ? vi : en
        case .unreadable, .empty: nil
        }
    }
}
