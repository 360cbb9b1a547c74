/// One line of the wall's alert list, from any service: newest and most severe first.
public struct WallAlert: Sendable, Hashable, Codable {
    /// 0 information … 3 critical.
    public var severity: Int
    public var at: Int64
    public var service: String
    public var title: String
    public var href: String
    /// The district code it concerns, if one.
    public var district: String?

    public init(severity: Int, at: Int64, service: String, title: String, href: String, district: String? = nil) {
        self.severity = severity
        self.at = at
        self.service = service
        self.title = title
        self.href = href
        self.district = district
    }

    /// Most severe first, then newest, then by title (a stable order for equal alerts).
    public static func ordered(_ alerts: [WallAlert]) -> [WallAlert] {
        alerts.sorted { ($1.severity, $1.at, $0.title) < ($0.severity, $0.at, $1.title) }
    }
}
