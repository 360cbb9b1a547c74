import Foundation
import Testing
import Vietnam

/// The province's units since 1 July 2025 and the boundaries the maps draw and reports are
/// located in.
@Suite struct UnitBoundariesTests {
    static let units = AdministrativeUnits.shipped
    static let boundaries = UnitBoundaries.shipped

    @Test func theProvinceHas102CommuneLevelUnitsSinceTheReform() {
        let communes = Self.units.communes(on: CivilDate(2026, 12, 6))
        #expect(communes.count == 102)
        #expect(communes.filter { $0.kind == .ward }.count == 14)
        #expect(Self.units.communes(on: CivilDate(2025, 6, 30)).isEmpty)
        #expect(communes.allSatisfy { $0.parent == "66" && $0.latitude != nil && !$0.formedFrom.isEmpty })
    }

    @Test func eachNodesFormerDistrictKnowsTheCommunesFormedFromIt() {
        #expect(Self.units.formed(from: "643").count == 6)
        #expect(Self.units.formed(from: "651").map(\.name).contains("Xã Ea Kar"))
        #expect(Self.units.unit("651")?.validTo == CivilDate(2025, 6, 30))
    }

    @Test func everyFormerDistrictAndEveryCommuneHasItsBoundary() {
        let districts = Set(Self.boundaries.formerDistricts.map(\.code))
        #expect(districts.count == 24)
        #expect(Set(AdministrativeUnit.districts.map(\.code)).isSubset(of: districts))
        #expect(Set(Self.boundaries.communeAreas.map(\.code)) == Set(Self.units.communes(on: CivilDate(2026, 1, 1)).map(\.code)))
    }

    @Test func eachCommunesPointLiesInItsOwnAreaAndInAFormerDistrictItWasFormedFrom() {
        for commune in Self.units.communes(on: CivilDate(2026, 1, 1)) {
            guard let latitude = commune.latitude, let longitude = commune.longitude else { continue }
            #expect(Self.boundaries.commune(latitude: latitude, longitude: longitude)?.code == commune.code, "\(commune.name)")
            let district = Self.boundaries.formerDistrict(latitude: latitude, longitude: longitude)?.code ?? "none"
            #expect(commune.formedFrom.contains(district), "\(commune.name) in \(district)")
        }
    }

    @Test func aPositionInBuonMaThuotsCentreIsInTheFormerCityAndAWardFormedFromIt() throws {
        // Quảng trường 10/3, Buôn Ma Thuột.
        let district = try #require(Self.boundaries.formerDistrict(latitude: 12.6675, longitude: 108.0378))
        #expect(district.code == "643")
        let commune = try #require(Self.boundaries.commune(latitude: 12.6675, longitude: 108.0378))
        #expect(Self.units.unit(commune.code)?.formedFrom == ["643"])
    }

    @Test func aPositionOutsideTheProvinceIsInNoUnit() {
        #expect(Self.boundaries.commune(latitude: 21.0285, longitude: 105.8542) == nil)
        #expect(Self.boundaries.formerDistrict(latitude: 11.9404, longitude: 108.4583) == nil)
    }

    @Test func aBoundaryThatIsNotGeoJSONIsRefusedWithItsReason() {
        #expect(throws: UnitBoundaries.Invalid.self) { try UnitBoundaries.features(Data(#"{"features":[{"properties":{"code":"1","name":"x"},"geometry":{"type":"Polygon","coordinates":[[[200,1],[1,1],[1,2]]]}}]}"#.utf8)) }
        #expect(throws: UnitBoundaries.Invalid.self) { try UnitBoundaries.features(Data("not json".utf8)) }
    }
}
