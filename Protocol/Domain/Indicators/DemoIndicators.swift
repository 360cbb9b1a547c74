import Foundation
import Synthetic
import Vietnam

/// The demo figures of the local federation (`--demo-indicators`), for the standard catalog.
///
/// Figures marked
/// with `realSource` are published ones: the Đắk Lắk Provincial Statistics Office's report on
/// the socio-economic situation of 2023 and of the first half of 2024 (the former province,
/// before the 2025 merger), and the published PCI (VCCI), PAPI (UNDP) and DTI (Ministry of
/// Information and Communications) results; a figure of 2022 derived from a published 2023
/// level and growth rate says so. Every other figure is synthetic, generated here from a
/// seeded random walk, and carries `IndicatorFigure.syntheticSource`.
public enum DemoIndicators {
    public static let realSource = "Cục Thống kê tỉnh Đắk Lắk – Báo cáo tình hình KT-XH năm 2023"
    public static let derivedSource = "Suy ra từ số liệu năm 2023 và tốc độ tăng đã công bố"

    /// Published figures of the (former) province: (indicator, period, value, source).
    public static let published: [(String, String, Double, String)] = [
        ("GRDP_CMP", "2023", 60_792, realSource), ("GRDP_GROWTH", "2023", 4.39, realSource),
        ("GRDP_CMP", "2022", (60_792 / 1.0439).rounded(), derivedSource),
        ("GRDP_CMP", "2024-H1", 25_493, "Cục Thống kê tỉnh Đắk Lắk – Báo cáo tình hình KT-XH 6 tháng đầu năm 2024"),
        ("GRDP_GROWTH", "2024-H1", 4.13, "Cục Thống kê tỉnh Đắk Lắk – Báo cáo tình hình KT-XH 6 tháng đầu năm 2024"),
        ("IIP", "2023", 111.24, realSource),
        ("RETAIL", "2023", 101_443, realSource), ("RETAIL", "2022", (101_443 / 1.0734).rounded(), derivedSource),
        ("GRAIN", "2023", 1_318_885, realSource), ("BUDGET_REV", "2023", 7_770, realSource), ("INVEST", "2023", 35_744, realSource),
        ("TOURISTS", "2023", 1_555_228, realSource), ("TOURISTS", "2022", (1_555_228 / 1.6558).rounded(), derivedSource),
    ]

    /// Published rankings, and synthetic ones (marked) for the years before each (ICT-Index: 2010–2018).
    public static let rankings: [GovernanceRanking] = {
        var list: [GovernanceRanking] = [
            GovernanceRanking(index: .pci, year: 2021, score: 64.2, nationalRank: 34, rankedCount: 63, source: "VCCI – Báo cáo PCI 2021"),
            GovernanceRanking(index: .papi, year: 2020, score: 41.53, nationalRank: 50, rankedCount: 63, source: "UNDP – Báo cáo PAPI 2020"),
            GovernanceRanking(index: .dti, year: 2022, nationalRank: 47, rankedCount: 63, source: "Bộ Thông tin và Truyền thông – DTI 2022"),
        ]
        var random = Self.random("rankings")
        // Synthetic history only before each published figure, so the latest ranking shown is a published one.
        for index in GovernanceIndex.allCases {
            let first = index == .dti ? 2020 : (index == .papi ? 2011 : 2010)
            let published = list.filter { $0.index == index }.map(\.year).min() ?? 2019
            for year in first..<published {
                let rank = 20 + Int(random.nextUnit() * 35)
                let score: Double? = index == .dti ? nil : ((index == .pci ? 58 : 38) + random.nextUnit() * 8).rounded(to: 2)
                list.append(GovernanceRanking(
                    index: index, year: year, score: score, nationalRank: rank, rankedCount: 63, regionRank: 1 + Int(random.nextUnit() * 5), regionCount: 5,
                    source: IndicatorFigure.syntheticSource, synthetic: true))
            }
        }
        return list.sorted { ($0.index.rawValue, $0.year) < ($1.index.rawValue, $1.year) }
    }()

