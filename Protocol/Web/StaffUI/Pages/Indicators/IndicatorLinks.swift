import Indicators
import WebForms

/// The paths the indicator pages link and post to; codes, areas and periods are
/// percent-encoded, so no text can change the route.
public enum IndicatorLinks {
    public static let overview = "/ui/indicators"
    public static let entry = "/ui/indicators/entry"
    public static let owed = "/ui/indicators/missing"
    public static let rankings = "/ui/indicators/rankings"
    public static let compare = "/ui/indicators/compare"
    public static let importSheet = "/ui/indicators/import"
    public static let importConfirm = "/ui/indicators/import/confirm"

    public static func brief(area: String, year: Int) -> String { "/ui/indicators/brief?area=" + q(area) + "&year=\(year)" }

    /// The overview's figures as a file: `format` is `csv` or `xlsx`.
    public static func export(area: String, year: Int, format: String) -> String {
        "/ui/indicators/export." + format + "?area=" + q(area) + "&year=\(year)"
    }

    public static func overview(area: String, year: Int?) -> String {
        overview + "?area=" + q(area) + (year.map { "&year=\($0)" } ?? "")
    }

    /// `/ui/indicators/i/{code}?area=…`.
    public static func indicator(_ code: String, area: String, frequency: ReportingFrequency? = nil) -> String {
        "/ui/indicators/i/" + URLEncodedForm.percentEncode(code) + "?area=" + q(area) + (frequency.map { "&frequency=\($0.rawValue)" } ?? "")
    }

    public static func entry(area: String, period: ReportingPeriod) -> String {
        entry + "?area=" + q(area) + "&period=" + q(period.description)
    }

    public static func compare(_ code: String, period: ReportingPeriod) -> String {
        compare + "?indicator=" + q(code) + "&period=" + q(period.description)
    }

    /// `POST /ui/indicators/reports/{area}/{period}/{action}`.
    public static func report(area: String, period: ReportingPeriod, action: ReportAction) -> String {
        "/ui/indicators/reports/" + URLEncodedForm.percentEncode(area) + "/" + URLEncodedForm.percentEncode(period.description) + "/" + action.rawValue
    }

    private static func q(_ text: String) -> String { URLEncodedForm.percentEncode(text) }
}
