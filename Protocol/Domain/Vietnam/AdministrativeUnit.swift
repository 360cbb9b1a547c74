import Foundation

/// One administrative unit (the province, a former city, town or district, a commune or
/// ward of 2025) as reference data: its GSO code, name, kind, parent, validity, position and
/// the former units it was formed from.
///
/// The units come from `administrative-units.json` beside this file, compiled into the
/// binary: adding a district is one entry there. The launcher (`Deploy/federation`), the
/// maps, the statistics and the pickers all read that one list.
public struct AdministrativeUnit: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case province, city, town, district, ward, commune
    }

    public var code: String
    public var name: String
    /// ASCII short name, for data folders and node names.
    public var slug: String
    public var kind: Kind
    /// The code of the unit this one belongs to; nil for the province.
    public var parent: String?
    public var validFrom: CivilDate?
    /// The last day the unit existed as such; nil while it does. A node may keep serving a
    /// former unit.
    public var validTo: CivilDate?
    /// An approximate centre (its seat), for orientation on maps.
    public var latitude: Double?
    public var longitude: Double?
    /// Whether the federation runs a node for this unit.
    public var runsNode: Bool
    /// The former units whose territory this one took when it was formed (a commune of
    /// 2025: the former districts its old communes belonged to); empty for the others.
    /// Statistics of a former unit stay under its own code; this says where they went.
    public var formedFrom: [String]

    public init(
        code: String, name: String, slug: String, kind: Kind, parent: String?, validFrom: CivilDate? = nil,
        validTo: CivilDate? = nil, latitude: Double? = nil, longitude: Double? = nil, runsNode: Bool = false, formedFrom: [String] = []
    ) {
        self.code = code
        self.name = name
        self.slug = slug
        self.kind = kind
        self.parent = parent
        self.validFrom = validFrom
        self.validTo = validTo
        self.latitude = latitude
        self.longitude = longitude
        self.runsNode = runsNode
        self.formedFrom = formedFrom
    }

    enum CodingKeys: String, CodingKey {
        case code, name, slug, kind, parent, latitude, longitude
        case validFrom = "valid_from", validTo = "valid_to", runsNode = "runs_node", formedFrom = "formed_from"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func date(_ key: CodingKeys) throws -> CivilDate? {
            guard let text = try c.decodeIfPresent(String.self, forKey: key) else { return nil }
            guard let date = CivilDate(iso: text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "not a YYYY-MM-DD date: \(text)")
            }
            return date
        }
        self.init(
            code: try c.decode(String.self, forKey: .code), name: try c.decode(String.self, forKey: .name),
            slug: try c.decode(String.self, forKey: .slug), kind: try c.decode(Kind.self, forKey: .kind),
            parent: try c.decodeIfPresent(String.self, forKey: .parent), validFrom: try date(.validFrom), validTo: try date(.validTo),
            latitude: try c.decodeIfPresent(Double.self, forKey: .latitude), longitude: try c.decodeIfPresent(Double.self, forKey: .longitude),
            runsNode: try c.decodeIfPresent(Bool.self, forKey: .runsNode) ?? false, formedFrom: try c.decodeIfPresent([String].self, forKey: .formedFrom) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
        try c.encode(slug, forKey: .slug)
        try c.encode(kind, forKey: .kind)
        try c.encode(parent, forKey: .parent)
        try c.encode(validFrom?.description, forKey: .validFrom)
        try c.encode(validTo?.description, forKey: .validTo)
        try c.encode(latitude, forKey: .latitude)
        try c.encode(longitude, forKey: .longitude)
        try c.encode(runsNode, forKey: .runsNode)
        if !formedFrom.isEmpty { try c.encode(formedFrom, forKey: .formedFrom) }
    }
}

extension AdministrativeUnit {
    /// The units the federation serves (the province's district level), in the data's order.
    public static var districts: [AdministrativeUnit] { AdministrativeUnits.shipped.districts }

    /// The unit with this code or slug, at any level.
    public static func named(_ codeOrSlug: String) -> AdministrativeUnit? { AdministrativeUnits.shipped.unit(codeOrSlug) }
}
