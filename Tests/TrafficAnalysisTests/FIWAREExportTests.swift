import Foundation
import Testing

@testable import TrafficAnalysis

/// FIWARE Smart Data Models export: `TrafficFlowObserved` from interval aggregates, `Alert` from events.
@Suite struct FIWAREExportTests {
    static let camera = SyntheticTraffic.demoCamera(id: "bmt-le-duan-01")
    /// 2024-06-01T00:05:00Z.
    static let start: Int64 = 1_717_200_300_000

    static func laneAggregate(covered: Int64 = 300_000) -> IntervalAggregate {
        IntervalAggregate(
            cameraID: camera.id, subject: .lane(name: "lan-2", index: 2), period: .fiveMinutes, startMillis: start,
            endMillis: start + 300_000, durationSeconds: 300, coveredMillis: covered,
            countsByClass: [.motorbike: 80, .car: 30, .bus: 2, .truck: 5, .bicycle: 3, .pedestrian: 4], leftToRightCount: nil,
            rightToLeftCount: nil, vehicleCount: 120, flowVehiclesPerHour: 1440, occupancy: 0.2345678, meanSpeedKmh: 27.345678,
            speed85thPercentileKmh: 35, meanHeadwaySeconds: 2.5123456)
    }

    static func lineAggregate(_ name: String) -> IntervalAggregate {
        IntervalAggregate(
            cameraID: camera.id, subject: .line(name: name), period: .thirtySeconds, startMillis: start, endMillis: start + 30_000,
            durationSeconds: 30, coveredMillis: 30_000, countsByClass: [.car: 3, .pedestrian: 1], leftToRightCount: 2, rightToLeftCount: 2,
            vehicleCount: 3, flowVehiclesPerHour: 360, occupancy: nil, meanSpeedKmh: nil, speed85thPercentileKmh: nil,
            meanHeadwaySeconds: nil)
    }

    static func speeding(kmh: Double?, limit: Double? = 50, plate: Bool = true) -> TrafficEvent {
        let sighting = PlateSighting(text: "47A-123.45", confidence: 0.91, cropRef: String(repeating: "ab", count: 32), timeMillis: start + 12_000)
        let evidence = ViolationEvidence(
            cameraID: camera.id, districtCode: "643", timeMillis: start + 12_040, trackID: 17, trackIDs: [9, 17], vehicleClass: .motorbike,
            plateReads: plate ? [sighting] : [], bestPlate: plate ? sighting : nil, bestFrameRef: String(repeating: "cd", count: 32),
            plateCropRef: plate ? String(repeating: "ab", count: 32) : nil, anchorPixel: PixelPoint(x: 1012.25, y: 700.5),
            ground: GroundPoint(rightMetres: 1.75, forwardMetres: 30), map: GeoPosition(latitude: 12.66775, longitude: 108.03795),
            speedKmh: kmh, speedLimitKmh: limit, dwellSeconds: nil, signalPhase: nil)
        return TrafficEvent(cameraID: camera.id, timeMillis: start + 12_040, kind: .speeding, evidence: evidence)
    }

    /// The JSON parsed back with JSONSerialization, as a consumer would.
    static func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Parses an ISO 8601 UTC date-time with or without milliseconds.
    static func date(_ text: String) -> Date? {
        let withFraction = ISO8601DateFormatter()
        withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return withFraction.date(from: text) ?? ISO8601DateFormatter().date(from: text)
    }

    static func expectUTC(_ value: Any?, millis: Int64) {
        guard let text = value as? String else {
            Issue.record("not a date string: \(String(describing: value))")
            return
        }
        #expect(text.hasSuffix("Z"), "UTC designator: \(text)")
        #expect(text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$"#, options: .regularExpression) != nil, "ISO 8601: \(text)")
        let parsed = date(text)
        #expect(parsed.map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) } == millis, "\(text)")
    }

    // MARK: - TrafficFlowObserved

