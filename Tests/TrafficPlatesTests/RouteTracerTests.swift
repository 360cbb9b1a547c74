import Foundation
import Testing
import TrafficPlates

@Suite struct RouteTracerTests {
    static let buonMaThuot = GeoPoint(latitudeDegrees: 12.6680, longitudeDegrees: 108.0378)
    static let buonHo = GeoPoint(latitudeDegrees: 12.9150, longitudeDegrees: 108.2700)
    static let krongNang = GeoPoint(latitudeDegrees: 12.9900, longitudeDegrees: 108.3700)
    static let t0: Int64 = 1_740_960_000_000
    static let minute: Int64 = 60_000

    static func sighting(
        _ id: String, camera: String, district: Int, at location: GeoPoint, _ time: Int64, read: String = "47A-123.45",
        confidence: Double = 0.9, evidence: [String] = []
    ) throws -> PlateSighting {
        PlateSighting(
            id: id, plate: try VehiclePlate(parsing: read), readConfidence: confidence, cameraID: camera, districtCode: district,
            cameraLocation: location, timeMillis: time, evidenceRefs: evidence)
    }

    static func northboundTrip() throws -> [PlateSighting] {
        [
            try sighting("s1", camera: "BMT-NGA-SAU", district: 643, at: buonMaThuot, t0),
            try sighting("s2", camera: "BUON-HO-QL14", district: 644, at: buonHo, t0 + 40 * minute),
            try sighting("s3", camera: "KRONG-NANG-TT", district: 650, at: krongNang, t0 + 60 * minute),
        ]
    }

    @Test func shuffledSightingsComeOutInTimeOrder() throws {
        let trip = try Self.northboundTrip()
        let tracer = try RouteTracer()
        let expected = try tracer.trace(trip)
        for shuffled in [Array(trip.reversed()), [trip[1], trip[2], trip[0]], [trip[2], trip[0], trip[1]]] {
            #expect(try tracer.trace(shuffled) == expected)
        }
        #expect(expected.visits.map(\.cameraID) == ["BMT-NGA-SAU", "BUON-HO-QL14", "KRONG-NANG-TT"])
        #expect(expected.districtsCrossed == [643, 644, 650])
        #expect(expected.firstSeenMillis == Self.t0 && expected.lastSeenMillis == Self.t0 + 60 * Self.minute)
        #expect(expected.overallDirection == .northEast)
        #expect(!expected.hasImpossibleHop)
        #expect(expected.hops.count == 2)
    }

    @Test func nearDuplicateReadsAtOneCameraMergeIntoOneVisit() throws {
        let at = Self.buonMaThuot
        let route = try RouteTracer().trace([
            try Self.sighting("a1", camera: "BMT-NGA-SAU", district: 643, at: at, Self.t0, confidence: 0.7, evidence: ["img/a1.jpg"]),
            try Self.sighting("a2", camera: "BMT-NGA-SAU", district: 643, at: at, Self.t0 + 12_000, read: "47A12345", confidence: 0.95, evidence: ["img/a2.jpg"]),
            try Self.sighting("a3", camera: "BMT-NGA-SAU", district: 643, at: at, Self.t0 + 40_000, read: "47A-I23.45", confidence: 0.6, evidence: ["img/a2.jpg", "img/a3.jpg"]),
            try Self.sighting("a3", camera: "BMT-NGA-SAU", district: 643, at: at, Self.t0 + 40_000, read: "47A-I23.45", confidence: 0.6),
            try Self.sighting("a4", camera: "BMT-NGA-SAU", district: 643, at: at, Self.t0 + 10 * Self.minute),
        ])
        #expect(route.sightingCount == 4)
        #expect(route.visits.count == 2)
        let merged = try #require(route.visits.first)
        #expect(merged.sightingIDs == ["a1", "a2", "a3"])
        #expect(merged.firstSeenMillis == Self.t0 && merged.lastSeenMillis == Self.t0 + 40_000)
        #expect(merged.bestRead.raw == "47A12345" && merged.bestReadConfidence == 0.95)
        #expect(merged.evidenceRefs == ["img/a1.jpg", "img/a2.jpg", "img/a3.jpg"])
        #expect(route.plate.raw == "47A12345")
        #expect(route.hops.first?.distanceMetres == 0 && route.hops.first?.direction == nil)
    }

