import Foundation
import Testing

@testable import TrafficAnalysis

/// End-to-end accuracy against synthetic traffic with known truth.
@Suite struct AccuracyTests {
    static func busyScenario(seed: UInt64, seconds: Double = 180) -> SyntheticScenario {
        var s = SyntheticScenario()
        s.seed = seed
        s.durationSeconds = seconds
        s.vehiclesPerMinutePerLane = 14
        s.speedRangeKmh = 18...42
        s.speeders = 4
        s.wrongWayVehicles = 3
        s.stopperDwellSeconds = [6, 20, 30]
        s.sidewalkRiders = 2
        s.pedestrians = 4
        s.signalCycle = .init(greenSeconds: 30, amberSeconds: 3, redSeconds: 27)
        return s
    }

    /// Line, direction → (measured, truth).
    func counts(_ run: Fixture.Run, _ truth: SyntheticTruth, camera: CameraGeometry) -> [String: (Int, Int)] {
        var result: [String: (Int, Int)] = [:]
        for line in run.analyzer.liveCounts {
            for direction in CrossingDirection.allCases {
                result["\(line.line) \(direction)"] = (line.count(direction), truth.expectedCount(camera: camera.id, line: line.line, direction: direction))
            }
        }
        return result
    }

    @Test func countsAreExactOnCleanTracks() throws {
        let camera = SyntheticTraffic.demoCamera()
        let scenario = Self.busyScenario(seed: 1)
        let traffic = try SyntheticTraffic(cameras: [camera], scenario: scenario)
        let run = try #require(try Fixture.analyze(traffic, cameras: [camera], scenario: scenario)[camera.id])
        var total = 0
        for (key, (measured, truth)) in counts(run, traffic.truth, camera: camera) {
            #expect(measured == truth, "\(key)")
            total += truth
        }
        #expect(total > 200, "the scenario must exercise the lines")
        for line in run.analyzer.liveCounts {
            for direction in CrossingDirection.allCases {
                for c in VehicleClass.allCases {
                    let measured = direction == .leftToRight ? line.leftToRight[c] : line.rightToLeft[c]
                    #expect(measured == traffic.truth.expectedCount(camera: camera.id, line: line.line, direction: direction, vehicleClass: c), "\(line.line) \(direction) \(c)")
                }
            }
        }
    }

    @Test func countsStayWithinTwoPercentUnderJitterOcclusionsAndIDSwitches() throws {
        let cameras = [SyntheticTraffic.demoCamera(id: "cam-a"), SyntheticTraffic.demoCamera(id: "cam-b", calibration: .twoLine)]
        var scenario = Self.busyScenario(seed: 42, seconds: 240)
        scenario.vehiclesPerMinutePerLane = 20
        scenario.noise = SyntheticNoise(jitterSigmaPixels: 1.5, occlusionProbability: 0.3, maxOcclusionSeconds: 1.2, idSwitchProbability: 0.2, falseDetectionsPerFrame: 0.3)
        let traffic = try SyntheticTraffic(cameras: cameras, scenario: scenario)
        let runs = try Fixture.analyze(traffic, cameras: cameras, scenario: scenario)
        var measuredTotal = 0, truthTotal = 0
        for camera in cameras {
            let run = try #require(runs[camera.id])
            #expect(run.analyzer.idSwitchesBridged > 50)
            for (key, (measured, truth)) in counts(run, traffic.truth, camera: camera) {
                #expect(abs(measured - truth) <= max(1, Int((0.02 * Double(truth)).rounded(.down))), "\(camera.id) \(key): \(measured) vs \(truth)")
                measuredTotal += measured
                truthTotal += truth
            }
        }
        print("noisy counts: measured \(measuredTotal), truth \(truthTotal)")
        #expect(truthTotal > 800)
        #expect(abs(Double(measuredTotal - truthTotal)) <= 0.01 * Double(truthTotal))
    }