    @Test func trafficFlowObservedHasTheRequiredAttributes() throws {
        let data = FIWARETrafficFlowObserved.entity(aggregate: Self.laneAggregate(), camera: Self.camera, congestion: .heavy)
        let json = try Self.object(data)
        for key in ["@context", "id", "type", "dateObserved", "dateObservedFrom", "dateObservedTo", "location", "laneId", "laneDirection",
            "intensity", "occupancy", "averageVehicleSpeed", "averageHeadwayTime", "congested", "name"]
        {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["type"] as? String == "TrafficFlowObserved")
        #expect(json["id"] as? String == "urn:ngsi-ld:TrafficFlowObserved:bmt-le-duan-01:lane.lan-2:PT5M:20240601T000500Z")
        #expect(json["intensity"] as? Int == 120)
        #expect(json["laneId"] as? Int == 2)
        #expect(json["laneDirection"] as? String == "forward")
        #expect(json["occupancy"] as? Double == 0.2346)
        #expect(json["averageVehicleSpeed"] as? Double == 27.35)
        #expect(json["averageHeadwayTime"] as? Double == 2.512)
        #expect(json["congested"] as? Bool == false)
        #expect(json["vehicleType"] == nil, "the all-vehicles entity has no vehicle type")
        #expect(json["description"] == nil, "a full interval is not marked partial")
        let context = try #require(json["@context"] as? [String])
        #expect(context == [FIWARETrafficFlowObserved.transportationContext, NGSILD.coreContext], "the core context last")
        #expect(json["dateObserved"] as? String == "2024-06-01T00:05:00Z/2024-06-01T00:10:00Z")
        Self.expectUTC(json["dateObservedFrom"], millis: Self.start)
        Self.expectUTC(json["dateObservedTo"], millis: Self.start + 300_000)
    }

    @Test func locationIsLongitudeThenLatitude() throws {
        let json = try Self.object(FIWARETrafficFlowObserved.entity(aggregate: Self.laneAggregate(), camera: Self.camera))
        let location = try #require(json["location"] as? [String: Any])
        #expect(location["type"] as? String == "Point")
        let coordinates = try #require(location["coordinates"] as? [Double])
        #expect(coordinates.count == 2)
        // Buôn Ma Thuột: longitude ≈ 108.04 E, latitude ≈ 12.67 N; swapped they would be out of range.
        #expect(abs(coordinates[0] - Self.camera.position.longitude) < 0.01, "longitude first: \(coordinates)")
        #expect(abs(coordinates[1] - Self.camera.position.latitude) < 0.01, "latitude second: \(coordinates)")
        // The lane's centre lies ahead of the camera (heading 30°: north-east), not on the camera.
        #expect(coordinates[0] > Self.camera.position.longitude && coordinates[1] > Self.camera.position.latitude)

        var uncalibrated = Self.camera
        uncalibrated.calibration = nil
        let plain = try Self.object(FIWARETrafficFlowObserved.entity(aggregate: Self.laneAggregate(), camera: uncalibrated))
        let point = try #require((plain["location"] as? [String: Any])?["coordinates"] as? [Double])
        #expect(point == [108.0378, 12.6675], "without calibration: the camera's own position, [lon, lat]")
    }

    @Test func linesCarryDirectionOnlyWhenOneWayAndNoLaneAttributes() throws {
        let twoWay = try Self.object(FIWARETrafficFlowObserved.entity(aggregate: Self.lineAggregate("vach-A"), camera: Self.camera))
        #expect(twoWay["laneDirection"] == nil)
        #expect(twoWay["laneId"] == nil)
        #expect(twoWay["occupancy"] == nil)
        #expect(twoWay["averageVehicleSpeed"] == nil, "no speed measured: left out, not null")
        #expect(twoWay["congested"] == nil, "congestion not given: left out")
        #expect(twoWay["intensity"] as? Int == 3, "pedestrians are not vehicles")
        #expect(twoWay["id"] as? String == "urn:ngsi-ld:TrafficFlowObserved:bmt-le-duan-01:line.vach-A:PT30S:20240601T000500Z")
        let away = try Self.object(FIWARETrafficFlowObserved.entity(aggregate: Self.lineAggregate("vach-B"), camera: Self.camera))
        #expect(away["laneDirection"] as? String == "forward")
        let towards = try Self.object(FIWARETrafficFlowObserved.entity(aggregate: Self.lineAggregate("vach-C"), camera: Self.camera))
        #expect(towards["laneDirection"] as? String == "backward")
    }