    @Test func buonMaThuotToKrongNangInFiveMinutesIsImpossibleButInFiftyIsNot() throws {
        let tracer = try RouteTracer()
        let distance = Self.buonMaThuot.distanceMetres(to: Self.krongNang)
        #expect((45_000...55_000).contains(distance))
        let fast = try tracer.trace([
            try Self.sighting("f1", camera: "BMT-NGA-SAU", district: 643, at: Self.buonMaThuot, Self.t0),
            try Self.sighting("f2", camera: "KRONG-NANG-TT", district: 650, at: Self.krongNang, Self.t0 + 5 * Self.minute),
        ])
        let hop = try #require(fast.hops.first)
        #expect(hop.impossibility == .fasterThanMaximumSpeed)
        #expect(hop.transitSeconds == 300)
        #expect(try #require(hop.impliedSpeedKmh) > 500)
        let plausible = try tracer.trace([
            try Self.sighting("p1", camera: "BMT-NGA-SAU", district: 643, at: Self.buonMaThuot, Self.t0),
            try Self.sighting("p2", camera: "KRONG-NANG-TT", district: 650, at: Self.krongNang, Self.t0 + 50 * Self.minute),
        ])
        #expect(!plausible.hasImpossibleHop)
        #expect((50...70).contains(try #require(plausible.hops.first?.impliedSpeedKmh)))
    }

    @Test func theSamePlateAtTwoDistantCamerasAtOnceIsFlaggedButNotAtOneJunction() throws {
        let tracer = try RouteTracer()
        let cloned = try tracer.trace([
            try Self.sighting("c1", camera: "BMT-NGA-SAU", district: 643, at: Self.buonMaThuot, Self.t0),
            try Self.sighting("c2", camera: "BUON-HO-QL14", district: 644, at: Self.buonHo, Self.t0),
        ])
        #expect(cloned.hops.first?.impossibility == .simultaneousAtDistantCameras)
        #expect(cloned.hops.first?.impliedSpeedKmh == nil)
        let acrossTheJunction = GeoPoint(latitudeDegrees: Self.buonMaThuot.latitudeDegrees + 0.0004, longitudeDegrees: Self.buonMaThuot.longitudeDegrees)
        let junction = try tracer.trace([
            try Self.sighting("j1", camera: "BMT-NGA-SAU-N", district: 643, at: Self.buonMaThuot, Self.t0),
            try Self.sighting("j2", camera: "BMT-NGA-SAU-S", district: 643, at: acrossTheJunction, Self.t0 + 1_000),
        ])
        #expect(!junction.hasImpossibleHop)
        let strict = try RouteTracer(maximumSpeedKmh: 50)
        #expect(try strict.trace(Self.northboundTrip()).impossibleHops.map(\.toCameraID) == ["BUON-HO-QL14"])
    }

    @Test func aCameraDueNorthIsBacAndDueEastIsDong() throws {
        let north = GeoPoint(latitudeDegrees: 12.70, longitudeDegrees: 108.0378)
        let east = GeoPoint(latitudeDegrees: 12.6680, longitudeDegrees: 108.10)
        let route = try RouteTracer().trace([
            try Self.sighting("n0", camera: "A", district: 643, at: Self.buonMaThuot, Self.t0),
            try Self.sighting("n1", camera: "B", district: 643, at: north, Self.t0 + 10 * Self.minute),
            try Self.sighting("n2", camera: "C", district: 643, at: Self.buonMaThuot, Self.t0 + 20 * Self.minute),
            try Self.sighting("n3", camera: "D", district: 643, at: east, Self.t0 + 30 * Self.minute),
        ])
        #expect(route.hops.map(\.direction) == [.north, .south, .east])
        #expect(abs(try #require(route.hops.first?.bearingDegrees)) < 1e-9)
    }

