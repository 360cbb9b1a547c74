import Foundation

/// A list of administrative units, as read from an `administrative-units.json` document
/// (`{"units": [...]}`).
///
/// Guarantees: codes and slugs are unique and every parent is in the list, or the list is
/// refused whole (`AdministrativeUnits.Invalid`).
public struct AdministrativeUnits: Sendable {
    public struct Invalid: Error, Sendable, Equatable {
        public var reason: String
    }

    public let units: [AdministrativeUnit]

    private struct Document: Decodable {
        var units: [AdministrativeUnit]
    }

    public init(units: [AdministrativeUnit]) throws(Invalid) {
        var seen: Set<String> = []
        for unit in units {
            guard seen.insert(unit.code).inserted, seen.insert("slug:" + unit.slug).inserted else {
                throw Invalid(reason: "unit \(unit.code) (\(unit.slug)) appears twice")
            }
        }
        for unit in units {
            if let parent = unit.parent, !units.contains(where: { $0.code == parent }) {
                throw Invalid(reason: "unit \(unit.code) has parent \(parent), which is not in the list")
            }
        }
        self.units = units
    }

    public init(json: Data) throws(Invalid) {
        let document: Document
        do { document = try JSONDecoder().decode(Document.self, from: json) } catch {
            throw Invalid(reason: "not an administrative-units document: \(error)")
        }
        try self.init(units: document.units)
    }

    /// The list compiled into this binary (`administrative-units.json`); empty only if that
    /// file is broken, which `AdministrativeUnitsTests` refuses.
    public static let shipped: AdministrativeUnits =
        (try? AdministrativeUnits(json: Data(PackageResources.administrative_units_json))) ?? AdministrativeUnits(checked: [])

    private init(checked units: [AdministrativeUnit]) { self.units = units }

    /// Units directly under the province (cities, towns, districts), in the list's order.
    public var districts: [AdministrativeUnit] {
        let provinces = Set(units.filter { $0.kind == .province }.map(\.code))
        return units.filter { unit in unit.parent.map(provinces.contains) ?? false && [.city, .town, .district].contains(unit.kind) }
    }

    /// The commune-level units (communes and wards) in force on `day`, in the list's order.
    public func communes(on day: CivilDate) -> [AdministrativeUnit] {
        units.filter { unit in
            [.commune, .ward].contains(unit.kind) && (unit.validFrom.map { $0 <= day } ?? true) && (unit.validTo.map { day <= $0 } ?? true)
        }
    }

    /// The units formed (wholly or partly) from the former unit `code`.
    public func formed(from code: String) -> [AdministrativeUnit] { units.filter { $0.formedFrom.contains(code) } }

    /// The units the federation runs a node for, in the list's order.
    public var nodeAreas: [AdministrativeUnit] { units.filter(\.runsNode) }

    /// The unit a node may serve, by code: any unit under the province, a former district,
    /// town or city (abolished on 1 July 2025, kept for its history) or a commune or ward.
    public func nodeArea(_ code: String) -> AdministrativeUnit? {
        units.first { $0.code == code && $0.kind != .province }
    }

    /// Why `code` cannot name a node's area, or nil when it can: for the command lines that
    /// enrol and create nodes.
    public func nodeAreaProblem(_ code: String) -> String? {
        guard nodeArea(code) == nil else { return nil }
        let example = communes(on: CivilDate(2025, 7, 1)).first.map { ", or a 2025 commune or ward such as \($0.code) (\($0.name))" } ?? ""
        return "\(code) is not a unit of the province: give a former district's GSO code such as 651 (Ea Kar)\(example); "
            + "the list is administrative-units.json (\(units.count) units)"
    }

    /// The unit with this code or slug.
    public func unit(_ codeOrSlug: String) -> AdministrativeUnit? {
        units.first { $0.code == codeOrSlug || $0.slug == codeOrSlug }
    }
}
