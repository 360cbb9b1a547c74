import Foundation
import Indicators
import Vietnam

/// The indicators' FIWARE Smart Data Models export: each figure as a `KeyPerformanceIndicator`
/// (dataModel.KeyPerformanceIndicator, NGSI-LD key-values), in period order.
///
/// Guarantees: an entity's id derives from the indicator, area and period, so exporting a
/// figure again gives the same entity; `calculationFrequency` is the model's word for the
/// period (monthly, quarterly, yearly) and is left out for 6- and 9-month figures, which
/// the model has no word for.
struct FIWAREKeyPerformanceIndicator: Encodable {
    struct Period: Encodable {
        var from: String
        var to: String
    }

    struct Address: Encodable {
        var addressCountry = "VN"
        var addressRegion: String
    }

    var id: String
    var type = "KeyPerformanceIndicator"
    var name: String
    var alternateName: String
    var description: String
    var category: [String]
    var organization: String
    var kpiValue: Double
    var calculationPeriod: Period
    var calculationFrequency: String?
    var calculationMethod = "manual"
    var source: String?
    var address: Address
    var dateModified: String?

    init(_ figure: IndicatorFigure, definition: IndicatorDefinition, areaName: String) {
        id = "urn:ngsi-ld:KeyPerformanceIndicator:dak-lak:\(figure.indicator):\(figure.area):\(figure.period)"
        name = "\(definition.nameVi) – \(areaName) – \(figure.period)"
        alternateName = definition.nameEn
        description = "\(definition.nameVi) (\(definition.unit)); \(figure.status.rawValue)"
        category = ["quantitative", "lagging"]
        organization = areaName
        kpiValue = figure.value
        let first = CivilDate(figure.period.year, figure.period.months.lowerBound, 1)
        calculationPeriod = Period(from: first.description, to: figure.period.lastDay.description)
        calculationFrequency =
            switch figure.period.frequency {
            case .month: "monthly"
            case .quarter: "quarterly"
            case .year: "yearly"
            case .half, .nineMonths: nil
            }
        source = figure.source
        address = Address(addressRegion: areaName)
        dateModified = figure.enteredAtMillis.map { VietnamTime.iso8601(VietnamTime.instant(millis: $0)) }
    }
}
