/// How the districts' figures of an indicator make the province's.
public enum AggregationRule: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The province's figure is the districts' sum (output, revenue, tourists).
    case sum
    /// The mean of the districts' figures weighted by another indicator of the same period
    /// (a rate weighted by population).
    case weightedMean(by: String)
    /// Districts' figures do not add up to the province's (indices, growth rates, scores).
    case none

    /// `sum`, `mean:POP`, `none`.
    public var description: String {
        switch self {
        case .sum: "sum"
        case .weightedMean(let weight): "mean:\(weight)"
        case .none: "none"
        }
    }

    public init?(parsing text: String) {
        switch text {
        case "sum": self = .sum
        case "none": self = .none
        default:
            guard text.hasPrefix("mean:"), text.count > 5 else { return nil }
            self = .weightedMean(by: String(text.dropFirst(5)))
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let rule = AggregationRule(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an aggregation rule: \(text)"))
        }
        self = rule
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
