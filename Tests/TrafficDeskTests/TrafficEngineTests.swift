import CRDT
import FieldReports
import Foundation
import Replica
import Testing
import TrafficAnalysis
import TrafficDesk
import TrafficForecast
import TrafficPlates

@Suite struct TrafficEngineTests {
    @Test func storedFiveMinuteIntervalsCountExactlyTheCrossingsOfCleanTracks() async throws {
        let f = try await TrafficFixture()
        let (traffic, scenario) = try f.traffic()
        let report = await f.engine.ingest(text: traffic.text)
        #expect(report.malformed == 0 && report.accepted == traffic.lineCount)
        await f.engine.tick(nowMillis: Replica.systemMillis() + 60_000)
        let flows = try await f.desk.flows(camera: f.camera.id, periodSeconds: 300, since: scenario.startMillis - 300_000)
        for line in ["vach-A", "vach-B", "vach-C"] {
            let stored = flows.filter { $0.subject == line }
            let expected = [CrossingDirection.leftToRight, .rightToLeft].reduce(0) {
                $0 + traffic.truth.expectedCount(camera: f.camera.id, line: line, direction: $1)
            }
            #expect(expected > 0)
            #expect(stored.reduce(0) { $0 + $1.leftToRight + $1.rightToLeft } == expected, "line \(line)")
        }
    }

    @Test func aMOTFileOfACamerasTracksCountsAsTheSameTracksInTheLineFormatDo() async throws {
        let f = try await TrafficFixture()
        let (traffic, scenario) = try f.traffic()
        var parser = DetectionParser(streamStartMillis: scenario.startMillis)
        let detections = parser.parse(traffic.text).detections
        var mot = detections.map { d in
            let frame = Int((Double(d.timeMillis - scenario.startMillis) * scenario.framesPerSecond / 1000).rounded())
            return "\(frame),\(d.trackID),\(d.box.x),\(d.box.y),\(d.box.width),\(d.box.height),\(d.confidence),-1,-1,-1"
        }
        mot.insert("1,-1,10,10,5,5,0.9,-1,-1,-1", at: 1)
        let reader = try #require(MOTParser(camera: f.camera.id, fps: scenario.framesPerSecond, startMillis: scenario.startMillis))
        let report = await f.engine.ingest(mot: Array(mot.joined(separator: "\n").utf8), reader: reader)
        #expect(report.accepted == detections.count)
        #expect(report.malformed == 1 && report.refused.first?.line == 2)
        await f.engine.tick(nowMillis: Replica.systemMillis() + 60_000)
        let flows = try await f.desk.flows(camera: f.camera.id, periodSeconds: 300, since: scenario.startMillis - 300_000)
        for line in ["vach-A", "vach-B", "vach-C"] {
            let expected = [CrossingDirection.leftToRight, .rightToLeft].reduce(0) {
                $0 + traffic.truth.expectedCount(camera: f.camera.id, line: line, direction: $1)
            }
            #expect(expected > 0)
            #expect(flows.filter { $0.subject == line }.reduce(0) { $0 + $1.leftToRight + $1.rightToLeft } == expected, "line \(line)")
        }
    }

    @Test func theCamerasTrackQualityReachesItsReplicatedState() async throws {
        let f = try await TrafficFixture()
        let (traffic, _) = try f.traffic(seconds: 120, noise: SyntheticNoise(jitterSigmaPixels: 1, idSwitchProbability: 0.05))
        _ = await f.engine.ingest(text: traffic.text)
        await f.engine.tick(nowMillis: Replica.systemMillis() + 60_000)
        let state = try #require(try await f.desk.cameraStates()[f.camera.id])
        let tracks = try #require(state.tracksFollowed)
        #expect(tracks > 50)
        let share = try #require(state.adjustedTrackShare)
        #expect(share > 0 && share < 0.5, "the noise switches ids, so some tracks were bridged")
    }

