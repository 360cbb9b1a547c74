/// A camera's or operator's read of a Vietnamese registration plate, with the keys to match it by.
///
/// Parsing never loses a read: anything with a letter or digit yields a `key`. Two reads are the same
/// plate when their `key`s are equal (`47A-123.45`, `47a 123 45` and `47A12345` all give `47A12345`);
/// they may be the same plate misread when their `confusableKey`s are equal. Encodes as the raw read and
/// re-parses on decode, so keys always follow the current grammar.
public struct VehiclePlate: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Status: String, Codable, Hashable, Sendable {
        /// Fits the plate grammar as read.
        case recognised
        /// Fits only after O/0, I/1 or B/8 swaps where the grammar wants the other kind; `display`
        /// shows the corrected plate.
        case corrected
        /// Does not fit the grammar; only `key` is meaningful.
        case unrecognised
    }

    /// Đắk Lắk's registration code.
    public static let dakLakProvinceCode = 47

    /// The read as received.
    public let raw: String
    /// Uppercase ASCII letters and digits of the read (Đ read as D): `47A12345`. Never empty.
    public let key: String
    /// Equal for reads differing only by O/0, I/1 or B/8 confusions; nil for unrecognised reads.
    public let confusableKey: String?
    public let status: Status
    public let provinceCode: Int?
    /// Letters and optional digit between province and number: `A`, `LD`, `B1`, `MD1`.
    public let series: String?
    /// The 4 or 5 digit number.
    public let number: String?
    /// `47A-123.45`, `47B1-234.56`, `47A-1234`, `80NG-123-45`; the key for unrecognised reads.
    public let display: String

    public init(parsing raw: String) throws(PlateTracingError) {
        let reading = PlateGrammar.read(raw)
        guard !reading.characters.isEmpty else { throw .emptyRead(raw: raw) }
        self.raw = raw
        key = reading.key
        if let parse = PlateGrammar.bestParse(reading) {
            status = parse.substitutions == 0 ? .recognised : .corrected
            confusableKey = PlateGrammar.confusableKey(reading.characters)
            provinceCode = parse.provinceCode
            series = parse.series
            number = parse.number
            display = PlateGrammar.display(parse)
        } else {
            status = .unrecognised
            confusableKey = nil
            provinceCode = nil
            series = nil
            number = nil
            display = reading.key
        }
    }

    public var isRecognised: Bool { status != .unrecognised }
    public var isRegisteredInDakLak: Bool { provinceCode == Self.dakLakProvinceCode }
    /// The key reads of the same physical plate share, misreads included: the confusable key when there is one.
    public var matchKey: String { confusableKey ?? key }

    public var description: String { display }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(parsing: raw)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(raw)
    }
}