    @Test func compassSectorsAreFortyFiveDegreesCentredOnEachPoint() {
        #expect(CompassDirection(bearingDegrees: 350) == .north)
        #expect(CompassDirection(bearingDegrees: 22.4) == .north)
        #expect(CompassDirection(bearingDegrees: 22.5) == .northEast)
        #expect(CompassDirection(bearingDegrees: 135) == .southEast)
        #expect(CompassDirection(bearingDegrees: 200) == .south)
        #expect(CompassDirection(bearingDegrees: 247.5) == .west)
        #expect(CompassDirection(bearingDegrees: -45) == .northWest)
        #expect(CompassDirection.allCases == [.north, .northEast, .east, .southEast, .south, .southWest, .west, .northWest])
    }

    @Test func haversineIsWithinHalfAPercentOfKnownDistances() {
        // Equator to pole along a meridian: the WGS 84 meridian quadrant, 10 001 965.7 m.
        let quadrant = GeoPoint(latitudeDegrees: 0, longitudeDegrees: 0).distanceMetres(to: GeoPoint(latitudeDegrees: 90, longitudeDegrees: 0))
        #expect(abs(quadrant / 10_001_965.7 - 1) < 0.005)
        // LAX (33°57′N 118°24′W) to JFK (40°38′N 73°47′W): 2 144 nautical miles (Williams, Aviation Formulary).
        let lax = GeoPoint(latitudeDegrees: 33 + 57.0 / 60, longitudeDegrees: -(118 + 24.0 / 60))
        let jfk = GeoPoint(latitudeDegrees: 40 + 38.0 / 60, longitudeDegrees: -(73 + 47.0 / 60))
        #expect(abs(lax.distanceMetres(to: jfk) / (2_144 * 1_852) - 1) < 0.005)
    }

    @Test func approachingAndRecedingAreReadAgainstTheCameraHeading() throws {
        var sighting = try Self.sighting("m1", camera: "BMT-LE-DUAN", district: 643, at: Self.buonMaThuot, Self.t0)
        sighting.cameraHeadingDegrees = 10
        sighting.movement = .approaching
        #expect(sighting.travelBearingDegrees == 190)
        sighting.movement = .receding
        #expect(sighting.travelBearingDegrees == 10)
        sighting.movement = .bearing(degrees: -90)
        #expect(sighting.travelBearingDegrees == 270)
        sighting.movement = .approaching
        let route = try RouteTracer().trace([sighting])
        #expect(route.overallDirection == .south)
        #expect(route.hops.isEmpty && route.districtsCrossed == [643])
    }

    @Test func differentPlatesOrNoSightingsAreRefused() throws {
        let tracer = try RouteTracer()
        #expect(throws: PlateTracingError.noSightings) { try tracer.trace([]) }
        #expect(throws: PlateTracingError.sightingsOfDifferentPlates(keys: ["47A12345", "47A12346"])) {
            try tracer.trace([
                try Self.sighting("d1", camera: "A", district: 643, at: Self.buonMaThuot, Self.t0),
                try Self.sighting("d2", camera: "B", district: 643, at: Self.buonHo, Self.t0, read: "47A-123.46"),
            ])
        }
        #expect(throws: PlateTracingError.invalidTracerSetting(name: "maximumSpeedKmh", value: 0)) { try RouteTracer(maximumSpeedKmh: 0) }
    }

    @Test func routesRoundTripThroughCodable() throws {
        var trip = try Self.northboundTrip()
        trip[0].movement = .bearing(degrees: 30)
        let route = try RouteTracer().trace(trip)
        let decoded = try JSONDecoder().decode(PlateRoute.self, from: JSONEncoder().encode(route))
        #expect(decoded == route)
    }
}
