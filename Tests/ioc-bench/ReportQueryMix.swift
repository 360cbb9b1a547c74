import FieldReports
import Synthetic
import TrafficForecast
import Vietnam

/// The statistics requests of step 1, drawn deterministically from what the province's
/// dashboards ask.
struct ReportQueryMix {
    enum Kind: String, CaseIterable, Sendable {
        /// The whole province for a calendar year, by district.
        case provinceYear = "province-year"
        /// One district for a quarter, by handling unit.
        case districtQuarter = "district-quarter"
        /// One category by month over a custom range that starts and ends inside a month.
        case categoryRange = "category-range"
        /// Everything ever received, by category.
        case allTime = "all-time"

        var label: String {
            switch self {
            case .provinceYear: "province, one year, by district"
            case .districtQuarter: "one district, one quarter, by unit"
            case .categoryRange: "one category, custom range, by month"
            case .allTime: "all time, by category"
            }
        }
    }

    struct Request: Sendable {
        var kind: Kind
        var query: StatisticsQuery
    }

    private var rng: SplitMix64
    private let districts: [String]

    init(districts: [String], seed: UInt64 = 0x57A7_5_2026) {
        rng = SplitMix64(seed: seed)
        self.districts = districts
    }

    /// `count` requests, every kind in turn (so each kind gets a quarter of the samples),
    /// with random years, districts, quarters, categories and ranges.
    mutating func requests(_ count: Int) -> [Request] {
        (0..<count).map { index in request(Kind.allCases[index % Kind.allCases.count]) }
    }

    mutating func request(_ kind: Kind) -> Request {
        let first = ReportCaseGenerator.firstDay
        let last = ReportCaseGenerator.lastDay
        switch kind {
        case .provinceYear:
            let year = first.year + 1 + Int.random(in: 0...(last.year - first.year - 1), using: &rng)
            return Request(kind: kind, query: StatisticsQuery(from: CivilDate(year, 1, 1), to: CivilDate(year, 12, 31), groupBy: .district))
        case .districtQuarter:
            // The quarters wholly or mostly inside the 24 months: 2025 Q1 … 2026 Q3.
            let quarter = Int.random(in: 0..<7, using: &rng)
            let year = 2025 + quarter / 4
            let month = 1 + 3 * (quarter % 4)
            let end = CivilDate(julianDay: CivilDate(month == 10 ? year + 1 : year, month == 10 ? 1 : month + 3, 1).julianDay - 1)
            let district = districts[Int.random(in: 0..<districts.count, using: &rng)]
            return Request(kind: kind, query: StatisticsQuery(from: CivilDate(year, month, 1), to: end, scope: district, groupBy: .unit))
        case .categoryRange:
            let category = ReportCaseGenerator.categoryWeights[Int.random(in: 0..<ReportCaseGenerator.categoryWeights.count, using: &rng)].0
            var from: CivilDate
            var to: CivilDate
            repeat {
                from = CivilDate(julianDay: first.julianDay + Int.random(in: 0...(last.julianDay - first.julianDay - 320), using: &rng))
                to = from.adding(days: Int.random(in: 60...300, using: &rng))
            } while from.day == 1 || to.adding(days: 1).day == 1
            return Request(kind: kind, query: StatisticsQuery(from: from, to: to, category: category, groupBy: .month))
        case .allTime:
            return Request(kind: kind, query: StatisticsQuery(groupBy: .category))
        }
    }
}