    @Test func perClassEntitiesCarryTheVehicleType() throws {
        let entities = FIWARETrafficFlowObserved.entities(aggregate: Self.laneAggregate(), camera: Self.camera)
        #expect(entities.count == 6, "all vehicles, then five vehicle classes")
        #expect(entities.first?.vehicleType == nil)
        #expect(Set(entities.map(\.id)).count == entities.count, "ids are unique")
        let byType = Dictionary(uniqueKeysWithValues: entities.dropFirst().map { ($0.vehicleType ?? "?", $0) })
        #expect(byType["motorcycle"]?.intensity == 80)
        #expect(byType["motorcycle"]?.vehicleSubType == "motorbike")
        #expect(byType["lorry"]?.intensity == 5)
        #expect(byType["car"]?.id.hasSuffix(":car") == true)
        #expect(byType["bus"]?.averageVehicleSpeed == nil, "speed is not kept per class")
        #expect(FIWARETrafficFlowObserved(aggregate: Self.laneAggregate(), camera: Self.camera, vehicleClass: .pedestrian) == nil)
    }

    @Test func partialIntervalsAreMarkedAndCongestionFlagged() throws {
        let json = try Self.object(
            FIWARETrafficFlowObserved.entity(aggregate: Self.laneAggregate(covered: 120_000), camera: Self.camera, congestion: .stationary))
        #expect(json["description"] as? String == "partial interval: 120 s of 300 s observed")
        #expect(json["congested"] as? Bool == true)
    }

    @Test func idComponentsArePercentEncoded() throws {
        var aggregate = Self.lineAggregate("vạch:A 1")
        aggregate.cameraID = "cam/ngã-tư"
        let entity = FIWARETrafficFlowObserved(aggregate: aggregate, camera: Self.camera)
        #expect(entity.id == "urn:ngsi-ld:TrafficFlowObserved:cam%2Fng%C3%A3-t%C6%B0:line.v%E1%BA%A1ch%3AA%201:PT30S:20240601T000500Z")
        #expect(entity.id.split(separator: ":").count == 7)
    }

