import Foundation

/// The addresses of the public-service pages, built in one place so every link agrees.
public enum DossierLinks {
    public static let overview = "/ui/dossiers"
    public static let risk = "/ui/dossiers/risk"
    public static let statistics = "/ui/dossiers/statistics"
    public static let scores = "/ui/dossiers/scores"
    public static let reports = "/ui/dossiers/reports"
    public static let importing = "/ui/dossiers/import"

    public static func overview(unit: String?, from: String? = nil, to: String? = nil) -> String {
        overview + query(["unit": unit, "from": from, "to": to])
    }

    public static func list(unit: String?, field: String? = nil, state: String? = nil) -> String {
        "/ui/dossiers/list" + query(["unit": unit, "field": field, "state": state])
    }

    public static func dossier(_ code: String) -> String { "/ui/dossiers/d/" + escaped(code) }
    public static func report(_ id: String) -> String { reports + "/" + escaped(id) }
    public static func reportRead(_ id: String) -> String { report(id) + "/read" }

    /// `?a=1&b=2` of the values given, in key order; "" with none.
    public static func query(_ values: [String: String?]) -> String {
        let items = values.compactMap { key, value in value.flatMap { $0.isEmpty ? nil : "\(key)=\(escaped($0))" } }.sorted()
        return items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }

    static func escaped(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+?/#"))) ?? text
    }
}
