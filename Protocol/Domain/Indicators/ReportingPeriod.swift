import Foundation
import Vietnam

/// A period a figure is reported for, written as statistics offices write it: `2024` (year),
/// `2024-H1` (first 6 months), `2024-9M` (first 9 months), `2024-Q2` (quarter), `2024-06`
/// (month). Six- and nine-month periods run from January, as the offices' cumulative
/// reports do.
///
/// Guarantees: `init(parsing:)` accepts exactly the forms `description` writes, so a period
/// read back from text is the same period; ordering is by the last month covered, then the
/// shorter period first (June before the first half, which ends in June too).
public struct ReportingPeriod: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let frequency: ReportingFrequency
    /// 1-based: the month (1–12), the quarter (1–4), the half (1–2); 1 for a year or nine months.
    public let index: Int

    /// Years a period may name: the series start in 2010; the offices plan a few years ahead.
    public static let years = 1990...2100

    public init?(year: Int, frequency: ReportingFrequency, index: Int = 1) {
        guard Self.years.contains(year), (1...frequency.periodsPerYear).contains(index) else { return nil }
        self.year = year
        self.frequency = frequency
        self.index = index
    }

    /// Reads `2024`, `2024-H1`, `2024-9M`, `2024-Q2` or `2024-06` (also `2024-6`, and lower-case
    /// letters); nil for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        if parts.count == 1 {
            self.init(year: year, frequency: .year)
            return
        }
        guard parts.count == 2 else { return nil }
        let tail = parts[1]
        if tail == "9M" {
            self.init(year: year, frequency: .nineMonths)
        } else if tail.first == "H", let n = Int(tail.dropFirst()), tail.count == 2 {
            self.init(year: year, frequency: .half, index: n)
        } else if tail.first == "Q", let n = Int(tail.dropFirst()), tail.count == 2 {
            self.init(year: year, frequency: .quarter, index: n)
        } else if (1...2).contains(tail.count), tail.allSatisfy(\.isNumber), let n = Int(tail) {
            self.init(year: year, frequency: .month, index: n)
        } else {
            return nil
        }
    }

    public var description: String {
        switch frequency {
        case .year: "\(year)"
        case .nineMonths: "\(year)-9M"
        case .half: "\(year)-H\(index)"
        case .quarter: "\(year)-Q\(index)"
        case .month: index < 10 ? "\(year)-0\(index)" : "\(year)-\(index)"
        }
    }

    /// The months covered, 1…12.
    public var months: ClosedRange<Int> {
        switch frequency {
        case .year: 1...12
        case .nineMonths: 1...9
        case .half: (index * 6 - 5)...(index * 6)
        case .quarter: (index * 3 - 2)...(index * 3)
        case .month: index...index
        }
    }

    /// The same period a year before (nil before 1990).
    public var sameLastYear: ReportingPeriod? { ReportingPeriod(year: year - 1, frequency: frequency, index: index) }

    /// The period of the same frequency before this one.
    public var previous: ReportingPeriod? {
        index > 1
            ? ReportingPeriod(year: year, frequency: frequency, index: index - 1)
            : ReportingPeriod(year: year - 1, frequency: frequency, index: frequency.periodsPerYear)
    }

    /// The last day the period covers.
    public var lastDay: CivilDate {
        let month = months.upperBound
        return (month == 12 ? CivilDate(year + 1, 1, 1) : CivilDate(year, month + 1, 1)).adding(days: -1)
    }

    /// Sorts periods as time runs (see the type's guarantees).
    public var sortKey: Int { year * 10_000 + months.upperBound * 100 + months.count }

    public static func < (a: ReportingPeriod, b: ReportingPeriod) -> Bool { a.sortKey < b.sortKey }

    /// Every period of `frequency` in `year`, in order.
    public static func all(_ frequency: ReportingFrequency, in year: Int) -> [ReportingPeriod] {
        (1...frequency.periodsPerYear).compactMap { ReportingPeriod(year: year, frequency: frequency, index: $0) }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = ReportingPeriod(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a reporting period: \(text)"))
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