    /// Every demo figure and target: yearly series from 2010 to 2023 for the province and its
    /// districts (the districts' shares of additive indicators; the districts' go on to last
    /// year), published figures where known,
    /// and the monthly and quarterly figures of last year and this one ending at least two months
    /// before `today` (three for Ea Kar: its latest month is left for its officer).
    public static func figures(today: CivilDate) -> (figures: [FigureEntry], targets: [IndicatorTarget]) {
        let districts = AdministrativeUnit.districts.map(\.code)
        let shareOf: [String: Double] = ["643": 0.34, "644": 0.05, "648": 0.09, "651": 0.08, "650": 0.07]
        let publishedKeys = Set(published.map { "\($0.0)|\($0.1)" })
        var figures: [FigureEntry] = []
        var targets: [IndicatorTarget] = []
        for d in IndicatorDefinition.standard {
            var random = Self.random(d.code)
            let base = baseline[d.code] ?? 100
            let growth = trend[d.code] ?? 0.06
            for year in 2010...2023 {
                let t = Double(year - 2023)
                let province: Double =
                    d.nature == .rate
                    ? base + growth * t + (random.nextUnit() - 0.5) * 0.6
                    : base * pow(1 + growth, t) * (1 + (random.nextUnit() - 0.5) * 0.03)
                let period = ReportingPeriod(year: year, frequency: .year)!
                if !publishedKeys.contains("\(d.code)|\(year)") {
                    figures.append(FigureEntry(indicator: d.code, area: "province", period: period, value: province.rounded(to: d.nature == .rate ? 2 : 0),
                        status: year >= 2023 ? .preliminary : .official, source: IndicatorFigure.syntheticSource))
                }
                if year == 2023 {
                    let planned = d.nature == .rate ? province + (d.higherIsBetter ? 0.3 : -0.3) : province * (1 + (random.nextUnit() - 0.2) * 0.08)
                    targets.append(IndicatorTarget(indicator: d.code, area: "province", year: 2023, value: planned.rounded(to: d.nature == .rate ? 2 : 0), note: IndicatorFigure.syntheticSource))
                }
                guard d.districtReported else { continue }
                for district in districts {
                    let value: Double =
                        switch d.aggregation {
                        case .sum: province * (shareOf[district] ?? 0.05) * (1 + (random.nextUnit() - 0.5) * 0.1)
                        default: province + (random.nextUnit() - 0.5) * (d.nature == .rate ? 4 : base * 0.1)
                        }
                    figures.append(FigureEntry(indicator: d.code, area: district, period: period, value: max(0, value).rounded(to: d.nature == .rate ? 2 : 0),
                        status: .official, source: IndicatorFigure.syntheticSource))
                }
            }
            // Districts' yearly figures go on after 2023 (the province's published series stops there).
            if d.districtReported {
                for year in 2024..<today.year {
                    let period = ReportingPeriod(year: year, frequency: .year)!
                    let t = Double(year - 2023)
                    for district in districts {
                        let value: Double =
                            d.nature == .rate
                            ? base + growth * t + (random.nextUnit() - 0.5) * 4
                            : base * pow(1 + growth, t) * (d.aggregation == .sum ? shareOf[district] ?? 0.05 : 1) * (1 + (random.nextUnit() - 0.5) * 0.1)
                        figures.append(FigureEntry(indicator: d.code, area: district, period: period, value: max(0, value).rounded(to: d.nature == .rate ? 2 : 0),
                            status: year == today.year - 1 ? .preliminary : .official, source: IndicatorFigure.syntheticSource))
                    }
                }
            }
            guard d.frequency == .month || d.frequency == .quarter, d.aggregation == .sum else { continue }
            for year in (today.year - 1)...today.year {
                for period in ReportingPeriod.all(d.frequency, in: year) {
                    let age = (today.year - year) * 12 + today.month - period.months.upperBound
                    guard age >= 2 else { continue }
                    let share = Double(period.months.count) / 12
                    let value = base * pow(1 + growth, Double(year - 2023)) * share * (1 + (random.nextUnit() - 0.5) * 0.2)
                    figures.append(FigureEntry(indicator: d.code, area: "province", period: period, value: value.rounded(), status: .estimate, source: IndicatorFigure.syntheticSource))
                    for district in districts where age >= 3 || district != "651" {
                        figures.append(FigureEntry(indicator: d.code, area: district, period: period, value: (value * (shareOf[district] ?? 0.05)).rounded(),
                            status: .estimate, source: IndicatorFigure.syntheticSource))
                    }
                }
            }
        }
        for (code, period, value, source) in published {
            figures.append(FigureEntry(indicator: code, area: "province", period: ReportingPeriod(parsing: period)!, value: value, status: .estimate, source: source))
        }
        return (figures, targets)
    }

    /// 2023 levels of the province for the synthetic series (rates: the level itself).
    static let baseline: [String: Double] = [
        "POP": 1_932, "LABOUR": 1_087, "UNEMP_URBAN": 2.9, "GRDP_CMP": 60_792, "GRDP_GROWTH": 4.4, "GRDP_PER_CAPITA": 58.6,
        "BUDGET_REV": 7_770, "BUDGET_EXP": 17_900, "INVEST": 35_744, "INVEST_STATE": 5_600, "ENT_NEW": 1_150, "ENT_CAPITAL": 7_200,
        "GRAIN": 1_318_885, "COFFEE": 560_000, "FOREST_COVER": 38.9, "IIP": 111.2, "ELECTRICITY": 3_900, "RETAIL": 101_443, "CPI": 103.1,
        "EXPORT": 1_650, "TOURISTS": 1_555_228, "TOURISM_REV": 560, "PASSENGERS": 38_000, "FREIGHT": 19_500, "BROADBAND": 310_000,
        "PUPILS": 410_000, "SCHOOLS_STD": 58.5, "DOCTORS": 9.1, "HEALTH_INS": 91.8, "CULTURAL_FAMILY": 86.5, "POVERTY": 8.2, "INCOME": 3_720,
        "WASTE_COLLECTED": 88.0, "CLEAN_WATER": 94.5,
    ]

    /// Yearly growth (levels) or yearly change in points (rates).
    static let trend: [String: Double] = [
        "POP": 0.011, "LABOUR": 0.012, "UNEMP_URBAN": -0.05, "GRDP_GROWTH": 0, "IIP": 0, "CPI": 0, "FOREST_COVER": 0.1, "SCHOOLS_STD": 2.5,
        "DOCTORS": 0.3, "HEALTH_INS": 2.2, "CULTURAL_FAMILY": 0.6, "POVERTY": -1.1, "WASTE_COLLECTED": 1.2, "CLEAN_WATER": 1.1, "GRAIN": 0.02,
    ]
}

extension DemoIndicators {
    /// A generator seeded from a name: the same demo figures on every run.
    static func random(_ name: String) -> SplitMix64 { SplitMix64(name: name) }
}

extension Double {
    func rounded(to places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