    @Test(arguments: [SyntheticTraffic.DemoCalibration.fourPoint, .twoLine])
    func speedIsWithinFivePercentOnCalibratedTracks(_ calibration: SyntheticTraffic.DemoCalibration) throws {
        let camera = SyntheticTraffic.demoCamera(calibration: calibration)
        var scenario = Self.busyScenario(seed: 7, seconds: 150)
        scenario.stopperDwellSeconds = []
        scenario.noise.jitterSigmaPixels = 1
        let traffic = try SyntheticTraffic(cameras: [camera], scenario: scenario)
        let run = try #require(try Fixture.analyze(traffic, cameras: [camera], scenario: scenario)[camera.id])
        let byTrack = Fixture.vehiclesByTrack(traffic.truth, camera: camera.id)
        var checked = 0
        var worst = 0.0
        for c in run.output.crossings where c.vehicleClass.isVehicle {
            let vehicle = try #require(byTrack[c.trackID])
            let measured = try #require(c.speedKmh, "every crossing of a calibrated camera has a speed")
            let error = abs(measured - vehicle.speedKmh) / vehicle.speedKmh
            worst = max(worst, error)
            #expect(error < 0.05, "track \(c.trackID) (\(vehicle.role)) at \(c.line): \(measured) km/h vs \(vehicle.speedKmh)")
            checked += 1
        }
        print("speed check \(calibration): \(checked) crossings, worst error \(worst)")
        #expect(checked > 150)
        #expect(worst > 0, "noise must show up, or the test proves nothing")
        let lanes = run.output.aggregates.filter { if case .lane = $0.subject { return $0.period == .fifteenMinutes } else { return false } }
        #expect(lanes.allSatisfy { ($0.meanSpeedKmh ?? 30) > 17 && ($0.meanSpeedKmh ?? 30) < 43 })
    }

    @Test func dwellTimesAreWithinOneSecond() throws {
        let camera = SyntheticTraffic.demoCamera()
        var scenario = Self.busyScenario(seed: 3, seconds: 240)
        scenario.stopperDwellSeconds = [12, 20, 33, 47]
        scenario.noise.jitterSigmaPixels = 1
        let traffic = try SyntheticTraffic(cameras: [camera], scenario: scenario)
        let run = try #require(try Fixture.analyze(traffic, cameras: [camera], scenario: scenario)[camera.id])
        let byTrack = Fixture.vehiclesByTrack(traffic.truth, camera: camera.id)
        let stoppers = traffic.truth.vehicles.filter { $0.role == .stopper }
        #expect(stoppers.count == 4)
        #expect(run.output.dwells.count == 4)
        for dwell in run.output.dwells {
            let vehicle = try #require(byTrack[dwell.trackID])
            let truth = try #require(vehicle.zoneSeconds["cam-dung"])
            #expect(abs(dwell.dwellSeconds - truth) < 1, "track \(dwell.trackID): \(dwell.dwellSeconds) s vs \(truth) s")
        }
    }

    @Test func violationsAreRaisedExactlyForTheVehiclesTheTruthSays() throws {
        let camera = SyntheticTraffic.demoCamera()
        var scenario = Self.busyScenario(seed: 9, seconds: 240)
        scenario.stopperDwellSeconds = [6, 12, 25, 40]
        scenario.noise.jitterSigmaPixels = 1
        let traffic = try SyntheticTraffic(cameras: [camera], scenario: scenario)
        let run = try #require(try Fixture.analyze(traffic, cameras: [camera], scenario: scenario)[camera.id])
        let byTrack = Fixture.vehiclesByTrack(traffic.truth, camera: camera.id)
        func raised(_ match: (TrafficEventKind) -> Bool) -> Set<Int> {
            Set(run.output.events.filter { match($0.kind) }.compactMap { $0.evidence.map { byTrack[$0.trackID]?.trackIDs[0] ?? -$0.trackID } })
        }
        func expected(_ match: (SyntheticTruth.Vehicle) -> Bool) -> Set<Int> {
            Set(traffic.truth.vehicles.filter(match).map(\.trackIDs[0]))
        }
        let wrongWay = raised { if case .wrongWayAtLine = $0 { true } else if case .wrongWayInLane = $0 { true } else { false } }
        #expect(wrongWay == expected { $0.role == .wrongWay })
        let speeding = raised { $0 == .speeding }
        #expect(speeding == expected { $0.speedKmh > camera.speedLimitKmh + 5 })
        let redLight = raised { $0 == .redLight(stopLine: "vach-dung") }
        #expect(redLight == expected(\.ranRedLight))
        let sidewalk = raised { $0 == .sidewalkEncroachment(zone: "via-he") }
        #expect(sidewalk == expected { ($0.zoneSeconds["via-he"] ?? 0) >= 3 })
        let stopped = raised { $0 == .stoppedInNoStoppingZone(zone: "cam-dung") }
        #expect(stopped == expected { ($0.zoneSeconds["cam-dung"] ?? 0) >= 15 })

        #expect(wrongWay.count == 3)
        #expect(speeding.count == 4)
        #expect(redLight.count >= 5, "the signal plan must catch some vehicles on red")
        #expect(sidewalk.count == 2)
        #expect(stopped.count == 2)
        #expect(run.output.events.filter { if case .wrongWayAtLine = $0.kind { true } else { false } }.count >= 3)
    }