    @Test func exportIsDeterministic() {
        let a = FIWARETrafficFlowObserved.entity(aggregate: Self.laneAggregate(), camera: Self.camera, congestion: .light)
        let b = FIWARETrafficFlowObserved.entity(aggregate: Self.laneAggregate(), camera: Self.camera, congestion: .light)
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.hasPrefix("{\"@context\":[\"https://raw.githubusercontent.com/smart-data-models/"), "sorted keys, slashes unescaped")
        #expect(!text.contains("null"))
    }

    @Test func entityDecodesBackToTheSameValue() throws {
        let entity = FIWARETrafficFlowObserved(aggregate: Self.laneAggregate(), camera: Self.camera, congestion: .congested)
        let decoded = try JSONDecoder().decode(FIWARETrafficFlowObserved.self, from: entity.jsonData)
        #expect(decoded == entity)
    }

    // MARK: - Alert

    @Test func alertHasTheRequiredAttributesAndEvidence() throws {
        let event = Self.speeding(kmh: 78.456)
        let json = try Self.object(FIWAREAlert.entity(event: event, camera: Self.camera))
        for key in ["@context", "id", "type", "category", "subCategory", "severity", "dateIssued", "validFrom", "validTo", "location",
            "description", "alertSource", "data", "name"]
        {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["type"] as? String == "Alert")
        #expect(json["category"] as? String == "traffic")
        #expect(json["subCategory"] as? String == "hazardOnRoad")
        #expect(json["severity"] as? String == "high", "28 km/h over the limit")
        #expect(json["id"] as? String == "urn:ngsi-ld:Alert:bmt-le-duan-01:20240601T000512.040Z:speeding:track-17")
        #expect(json["alertSource"] as? String == "urn:ngsi-ld:Device:bmt-le-duan-01")
        #expect((json["description"] as? String)?.contains("47A-123.45") == true)
        Self.expectUTC(json["dateIssued"], millis: Self.start + 12_040)
        Self.expectUTC(json["validFrom"], millis: Self.start + 12_040)
        Self.expectUTC(json["validTo"], millis: Self.start + 12_040)
        let coordinates = try #require((json["location"] as? [String: Any])?["coordinates"] as? [Double])
        #expect(coordinates == [108.03795, 12.66775], "the road user's map position, [lon, lat]")

        let data = try #require(json["data"] as? [String: Any])
        #expect(data["event"] as? String == "speeding")
        #expect(data["plate"] as? String == "47A-123.45")
        #expect(data["plateConfidence"] as? Double == 0.91)
        #expect(data["plateCropRef"] as? String == String(repeating: "ab", count: 32))
        #expect(data["frameRef"] as? String == String(repeating: "cd", count: 32))
        #expect(data["trackId"] as? Int == 17)
        #expect(data["trackIds"] as? [Int] == [9, 17])
        #expect(data["vehicleClass"] as? String == "motorbike")
        #expect(data["vehicleType"] as? String == "motorcycle")
        #expect(data["speedKmh"] as? Double == 78.46)
        #expect(data["speedLimitKmh"] as? Double == 50)
        #expect(data["anchorPixel"] as? [Double] == [1012.25, 700.5])
        let reads = try #require(data["plateReads"] as? [[String: Any]])
        #expect(reads.count == 1)
        #expect(reads.first?["cropRef"] as? String == String(repeating: "ab", count: 32))
        Self.expectUTC(reads.first?["dateObserved"], millis: Self.start + 12_000)
        #expect(data["dwellSeconds"] == nil, "absent evidence is left out")
    }

    @Test func severityMapping() {
        func severity(_ kind: TrafficEventKind) -> FIWAREAlertSeverity {
            FIWAREAlertSeverity(TrafficEvent(cameraID: Self.camera.id, timeMillis: Self.start, kind: kind, evidence: nil))
        }
        #expect(severity(.congestionRaised(level: .light)) == .low)
        #expect(severity(.congestionRaised(level: .heavy)) == .medium)
        #expect(severity(.congestionRaised(level: .congested)) == .high)
        #expect(severity(.congestionRaised(level: .stationary)) == .critical)
        #expect(severity(.congestionCleared) == .informational)
        #expect(severity(.wrongWayAtLine(line: "vach-B")) == .high)
        #expect(severity(.wrongWayInLane(lane: "lan-2")) == .high)
        #expect(severity(.redLight(stopLine: "vach-dung")) == .high)
        #expect(severity(.stoppedInNoStoppingZone(zone: "cam-dung")) == .low)
        #expect(severity(.sidewalkEncroachment(zone: "via-he")) == .low)
        #expect(severity(.speeding) == .medium, "speed unknown")
        #expect(FIWAREAlertSeverity(Self.speeding(kmh: 55)) == .low)
        #expect(FIWAREAlertSeverity(Self.speeding(kmh: 60)) == .medium)
        #expect(FIWAREAlertSeverity(Self.speeding(kmh: 84.9)) == .high)
        #expect(FIWAREAlertSeverity(Self.speeding(kmh: 85)) == .critical)
        #expect(FIWAREAlertSeverity.informational < .low && FIWAREAlertSeverity.high < .critical)
    }

    @Test func subCategoryMapping() {
        #expect(FIWAREAlertSubCategory(.congestionRaised(level: .heavy)) == .trafficJam)
        #expect(FIWAREAlertSubCategory(.congestionCleared) == .trafficJam)
        #expect(FIWAREAlertSubCategory(.stoppedInNoStoppingZone(zone: "z")) == .carStopped)
        #expect(FIWAREAlertSubCategory(.wrongWayAtLine(line: "l")) == .carWrongDirection)
        #expect(FIWAREAlertSubCategory(.wrongWayInLane(lane: "l")) == .carWrongDirection)
        #expect(FIWAREAlertSubCategory(.speeding) == .hazardOnRoad)
        #expect(FIWAREAlertSubCategory(.redLight(stopLine: "s")) == .hazardOnRoad)
        #expect(FIWAREAlertSubCategory(.sidewalkEncroachment(zone: "z")) == .hazardOnRoad)
        // Every value used is in the Smart Data Models Alert subCategory list.
        let allowed: Set<String> = ["trafficJam", "carAccident", "carWrongDirection", "carStopped", "pothole", "roadClosed", "roadWorks",
            "hazardOnRoad", "injuredBiker", "pedestrianOnRoad", "bikerOnRoad", "tramApproaching"]
        #expect(FIWAREAlertSubCategory.allCases.allSatisfy { allowed.contains($0.rawValue) })
    }

    @Test func congestionAlertsUseTheCameraPositionAndOpenValidity() throws {
        let raised = TrafficEvent(cameraID: Self.camera.id, timeMillis: Self.start + 30_000, kind: .congestionRaised(level: .congested), evidence: nil)
        let json = try Self.object(FIWAREAlert.entity(event: raised, camera: Self.camera))
        #expect(json["subCategory"] as? String == "trafficJam")
        #expect(json["severity"] as? String == "high")
        #expect(json["validTo"] == nil, "a raised congestion holds until the next congestion alert")
        #expect(json["id"] as? String == "urn:ngsi-ld:Alert:bmt-le-duan-01:20240601T000530Z:congestionRaised")
        #expect((json["location"] as? [String: Any])?["coordinates"] as? [Double] == [108.0378, 12.6675])
        #expect((json["data"] as? [String: Any])?["congestionLevel"] as? String == "congested")
        Self.expectUTC(json["dateIssued"], millis: Self.start + 30_000)

        let cleared = TrafficEvent(cameraID: Self.camera.id, timeMillis: Self.start + 600_000, kind: .congestionCleared, evidence: nil)
        let clearedJSON = try Self.object(FIWAREAlert.entity(event: cleared, camera: Self.camera))
        #expect(clearedJSON["severity"] as? String == "informational")
        Self.expectUTC(clearedJSON["validTo"], millis: Self.start + 600_000)
    }

    @Test func alertIdsNameThePlaceAndTheTrack() {
        var event = Self.speeding(kmh: 70)
        event.kind = .stoppedInNoStoppingZone(zone: "cam-dung")
        #expect(FIWAREAlert(event: event, camera: Self.camera).id == "urn:ngsi-ld:Alert:bmt-le-duan-01:20240601T000512.040Z:stoppedInNoStoppingZone.cam-dung:track-17")
        var other = event
        other.kind = .sidewalkEncroachment(zone: "cam-dung")
        #expect(FIWAREAlert(event: event, camera: Self.camera).id != FIWAREAlert(event: other, camera: Self.camera).id)
    }

    @Test func datesAreUTCAcrossCalendarEdges() {
        #expect(NGSILD.dateTime(millis: 0) == "1970-01-01T00:00:00Z")
        #expect(NGSILD.dateTime(millis: -1) == "1969-12-31T23:59:59.999Z")
        #expect(NGSILD.dateTime(millis: 951_782_400_000) == "2000-02-29T00:00:00Z")
        #expect(NGSILD.dateTime(millis: 1_735_689_599_999) == "2024-12-31T23:59:59.999Z")
        #expect(NGSILD.compactDateTime(millis: 1_717_200_312_040) == "20240601T000512.040Z")
        #expect(NGSILD.duration(millis: 30_000) == "PT30S" && NGSILD.duration(millis: 900_000) == "PT15M")
        #expect(NGSILD.seconds(millis: 239_160) == "239.16" && NGSILD.seconds(millis: 300_000) == "300")
        // Every hour of a leap year, against Foundation.
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        var t: Int64 = 1_704_067_200_000
        while t < 1_735_689_600_000 {
            #expect(NGSILD.dateTime(millis: t) == formatter.string(from: Date(timeIntervalSince1970: Double(t) / 1000)))
            t += 3_600_000 * 7 + 1000
        }
    }

    @Test func everyEventOfASyntheticRunExportsAndParses() throws {
        var scenario = AccuracyTests.busyScenario(seed: 7, seconds: 240)
        scenario.plateEveryFrames = 5
        let traffic = try SyntheticTraffic(cameras: [Self.camera], scenario: scenario)
        let run = try #require(try Fixture.analyze(traffic, cameras: [Self.camera], scenario: scenario)[Self.camera.id])
        #expect(!run.output.events.isEmpty && !run.output.aggregates.isEmpty)
        var ids = Set<String>()
        var withPlate = 0
        for event in run.output.events {
            let alert = FIWAREAlert(event: event, camera: Self.camera)
            let json = try Self.object(alert.jsonData)
            #expect(json["dateIssued"] != nil && json["alertSource"] != nil && json["category"] as? String == "traffic")
            #expect(ids.insert(alert.id).inserted, "duplicate alert id \(alert.id)")
            if (json["data"] as? [String: Any])?["plate"] != nil { withPlate += 1 }
        }
        #expect(withPlate > 0, "violations carry their plate evidence")
        for aggregate in run.output.aggregates {
            for entity in FIWARETrafficFlowObserved.entities(aggregate: aggregate, camera: Self.camera) {
                let json = try Self.object(entity.jsonData)
                #expect(json["id"] as? String == entity.id)
                #expect(ids.insert(entity.id).inserted, "duplicate entity id \(entity.id)")
                let coordinates = (json["location"] as? [String: Any])?["coordinates"] as? [Double] ?? []
                #expect(coordinates.count == 2 && abs(coordinates[0] - 108.04) < 0.01 && abs(coordinates[1] - 12.67) < 0.01)
            }
        }
    }
}
