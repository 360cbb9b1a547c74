import Foundation

/// The addresses of the cyber-security pages, built in one place.
public enum SecurityLinks {
    public static let overview = "/ui/security"
    public static let availability = "/ui/security/availability"
    public static func site(_ code: String) -> String { "/ui/security/sites/\(escape(code))" }
    public static func baseline(_ code: String) -> String { "/ui/security/sites/\(escape(code))/baseline" }
    public static func openIncident(_ code: String) -> String { "/ui/security/sites/\(escape(code))/incidents" }
    public static func incident(_ id: String) -> String { "/ui/security/incidents/\(escape(id))" }
    public static func availability(month: String, format: String? = nil) -> String {
        "\(availability)?month=\(escape(month))" + (format.map { "&format=\($0)" } ?? "")
    }

    static func escape(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", "?", "&", "="])) ?? text }
}
