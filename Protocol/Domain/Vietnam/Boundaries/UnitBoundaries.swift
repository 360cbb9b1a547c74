import Foundation

/// The boundaries the maps draw and reports are located in: the former districts (real
/// boundaries until 30 June 2025) and the approximate areas of the 2025 communes (see
/// `Boundaries/README.md` for their sources, licence and how the areas were made).
public struct UnitBoundaries: Sendable {
    public struct Invalid: Error, Sendable, Equatable {
        public var reason: String
    }

    public let formerDistricts: [UnitBoundary]
    public let communeAreas: [UnitBoundary]

    /// The map's attribution, Vietnamese then English.
    public static let attribution =
        "Ranh giới huyện cũ: gis.chinhphu.vn qua dvhcvn (GPL-3.0); vị trí xã gần đúng · Mã: Tổng cục Thống kê / Former district boundaries: gis.chinhphu.vn via dvhcvn (GPL-3.0); commune positions approximate · Codes: General Statistics Office"

    public init(formerDistricts: [UnitBoundary], communeAreas: [UnitBoundary]) {
        self.formerDistricts = formerDistricts
        self.communeAreas = communeAreas
    }

    /// The layers compiled into this binary; empty only if a file is broken, which
    /// `UnitBoundariesTests` refuses.
    public static let shipped = UnitBoundaries(
        formerDistricts: (try? features(Data(PackageResources.former_districts_geojson))) ?? [],
        communeAreas: (try? features(Data(PackageResources.commune_areas_geojson))) ?? [])

    /// The commune (or ward) whose area holds the position, if any.
    public func commune(latitude: Double, longitude: Double) -> UnitBoundary? {
        communeAreas.first { $0.contains(latitude: latitude, longitude: longitude) }
    }

    /// The former district whose boundary holds the position, if any.
    public func formerDistrict(latitude: Double, longitude: Double) -> UnitBoundary? {
        formerDistricts.first { $0.contains(latitude: latitude, longitude: longitude) }
    }

    /// The features of a GeoJSON FeatureCollection of Polygons and MultiPolygons whose
    /// properties carry `code` and `name`.
    public static func features(_ data: Data) throws(Invalid) -> [UnitBoundary] {
        struct Collection: Decodable {
            struct Feature: Decodable {
                struct Properties: Decodable {
                    var code: String
                    var name: String
                }
                struct Geometry: Decodable {
                    var type: String
                    var coordinates: Coordinates
                }
                var properties: Properties
                var geometry: Geometry
            }
            var features: [Feature]
        }
        /// Polygon coordinates are three levels deep, MultiPolygon four.
        enum Coordinates: Decodable {
            case polygon([[[Double]]])
            case multiPolygon([[[[Double]]]])
            init(from decoder: any Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let multi = try? c.decode([[[[Double]]]].self) { self = .multiPolygon(multi) } else { self = .polygon(try c.decode([[[Double]]].self)) }
            }
        }
        let collection: Collection
        do { collection = try JSONDecoder().decode(Collection.self, from: data) } catch { throw Invalid(reason: "not a GeoJSON FeatureCollection of areas: \(error)") }
        return try collection.features.map { feature throws(Invalid) in
            let polygons: [[[[Double]]]] =
                switch feature.geometry.coordinates {
                case .polygon(let polygon): [polygon]
                case .multiPolygon(let multi): multi
                }
            let rings = try polygons.map { polygon throws(Invalid) in
                try polygon.map { ring throws(Invalid) in
                    try ring.map { pair throws(Invalid) in
                        guard pair.count >= 2, (-180...180).contains(pair[0]), (-90...90).contains(pair[1]) else {
                            throw Invalid(reason: "\(feature.properties.code): a position is not [longitude, latitude]")
                        }
                        return UnitBoundary.Point(longitude: pair[0], latitude: pair[1])
                    }
                }
            }
            return UnitBoundary(code: feature.properties.code, name: feature.properties.name, polygons: rings)
        }
    }
}