    @Test func anIntervalReportedInTwoPartsSumsItsCounts() async throws {
        let f = try await TrafficFixture()
        let start: Int64 = 1_795_400_100_000 / 300_000 * 300_000
        func part(_ vehicles: Int, covered: Int64) -> AnalyzerOutput {
            var output = AnalyzerOutput()
            output.aggregates = [IntervalAggregate(
                cameraID: f.camera.id, subject: .line(name: "vach-A"), period: .fiveMinutes, startMillis: start, endMillis: start + 300_000,
                durationSeconds: 300, coveredMillis: covered, countsByClass: [.motorbike: vehicles], leftToRightCount: vehicles, rightToLeftCount: 0,
                vehicleCount: vehicles, flowVehiclesPerHour: 0, occupancy: nil, meanSpeedKmh: 30, speed85thPercentileKmh: 35, meanHeadwaySeconds: 4)]
            return output
        }
        try await f.desk.record(part(7, covered: 100_000), camera: f.camera, state: nil, author: "test")
        try await f.desk.record(part(5, covered: 200_000), camera: f.camera, state: nil, author: "test")
        let flows = try await f.desk.flows(camera: f.camera.id, periodSeconds: 300, since: start)
        #expect(flows.count == 1)
        #expect(flows.first?.vehicles == 12)
        #expect(flows.first?.countsByClass["motorbike"] == 12)
        #expect(flows.first?.coveredMillis == 300_000)
        #expect(flows.first.map { abs($0.flowVehiclesPerHour - 144) < 1e-9 } == true)
        #expect(flows.first?.meanSpeedKmh == 30)
    }

    @Test func malformedLinesAndUnknownCamerasAreReportedAndTheRestIsAnalysed() async throws {
        let f = try await TrafficFixture()
        let (traffic, _) = try f.traffic(seconds: 60)
        var text = traffic.lines.prefix(200).joined(separator: "\n")
        text += "\nbmt-nga-sau,abc,1,car,1,1,1,1,0.9\nkhong-co-camera,1795400000000,1,car,1,1,10,10,0.9\ncmg-hung-vuong,1795400000000,1,car,1,1,10,10,0.9\n"
        let report = await f.engine.ingest(text: Array(text.utf8))
        #expect(report.accepted == 200)
        #expect(report.malformed == 1)
        #expect(report.refused.first?.line == 201)
        #expect(report.unknownCameras.map(\.camera).sorted() == ["cmg-hung-vuong", "khong-co-camera"])
        #expect(report.unknownCameras.first { $0.camera == "cmg-hung-vuong" }?.reason.contains("648") == true)
    }

    @Test func aWatchListedPlateRaisesOneAlertPerTrack() async throws {
        let f = try await TrafficFixture()
        let (traffic, _) = try f.traffic(seconds: 120)
        let target = try #require(traffic.truth.vehicles.first { $0.plate != nil && $0.role == .laneTraffic })
        let plate = try VehiclePlate(parsing: target.plate!)
        try await f.desk.catalog.watch(
            WatchlistEntry(plate: plate, reason: "Xe bị mất cắp", addedBy: "test", addedAtMillis: 0), author: "test")
        let report = await f.engine.ingest(text: traffic.text)
        #expect(report.alertsRaised == 1)
        let alerts = try await f.desk.alerts()
        #expect(alerts.count == 1)
        #expect(alerts.first?.plateKey == plate.key)
        #expect(alerts.first?.camera == f.camera.id)
        #expect(alerts.first?.reason == "Xe bị mất cắp")
    }

