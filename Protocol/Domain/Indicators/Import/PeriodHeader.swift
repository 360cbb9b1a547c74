import Vietnam

/// What a column header of a statistics sheet says: a reporting period, and whether the column
/// holds the plan (kế hoạch) for it rather than figures. Reads `2024`, `Năm 2024`,
/// `Ước năm 2024`, `Tháng 6/2024`, `T6/2024`, `6/2024`, `Quý II/2024`, `Quý 2 năm 2024`,
/// `6 tháng đầu năm 2024`, `6 tháng cuối năm 2024`, `9 tháng 2024`, `Kế hoạch 2024`, and the
/// period codes (`2024-Q2`); texts of stacked header rows are read together
/// (`Năm 2024` above `Tháng 6`).
public struct PeriodHeader: Sendable, Hashable {
    public var period: ReportingPeriod
    public var isTarget: Bool

    public init?(_ text: String) {
        let folded = VietnameseFolding.fold(text)
        if let direct = ReportingPeriod(parsing: text) {
            self.init(period: direct, isTarget: false)
            return
        }
        let words = folded.replacingOccurrences(of: "/", with: " / ").replacingOccurrences(of: "-", with: " ").split(separator: " ").map(String.init)
        guard let yearIndex = words.lastIndex(where: { $0.count == 4 && Int($0).map(ReportingPeriod.years.contains) == true }),
            let year = Int(words[yearIndex])
        else { return nil }
        let isTarget = folded.contains("ke hoach") || words.contains("kh")
        func number(after word: String) -> String? {
            guard let i = words.firstIndex(of: word), i + 1 < words.count else { return nil }
            return words[i + 1]
        }
        let roman = ["i": 1, "ii": 2, "iii": 3, "iv": 4]
        var period: ReportingPeriod?
        if folded.contains("9 thang") {
            period = ReportingPeriod(year: year, frequency: .nineMonths)
        } else if folded.contains("6 thang") {
            period = ReportingPeriod(year: year, frequency: .half, index: folded.contains("cuoi") ? 2 : 1)
        } else if words.contains("quy") {
            // "Quý V" is no quarter: not a year either.
            guard let q = number(after: "quy").flatMap({ roman[$0] ?? Int($0) }) else { return nil }
            period = ReportingPeriod(year: year, frequency: .quarter, index: q)
        } else if words.contains("thang") {
            guard let m = number(after: "thang").flatMap(Int.init) else { return nil }
            period = ReportingPeriod(year: year, frequency: .month, index: m)
        } else if let t = words.first(where: { $0.count >= 2 && $0.count <= 3 && $0.hasPrefix("t") && Int($0.dropFirst()) != nil }), let m = Int(t.dropFirst()) {
            period = ReportingPeriod(year: year, frequency: .month, index: m)
        } else if yearIndex >= 2, words[yearIndex - 1] == "/", let m = Int(words[yearIndex - 2]) {
            period = ReportingPeriod(year: year, frequency: .month, index: m)
        } else {
            period = ReportingPeriod(year: year, frequency: .year)
        }
        guard let period else { return nil }
        self.init(period: period, isTarget: isTarget)
    }

    public init(period: ReportingPeriod, isTarget: Bool) {
        self.period = period
        self.isTarget = isTarget
    }
}
