/// A district-level unit of Đắk Lắk: its GSO code and name. Adding a district is a line
/// of data here or in configuration, not code.
public struct District: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    /// ASCII short name, for data folders and node names.
    public var slug: String

    public init(code: String, name: String, slug: String) {
        self.code = code
        self.name = name
        self.slug = slug
    }

    /// The first roll-out (GSO unit codes; province code 66).
    public static let rollout: [District] = [
        District(code: "643", name: "Buôn Ma Thuột", slug: "buon-ma-thuot"),
        District(code: "644", name: "Buôn Hồ", slug: "buon-ho"),
        District(code: "648", name: "Cư M'gar", slug: "cu-mgar"),
        District(code: "651", name: "Ea Kar", slug: "ea-kar"),
        District(code: "650", name: "Krông Năng", slug: "krong-nang"),
    ]

    public static func named(_ codeOrSlug: String) -> District? {
        rollout.first { $0.code == codeOrSlug || $0.slug == codeOrSlug }
    }
}