    @Test func aViolationOpensOneCaseAndADismissedOneOpensNone() async throws {
        let f = try await TrafficFixture()
        let (traffic, _) = try f.traffic(seconds: 300) { $0.speeders = 3; $0.sidewalkRiders = 1 }
        _ = await f.engine.ingest(text: traffic.text)
        await f.engine.tick(nowMillis: Replica.systemMillis() + 60_000)
        let violations = try await f.desk.events(TrafficEventQuery(violationsOnly: true, limit: 100)).rows
        let sidewalk = try #require(violations.first { $0.kind == "sidewalk" })
        let sidewalkID = try #require(EntityID(sidewalk.id))
        let receipt = try await f.desk.openCase(for: sidewalkID, records: f.records, author: "can-bo") { record, _ in record.kind }
        let again = try await f.desk.openCase(for: sidewalkID, records: f.records, author: "can-bo") { record, _ in record.kind }
        #expect(again.case == receipt.case)
        let record = try #require(try await f.records.caseRecord(receipt.case))
        #expect(record.category == "lan-chiem-long-le-duong")
        let updated = try #require(try await f.desk.event(sidewalkID))
        #expect(updated.status == .caseOpened && updated.trackingCode == receipt.trackingCode)

        let speeding = try #require(violations.first { $0.kind == "speeding" })
        let id = try #require(EntityID(speeding.id))
        try await f.desk.dismiss(id, reason: "Xe cứu thương", author: "can-bo")
        await #expect(throws: TrafficDeskError.self) { try await f.desk.openCase(for: id, records: f.records, author: "can-bo") { record, _ in record.kind } }
    }

    @Test func seededHistoryGivesForecastsThatAreScoredOnWhatHappened() async throws {
        let f = try await TrafficFixture()
        let start = (Int64(Replica.systemMillis()) / 900_000 - 4 * 7 * 96) * 900_000
        let series = try SyntheticFlowGenerator.buonMaThuotArterial().series(startMillis: start, intervalMillis: 900_000, intervals: 4 * 7 * 96)
        try await f.engine.seedForecastHistory(camera: f.camera.id, series: series)
        let live = try #require(await f.engine.liveCameras()[f.camera.id])
        let models = Set(live.forecasts.map(\.model))
        #expect(models.contains(.timeOfWeekAverage) && models.contains(.holtWinters) && models.contains(.persistence))
        let tow = try #require(live.accuracy.first { $0.model == .timeOfWeekAverage && $0.horizon == .sixtyMinutes })
        let persistence = try #require(live.accuracy.first { $0.model == .persistence && $0.horizon == .sixtyMinutes })
        #expect(tow.count > 100)
        let towMAE = try #require(tow.maeVehPerHour)
        let persistenceMAE = try #require(persistence.maeVehPerHour)
        #expect(towMAE < persistenceMAE)
    }

    @Test func sightingsAcrossDistrictsFormARouteAndFlagAnImpossibleHop() async throws {
        let f = try await TrafficFixture()
        let eaKar = try #require(DemoCameras.cameras.first { $0.id == "eka-ql26-trung-tam" })
        func sighting(_ camera: RegisteredCamera, _ t: Int64) -> AnalyzerOutput {
            var output = AnalyzerOutput()
            output.plateSightings = [PlateTrackSighting(
                cameraID: camera.id, trackIDs: [1], vehicleClass: .car, firstSeenMillis: t, lastSeenMillis: t,
                plate: TrafficAnalysis.PlateSighting(text: "47B-555.55", confidence: 0.9, cropRef: nil, timeMillis: t))]
            return output
        }
        let t0: Int64 = 1_795_400_000_000
        try await f.desk.record(sighting(eaKar, t0), camera: eaKar, state: nil, author: "test")
        try await f.desk.record(sighting(f.camera, t0 + 180_000), camera: f.camera, state: nil, author: "test")
        let plate = try VehiclePlate(parsing: "47B55555")
        let sightings = try await f.desk.sightings(of: plate, cameras: DemoCameras.cameras)
        #expect(sightings.map(\.cameraID) == ["eka-ql26-trung-tam", "bmt-nga-sau"])
        let route = try RouteTracer().trace(sightings)
        #expect(route.hasImpossibleHop)
        #expect(route.districtsCrossed.contains(651) && route.districtsCrossed.contains(643))
    }
}
