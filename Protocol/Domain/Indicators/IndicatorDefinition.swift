import Foundation
import Vietnam

/// One indicator of the catalog (reference data edited at the hub): what it measures, how
/// often, how districts add up to the province and how it is judged.
///
/// Guarantees: a definition that passes `validated()` has a code of 2–32 letters, digits,
/// `_` or `.`, both names, a unit and a group; the JSON form (`Codable`) uses the API's
/// field names and is the entity's document.
public struct IndicatorDefinition: Sendable, Hashable, Codable {
    public var code: String
    public var nameVi: String
    public var nameEn: String
    public var group: String
    /// As printed beside the figure ("tỷ đồng", "tấn", "%", "lượt người").
    public var unit: String
    /// The finest period it is reported for; coarser periods (a quarter of a monthly
    /// indicator, the first 6 months, the year) may be reported too.
    public var frequency: ReportingFrequency
    public var aggregation: AggregationRule
    public var nature: IndicatorNature
    public var higherIsBetter: Bool
    /// The agency that publishes it (Cục Thống kê, Sở Tài chính, …).
    public var source: String
    public var definition: String
    /// The price index (previous year = 100) that turns growth of this indicator at current
    /// prices into growth at comparable prices; nil when there is none.
    public var deflator: String?
    public var deadline: ReportingDeadline
    /// Whether each district reports it (otherwise only the province has figures).
    public var districtReported: Bool
    /// Kept, but no longer asked for.
    public var retired: Bool

    enum CodingKeys: String, CodingKey {
        case code, group, unit, frequency, aggregation, nature, source, definition, deflator, deadline, retired
        case nameVi = "name_vi"
        case nameEn = "name_en"
        case higherIsBetter = "higher_is_better"
        case districtReported = "district_reported"
    }

    public init(
        code: String, nameVi: String, nameEn: String, group: String, unit: String, frequency: ReportingFrequency,
        aggregation: AggregationRule, nature: IndicatorNature, higherIsBetter: Bool = true, source: String, definition: String = "",
        deflator: String? = nil, deadline: ReportingDeadline = .dayOfFollowingMonth(20), districtReported: Bool? = nil, retired: Bool = false
    ) {
        self.code = code
        self.nameVi = nameVi
        self.nameEn = nameEn
        self.group = group
        self.unit = unit
        self.frequency = frequency
        self.aggregation = aggregation
        self.nature = nature
        self.higherIsBetter = higherIsBetter
        self.source = source
        self.definition = definition
        self.deflator = deflator
        self.deadline = deadline
        self.districtReported = districtReported ?? (aggregation != .none)
        self.retired = retired
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        nameVi = try c.decode(String.self, forKey: .nameVi)
        nameEn = try c.decodeIfPresent(String.self, forKey: .nameEn) ?? ""
        group = try c.decode(String.self, forKey: .group)
        unit = try c.decodeIfPresent(String.self, forKey: .unit) ?? ""
        frequency = try c.decode(ReportingFrequency.self, forKey: .frequency)
        aggregation = try c.decodeIfPresent(AggregationRule.self, forKey: .aggregation) ?? .none
        nature = try c.decodeIfPresent(IndicatorNature.self, forKey: .nature) ?? .flow
        higherIsBetter = try c.decodeIfPresent(Bool.self, forKey: .higherIsBetter) ?? true
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        definition = try c.decodeIfPresent(String.self, forKey: .definition) ?? ""
        deflator = try c.decodeIfPresent(String.self, forKey: .deflator)
        deadline = try c.decodeIfPresent(ReportingDeadline.self, forKey: .deadline) ?? .dayOfFollowingMonth(20)
        districtReported = try c.decodeIfPresent(Bool.self, forKey: .districtReported) ?? (aggregation != .none)
        retired = try c.decodeIfPresent(Bool.self, forKey: .retired) ?? false
    }

    /// Whether `period` may carry a figure of this indicator: its own frequency or a coarser one.
    public func accepts(_ period: ReportingPeriod) -> Bool {
        period.months.count >= frequency.monthsPerPeriod
            && (period.frequency != .quarter || frequency != .half)
    }

    static func isCode(_ text: String) -> Bool {
        (2...32).contains(text.count) && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == ".") }
    }

    /// The definition with surrounding spaces trimmed, or the first field that is wrong.
    public func validated() throws(IndicatorError) -> IndicatorDefinition {
        var d = self
        d.code = code.trimmed
        d.nameVi = nameVi.trimmed
        d.nameEn = nameEn.trimmed
        d.group = group.trimmed
        d.unit = unit.trimmed
        d.source = source.trimmed
        d.definition = definition.trimmed
        d.deflator = deflator?.trimmed.nilIfEmpty
        guard Self.isCode(d.code) else { throw .invalid(field: "code", .notACode(d.code)) }
        guard !d.nameVi.isEmpty else { throw .invalid(field: "name_vi", .required) }
        guard !d.nameEn.isEmpty else { throw .invalid(field: "name_en", .required) }
        guard Self.isCode(d.group) else { throw .invalid(field: "group", .notACode(d.group)) }
        guard !d.unit.isEmpty else { throw .invalid(field: "unit", .required) }
        if case .weightedMean(let weight) = d.aggregation, !Self.isCode(weight) || weight == d.code {
            throw .invalid(field: "aggregation", .notACode(weight))
        }
        if let deflator = d.deflator, !Self.isCode(deflator) || deflator == d.code { throw .invalid(field: "deflator", .notACode(deflator)) }
        return d
    }
}

extension ReportingFrequency {
    public var monthsPerPeriod: Int {
        switch self {
        case .month: 1
        case .quarter: 3
        case .half: 6
        case .nineMonths: 9
        case .year: 12
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