    @Test func trafficThatQueuesAtRedLeavesOnlyTheRunnersAsRedLightViolationsAndIsStillCountedExactly() throws {
        let camera = SyntheticTraffic.demoCamera()
        var scenario = Self.busyScenario(seed: 11, seconds: 900)
        scenario.queueAtRed = true
        scenario.redLightRunners = 3
        scenario.framesPerSecond = 10
        scenario.speedRangeKmh = 35...48
        let traffic = try SyntheticTraffic(cameras: [camera], scenario: scenario)
        let run = try #require(try Fixture.analyze(traffic, cameras: [camera], scenario: scenario)[camera.id])
        let byTrack = Fixture.vehiclesByTrack(traffic.truth, camera: camera.id)
        let runners = Set(traffic.truth.vehicles.filter { $0.role == .redLightRunner }.map(\.trackIDs[0]))
        let redLight = Set(run.output.events.filter { $0.kind == .redLight(stopLine: "vach-dung") }.compactMap { $0.evidence.flatMap { byTrack[$0.trackID]?.trackIDs[0] } })
        #expect(runners.count == 3)
        #expect(Set(traffic.truth.vehicles.filter(\.ranRedLight).map(\.trackIDs[0])) == runners)
        #expect(redLight == runners)
        let queued = traffic.truth.vehicles.filter { $0.role == .laneTraffic && ($0.lastSeenMillis - $0.firstSeenMillis) > 12_000 }
        #expect(queued.count > 10, "ordinary traffic must have waited at red")
        for (key, (measured, truth)) in counts(run, traffic.truth, camera: camera) { #expect(measured == truth, "\(key)") }
    }

    @Test func violationsCarryAnEvidenceBundle() throws {
        let camera = SyntheticTraffic.demoCamera()
        var scenario = Self.busyScenario(seed: 9, seconds: 120)
        scenario.plateEveryFrames = 4
        let traffic = try SyntheticTraffic(cameras: [camera], scenario: scenario)
        let run = try #require(try Fixture.analyze(traffic, cameras: [camera], scenario: scenario)[camera.id])
        let byTrack = Fixture.vehiclesByTrack(traffic.truth, camera: camera.id)
        let speeding = try #require(run.output.events.first { $0.kind == .speeding })
        let evidence = try #require(speeding.evidence)
        let vehicle = try #require(byTrack[evidence.trackID])
        #expect(evidence.cameraID == camera.id)
        #expect(evidence.districtCode == "643")
        #expect(evidence.bestPlate?.text == vehicle.plate)
        #expect(evidence.plateReads.map(\.text) == [vehicle.plate])
        #expect(evidence.bestFrameRef?.count == 64)
        #expect(evidence.plateCropRef?.count == 64)
        #expect(evidence.speedLimitKmh == 50)
        #expect(abs((evidence.speedKmh ?? 0) - vehicle.speedKmh) < 0.05 * vehicle.speedKmh)
        let ground = try #require(evidence.ground)
        let map = try #require(evidence.map)
        let metres = ground.distance(to: GroundPoint(rightMetres: 0, forwardMetres: 0))
        let mapMetres = ((map.latitude - camera.position.latitude) * 111_319.5, (map.longitude - camera.position.longitude) * 111_319.5 * cos(camera.position.latitude * .pi / 180))
        #expect(abs((mapMetres.0 * mapMetres.0 + mapMetres.1 * mapMetres.1).squareRoot() - metres) < 0.01)
        #expect(map.latitude > camera.position.latitude, "a camera heading 30° sees north-east")
        let red = try #require(run.output.events.first { if case .redLight = $0.kind { true } else { false } }?.evidence)
        #expect(red.signalPhase == .red)
        let stop = try #require(run.output.events.first { if case .stoppedInNoStoppingZone = $0.kind { true } else { false } }?.evidence)
        #expect(stop.dwellSeconds == 15)
        let json = try JSONEncoder().encode(run.output.events)
        #expect(try JSONDecoder().decode([TrafficEvent].self, from: json) == run.output.events)
    }

    /// At a signal where traffic queues on red, with a car parked in the no-stopping zone: neither
    /// the queues nor the parked car are congestion.
    @Test func steadyTrafficAtCruiseSpeedStaysBelowHeavyAndSlowDenseTrafficIsCongested() throws {
        let camera = SyntheticTraffic.demoCamera()
        var scenario = SyntheticScenario()
        scenario.seed = 5
        scenario.durationSeconds = 240
        scenario.signalCycle = .init(greenSeconds: 40, amberSeconds: 3, redSeconds: 30)
        scenario.queueAtRed = true
        scenario.redLightRunners = 2
        scenario.speeders = 2
        scenario.wrongWayVehicles = 1
        scenario.stopperDwellSeconds = [25]
        scenario.sidewalkRiders = 1
        scenario.pedestrians = 4
        var worst: [CongestionLevel] = []
        for (perMinute, speeds) in [(5.0, 25.0...42.0), (25.0, 25.0...42.0), (30.0, 6.0...14.0)] {
            scenario.vehiclesPerMinutePerLane = perMinute
            scenario.speedRangeKmh = speeds
            let traffic = try SyntheticTraffic(cameras: [camera], scenario: scenario)
            let run = try #require(try Fixture.analyze(traffic, cameras: [camera], scenario: scenario)[camera.id])
            worst.append(run.output.congestion.map(\.level).max() ?? .freeFlow)
        }
        #expect(worst[0] <= .light, "5 vehicles a minute a lane at 25–42 km/h")
        #expect(worst[1] <= .light, "25 vehicles a minute a lane at 25–42 km/h")
        #expect(worst[2] >= .congested, "30 vehicles a minute a lane at 6–14 km/h")
    }

    @Test func syntheticTrafficIsDeterministicAndFrameTimesMatchEpochTimes() throws {
        let camera = SyntheticTraffic.demoCamera()
        var scenario = Self.busyScenario(seed: 5, seconds: 40)
        scenario.noise = SyntheticNoise(jitterSigmaPixels: 1, occlusionProbability: 0.3, idSwitchProbability: 0.3, falseDetectionsPerFrame: 0.5)
        let a = try SyntheticTraffic(cameras: [camera], scenario: scenario)
        let b = try SyntheticTraffic(cameras: [camera], scenario: scenario)
        #expect(a.text == b.text)
        #expect(a.truth.vehicles == b.truth.vehicles)
        scenario.timeFormat = .frames
        let frames = try SyntheticTraffic(cameras: [camera], scenario: scenario)
        var p1 = DetectionParser(), p2 = DetectionParser(streamStartMillis: scenario.startMillis)
        #expect(p1.parse(a.text).detections == p2.parse(frames.text).detections)
        scenario.seed = 6
        #expect(try SyntheticTraffic(cameras: [camera], scenario: scenario).text != frames.text)
    }

    @Test func aCameraWithoutCalibrationCannotBeSimulated() {
        var camera = SyntheticTraffic.demoCamera()
        camera.calibration = nil
        #expect(throws: GeometryError.missingCalibration(camera: camera.id)) { try SyntheticTraffic(cameras: [camera], scenario: SyntheticScenario()) }
    }
}
