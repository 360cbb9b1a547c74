import Synthetic
internal import TrafficForecast

extension SyntheticTraffic {
    /// A straight ground path across the camera's view.
    struct Path {
        var origin: SIMD2<Double>
        var direction: SIMD2<Double>
        var length: Double

        var reversed: Path { Path(origin: origin + direction * length, direction: -direction, length: length) }
    }

    /// What does not change while frames are emitted for one camera.
    struct Context {
        let camera: CameraGeometry
        let model: CalibrationModel
        let cameraBytes: [UInt8]
        let lines: [CompiledLine]
        let stopLine: CompiledLine?
        let stopDirection: CrossingDirection
        /// No-stopping and sidewalk zones, whose dwell the truth records.
        let truthZones: [CompiledZone]
        let scenario: SyntheticScenario

        func pixel(_ g: SIMD2<Double>) -> PixelPoint? {
            guard g.y > 1, g.y <= scenario.maxRangeMetres, let p = model.pixel(for: GroundPoint(rightMetres: g.x, forwardMetres: g.y)) else { return nil }
            guard p.x >= 2, p.y >= 2, p.x <= camera.imageSize.width - 2, p.y <= camera.imageSize.height - 2 else { return nil }
            return p
        }

        /// The longest in-view stretch of the ground line through `centre` along `direction`, nearest to `centre`.
        func span(through centre: SIMD2<Double>, direction: SIMD2<Double>) -> Path? {
            let reach = scenario.maxRangeMetres * 2
            var runs: [(Double, Double)] = []
            var runStart: Double?
            var s = -reach
            while s <= reach {
                let visible = pixel(centre + direction * s) != nil
                if visible && runStart == nil { runStart = s }
                if !visible, let a = runStart {
                    runs.append((a, s - 0.25))
                    runStart = nil
                }
                s += 0.25
            }
            if let a = runStart { runs.append((a, reach)) }
            guard let best = runs.min(by: { distance($0) < distance($1) }), best.1 - best.0 > 1 else { return nil }
            return Path(origin: centre + direction * (best.0 + 0.3), direction: direction, length: best.1 - best.0 - 0.6)
        }

        private func distance(_ run: (Double, Double)) -> Double {
            run.0 <= 0 && run.1 >= 0 ? 0 : min(abs(run.0), abs(run.1))
        }

        /// Updates the agent's truth and, unless occluded, writes its detection line.
        func emit(_ a: inout SyntheticAgent, frame k: Int, seconds: Double, millis: Int64, into out: inout Output, rng: inout SplitMix64, frameHash: inout [UInt8]?) {
            let g = a.ground(at: seconds)
            guard let p = pixel(g) else { return }
            if a.firstSeenMillis < 0 { a.firstSeenMillis = millis }
            a.lastSeenMillis = millis
            for l in lines.indices {
                let (state, crossing) = lines[l].update(state: a.lineStates[l], x: p.x, y: p.y, margin: 0)
                a.lineStates[l] = state
                if let crossing { a.crossings.append(.init(line: lines[l].name, direction: crossing, timeMillis: millis)) }
            }
            if let stopLine {
                let (state, crossing) = stopLine.update(state: a.stopLineState, x: p.x, y: p.y, margin: 0)
                a.stopLineState = state
                if crossing == stopDirection && a.stopLineCrossingMillis == nil { a.stopLineCrossingMillis = millis }
            }
            let bit: UInt8 = 1 << UInt8(a.vehicleClass.index)
            for z in truthZones.indices where truthZones[z].classMask & bit != 0 && truthZones[z].contains(p.x, p.y) {
                if a.zoneFirstMillis[z] < 0 { a.zoneFirstMillis[z] = millis }
                a.zoneLastMillis[z] = millis
            }
            guard !a.isOccluded(at: seconds) else { return }
            let half = a.lateral * (a.widthMetres / 2)
            guard let left = model.pixel(for: GroundPoint(rightMetres: g.x - half.x, forwardMetres: g.y - half.y)),
                let right = model.pixel(for: GroundPoint(rightMetres: g.x + half.x, forwardMetres: g.y + half.y))
            else { return }
            let widthPixels = max(2, ((right.x - left.x) * (right.x - left.x) + (right.y - left.y) * (right.y - left.y)).squareRoot())
            var ax = p.x, ay = p.y, w = widthPixels, h = widthPixels * a.aspect
            let sigma = scenario.noise.jitterSigmaPixels
            if sigma > 0 {
                ax += sigma * rng.nextGaussian()
                ay += sigma * rng.nextGaussian()
                w = max(2, w + sigma * rng.nextGaussian())
                h = max(2, h + sigma * rng.nextGaussian())
            }
            let confidence = 0.55 + 0.44 * rng.nextUnit()
            out.bytes(cameraBytes)
            out.byte(44)
            out.time(frame: k, millis: millis)
            out.byte(44)
            out.integer(Int64(a.trackID(at: seconds)))
            out.byte(44)
            out.bytes(a.classBytes)
            out.byte(44)
            out.fixed2(ax - w / 2)
            out.byte(44)
            out.fixed2(ay - h)
            out.byte(44)
            out.fixed2(w)
            out.byte(44)
            out.fixed2(h)
            out.byte(44)
            out.fixed2(confidence)
            a.framesEmitted += 1
            if scenario.plateEveryFrames > 0, a.plate != nil, a.framesEmitted % scenario.plateEveryFrames == 0 {
                out.byte(44)
                out.bytes(a.plateBytes)
                out.byte(44)
                out.fixed2(0.6 + 0.35 * rng.nextUnit())
                out.byte(44)
                out.hash(&rng)
                out.byte(44)
                if frameHash == nil {
                    var h = SplitMix64(seed: UInt64(bitPattern: millis) ^ UInt64(cameraBytes.count) &* 0x9E37_79B9)
                    var scratch = Output(scenario: scenario)
                    scratch.hash(&h)
                    frameHash = scratch.text
                }
                out.bytes(frameHash ?? [])
            }
            out.byte(10)
            out.lines += 1
        }
    }

    struct FalseObject {
        var trackID: Int
        var x: Double
        var y: Double
        var w: Double
        var h: Double
        var classBytes: [UInt8]
        var framesLeft: Int
    }

    /// One camera's road users, from schedule to truth.
    struct Plan {
        let context: Context
        var upcoming: [SyntheticAgent] = []
        var active: [SyntheticAgent] = []
        var finished: [SyntheticAgent] = []
        var falseObjects: [FalseObject] = []
        var nextTrackID = 1
        var rng: SplitMix64

        init(camera: CameraGeometry, index: Int, scenario: SyntheticScenario) throws(GeometryError) {
            try camera.validate()
            guard let calibration = camera.calibration else { throw .missingCalibration(camera: camera.id) }
            let model = try calibration.model()
            var stopDirection = CrossingDirection.leftToRight
            var stopLine: CompiledLine?
            if let s = camera.stopLine {
                stopLine = CompiledLine(name: s.name, start: s.start, end: s.end, allowsLeftToRight: true, allowsRightToLeft: true)
                stopDirection = s.crossingDirection
            }
            context = Context(
                camera: camera, model: model, cameraBytes: Array(camera.id.utf8),
                lines: camera.countingLines.map { CompiledLine(name: $0.name, start: $0.start, end: $0.end, allowsLeftToRight: true, allowsRightToLeft: true) },
                stopLine: stopLine, stopDirection: stopDirection,
                truthZones: camera.zones.filter {
                    if case .lane = $0.kind { return false }
                    return true
                }.map { CompiledZone($0, laneOrdinal: -1, calibration: model) },
                scenario: scenario)
            rng = SplitMix64(seed: scenario.seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(index + 1))
            schedule()
        }

        // MARK: Schedule

        private func groundCentroid(_ zone: Zone) -> SIMD2<Double>? {
            let g = zone.polygon.compactMap { context.model.ground(for: $0) }
            guard g.count == zone.polygon.count, !g.isEmpty else { return nil }
            return SIMD2(g.map(\.rightMetres).reduce(0, +), g.map(\.forwardMetres).reduce(0, +)) / Double(g.count)
        }

        private func groundDirection(_ v: PixelVector, at g: SIMD2<Double>) -> SIMD2<Double>? {
            guard let p = context.model.pixel(for: GroundPoint(rightMetres: g.x, forwardMetres: g.y)) else { return nil }
            let scale = 10 / max(v.length, 1e-9)
            guard let q = context.model.ground(for: PixelPoint(x: p.x + v.dx * scale, y: p.y + v.dy * scale)) else { return nil }
            let d = SIMD2(q.rightMetres - g.x, q.forwardMetres - g.y)
            let l = (d * d).sum().squareRoot()
            return l > 0 ? d / l : nil
        }

        private mutating func schedule() {
            let scenario = context.scenario
            let duration = scenario.durationSeconds
            var lanes: [(zone: Zone, path: Path)] = []
            for zone in context.camera.zones {
                guard case .lane(_, let travel) = zone.kind, let c = groundCentroid(zone), let u = groundDirection(travel, at: c),
                    let path = context.span(through: c, direction: u)
                else { continue }
                lanes.append((zone, path))
            }
            var agents: [SyntheticAgent] = []
            let mix = scenario.classMix.filter { $0.value > 0 && $0.key.isVehicle }.sorted { $0.key.index < $1.key.index }
            let totalWeight = mix.reduce(0) { $0 + $1.value }

            if scenario.vehiclesPerMinutePerLane > 0 && totalWeight > 0 {
                let mean = 60 / scenario.vehiclesPerMinutePerLane
                for lane in lanes {
                    var queue = RedQueue()
                    let stopLineAt = scenario.queueAtRed ? stopLineDistance(lane.path) : nil
                    var t = rng.nextExponential(mean: mean)
                    while t < duration {
                        let speed = rng.nextUniform(scenario.speedRangeKmh) / 3.6
                        var pick = rng.nextUnit() * totalWeight
                        var vehicleClass = mix[0].key
                        for (c, w) in mix {
                            vehicleClass = c
                            pick -= w
                            if pick < 0 { break }
                        }
                        if let cycle = scenario.signalCycle, let at = stopLineAt,
                            let wait = queue.join(cycle, stopLineAt: at, speed: speed, start: t, vehicleClass: vehicleClass)
                        {
                            if let a = makeAgent(
                                .laneTraffic, vehicleClass, lane.path, speed: speed, start: t, stopDistance: wait.distance, stopSeconds: wait.seconds)
                            {
                                agents.append(a)
                            }
                        } else if let a = makeAgent(.laneTraffic, vehicleClass, lane.path, speed: speed, start: t) {
                            agents.append(a)
                        }
                        t += max(1.2, rng.nextExponential(mean: mean))
                    }
                }
            }
            func slot(_ i: Int, of n: Int, travel: Double) -> Double? {
                guard duration > travel + 1 else { return nil }
                return (Double(i) + 0.5) / Double(n) * (duration - travel - 1)
            }
            let specialClasses: [VehicleClass] = [.car, .motorbike, .truck, .motorbike]
            if !lanes.isEmpty {
                for i in 0..<scenario.speeders {
                    let path = lanes[i % lanes.count].path
                    let speed = scenario.speedingSpeedKmh / 3.6
                    if let t = slot(i, of: scenario.speeders, travel: path.length / speed),
                        let a = makeAgent(.speeder, specialClasses[i % specialClasses.count], path, speed: speed, start: t)
                    {
                        agents.append(a)
                    }
                }
                let crossing = lanes.compactMap { lane in stopLineDistance(lane.path).map { (lane.path, $0) } }
                if let cycle = scenario.signalCycle, !crossing.isEmpty {
                    for i in 0..<scenario.redLightRunners {
                        let (path, at) = crossing[i % crossing.count]
                        let speed = 35 / 3.6
                        guard let t = slot(i, of: scenario.redLightRunners, travel: path.length / speed) else { continue }
                        let red = SyntheticTraffic.nextStart(of: .red, cycle, atOrAfter: t + at / speed)
                        let start = red + cycle.redSeconds / 2 - at / speed
                        if let a = makeAgent(.redLightRunner, specialClasses[(i + 2) % specialClasses.count], path, speed: speed, start: start) {
                            agents.append(a)
                        }
                    }
                }
                for i in 0..<scenario.wrongWayVehicles {
                    let path = lanes[i % lanes.count].path.reversed
                    let speed = 25 / 3.6
                    if let t = slot(i, of: scenario.wrongWayVehicles, travel: path.length / speed),
                        let a = makeAgent(.wrongWay, specialClasses[(i + 1) % specialClasses.count], path, speed: speed, start: t)
                    {
                        agents.append(a)
                    }
                }
            }
            let defaultDirection: SIMD2<Double> = lanes.first.map { $0.path.direction } ?? SIMD2(0, 1)
            if !scenario.stopperDwellSeconds.isEmpty,
                let zone = context.camera.zones.first(where: { if case .noStopping = $0.kind { return true } else { return false } }),
                let c = groundCentroid(zone)
            {
                var direction = defaultDirection
                if let p = context.model.pixel(for: GroundPoint(rightMetres: c.x, forwardMetres: c.y)) {
                    for lane in lanes where CompiledZone(lane.zone, laneOrdinal: 0, calibration: nil).contains(p.x, p.y) {
                        direction = lane.path.direction
                    }
                }
                if let path = context.span(through: c, direction: direction) {
                    let stopAt = ((c - path.origin) * path.direction).sum()
                    let n = scenario.stopperDwellSeconds.count
                    for (i, dwell) in scenario.stopperDwellSeconds.enumerated() {
                        let speed = 25 / 3.6
                        if let t = slot(i, of: n, travel: path.length / speed + dwell),
                            let a = makeAgent(.stopper, i % 2 == 0 ? .car : .motorbike, path, speed: speed, start: t, stopDistance: stopAt, stopSeconds: dwell)
                        {
                            agents.append(a)
                        }
                    }
                }
            }
            if scenario.sidewalkRiders + scenario.pedestrians > 0,
                let zone = context.camera.zones.first(where: { if case .sidewalk = $0.kind { return true } else { return false } }),
                let c = groundCentroid(zone), let path = context.span(through: c, direction: defaultDirection)
            {
                for i in 0..<scenario.sidewalkRiders {
                    let speed = 12 / 3.6
                    if let t = slot(i, of: scenario.sidewalkRiders, travel: path.length / speed),
                        let a = makeAgent(.sidewalkRider, .motorbike, path, speed: speed, start: t)
                    {
                        agents.append(a)
                    }
                }
                for i in 0..<scenario.pedestrians {
                    let speed = 5 / 3.6
                    let p = i % 2 == 0 ? path : path.reversed
                    if let t = slot(i, of: scenario.pedestrians, travel: p.length / speed),
                        let a = makeAgent(.pedestrian, .pedestrian, p, speed: speed, start: t)
                    {
                        agents.append(a)
                    }
                }
            }
            upcoming = agents.sorted { $0.startSeconds > $1.startSeconds }
        }

        /// How far along `path` it crosses the stop line in its crossing direction, metres.
        func stopLineDistance(_ path: Path) -> Double? {
            guard let stopLine = context.stopLine else { return nil }
            var state: UInt8 = 0
            var d = 0.0
            while d <= path.length {
                if let p = context.pixel(path.origin + path.direction * d) {
                    let (s, c) = stopLine.update(state: state, x: p.x, y: p.y, margin: 0)
                    state = s
                    if c == context.stopDirection { return d }
                }
                d += 0.05
            }
            return nil
        }

        /// Builds an agent; with a signal plan, shifts its start so it never crosses the stop line
        /// within a second of a phase change (so red-light truth is never a coin toss), nor, when
        /// traffic queues at red, on red unless it is a red-light runner.
        private mutating func makeAgent(
            _ role: SyntheticTruth.Role, _ vehicleClass: VehicleClass, _ path: Path, speed: Double, start: Double,
            stopDistance: Double = -1, stopSeconds: Double = 0
        ) -> SyntheticAgent? {
            let scenario = context.scenario
            let travel = path.length / speed + (stopDistance >= 0 ? stopSeconds : 0)
            var start = start
            guard start >= 0, start + travel <= scenario.durationSeconds else { return nil }
            if let cycle = scenario.signalCycle, vehicleClass.isVehicle {
                if let cd = stopLineDistance(path) {
                    let reach = stopDistance >= 0 && cd > stopDistance ? cd / speed + stopSeconds : cd / speed
                    var chosen: Double?
                    for k in 0..<24 {
                        let offset = Double((k + 1) / 2) * 1.3 * (k % 2 == 0 ? 1 : -1)
                        let candidate = start + offset
                        guard candidate >= 0, candidate + travel <= scenario.durationSeconds else { continue }
                        let crossing = candidate + reach
                        let obeys = !scenario.queueAtRed || role == .redLightRunner || SyntheticTraffic.phase(cycle, at: crossing) != .red
                        if obeys && SyntheticTraffic.distanceToPhaseChange(cycle, at: crossing) >= 1 {
                            chosen = candidate
                            break
                        }
                    }
                    guard let chosen else { return nil }
                    start = chosen
                }
            }
            let trackID = nextTrackID
            nextTrackID += 1
            var switchedID = -1
            var switchAt = Double.infinity
            if rng.nextUnit() < scenario.noise.idSwitchProbability {
                switchedID = nextTrackID
                nextTrackID += 1
                switchAt = start + travel * rng.nextUniform(0.25...0.75)
            }
            var occlusionFrom = Double.infinity, occlusionTo = Double.infinity
            if rng.nextUnit() < scenario.noise.occlusionProbability {
                occlusionFrom = start + travel * rng.nextUniform(0.2...0.7)
                occlusionTo = occlusionFrom + rng.nextUniform(0.2...max(0.2, scenario.noise.maxOcclusionSeconds))
            }
            let (width, aspect) = Self.size(of: vehicleClass)
            var plate: String?
            if vehicleClass != .pedestrian && vehicleClass != .bicycle {
                let series = Array("ABCDEFGH")[Int(rng.next() % 8)]
                let a = rng.next() % 1000, b = rng.next() % 100
                let digits = String(a + 1000).dropFirst() + "." + String(b + 100).dropFirst()
                plate = vehicleClass == .motorbike ? "47\(series)1-\(digits)" : "47\(series)-\(digits)"
            }
            let name = Array(vehicleClass.rawValue.utf8)
            return SyntheticAgent(
                camera: 0, vehicleClass: vehicleClass, role: role, trackID: trackID, switchedTrackID: switchedID, switchAtSeconds: switchAt,
                origin: path.origin, direction: path.direction, lateral: SIMD2(path.direction.y, -path.direction.x),
                pathLength: path.length, speed: speed, startSeconds: start, stopDistance: stopDistance, stopSeconds: stopSeconds,
                occlusionFrom: occlusionFrom, occlusionTo: occlusionTo, widthMetres: width, aspect: aspect,
                plate: plate, plateBytes: Array((plate ?? "").utf8), classBytes: name,
                lineStates: Array(repeating: 0, count: context.lines.count),
                zoneFirstMillis: Array(repeating: -1, count: context.truthZones.count),
                zoneLastMillis: Array(repeating: -1, count: context.truthZones.count))
        }

        /// Width on the ground (metres) and box height ÷ width.
        static func size(of c: VehicleClass) -> (Double, Double) {
            switch c {
            case .motorbike: (0.8, 1.6)
            case .bicycle: (0.6, 1.8)
            case .car: (1.8, 0.8)
            case .bus: (2.5, 1.2)
            case .truck: (2.5, 1.1)
            case .pedestrian: (0.5, 3.4)
            }
        }

        // MARK: Frames

        mutating func emitFrame(_ k: Int, seconds: Double, millis: Int64, into out: inout Output, rng noise: inout SplitMix64) {
            while let next = upcoming.last, next.startSeconds <= seconds { active.append(upcoming.removeLast()) }
            let ctx = context
            var frameHash: [UInt8]?
            var i = 0
            while i < active.count {
                if seconds > active[i].endSeconds {
                    finished.append(active[i])
                    active.swapAt(i, active.count - 1)
                    active.removeLast()
                    continue
                }
                ctx.emit(&active[i], frame: k, seconds: seconds, millis: millis, into: &out, rng: &noise, frameHash: &frameHash)
                i += 1
            }
            emitFalseDetections(frame: k, millis: millis, into: &out, rng: &noise)
        }

        private mutating func emitFalseDetections(frame k: Int, millis: Int64, into out: inout Output, rng noise: inout SplitMix64) {
            let rate = context.scenario.noise.falseDetectionsPerFrame
            if rate > 0 {
                var n = Int(rate)
                if noise.nextUnit() < rate - Double(n) { n += 1 }
                let size = context.camera.imageSize
                for _ in 0..<n {
                    let w = noise.nextUniform(20...120)
                    let classes: [VehicleClass] = [.car, .motorbike, .truck, .bicycle]
                    falseObjects.append(
                        FalseObject(
                            trackID: nextTrackID, x: noise.nextUniform(50...(size.width - 170)), y: noise.nextUniform((size.height * 0.35)...(size.height - 200)),
                            w: w, h: w * noise.nextUniform(0.8...1.6), classBytes: Array(classes[Int(noise.next() % 4)].rawValue.utf8),
                            framesLeft: 1 + Int(noise.next() % 3)))
                    nextTrackID += 1
                }
            }
            var i = 0
            while i < falseObjects.count {
                let f = falseObjects[i]
                let sigma = max(context.scenario.noise.jitterSigmaPixels, 1)
                out.bytes(context.cameraBytes)
                out.byte(44)
                out.time(frame: k, millis: millis)
                out.byte(44)
                out.integer(Int64(f.trackID))
                out.byte(44)
                out.bytes(f.classBytes)
                out.byte(44)
                out.fixed2(f.x + sigma * noise.nextGaussian())
                out.byte(44)
                out.fixed2(f.y + sigma * noise.nextGaussian())
                out.byte(44)
                out.fixed2(f.w)
                out.byte(44)
                out.fixed2(f.h)
                out.byte(44)
                out.fixed2(0.3 + 0.3 * noise.nextUnit())
                out.byte(10)
                out.lines += 1
                out.falseLines += 1
                falseObjects[i].framesLeft -= 1
                if falseObjects[i].framesLeft <= 0 {
                    falseObjects.swapAt(i, falseObjects.count - 1)
                    falseObjects.removeLast()
                } else {
                    i += 1
                }
            }
        }

        // MARK: Truth

        func truth(of a: SyntheticAgent) -> SyntheticTruth.Vehicle {
            var zoneSeconds: [String: Double] = [:]
            for (z, zone) in context.truthZones.enumerated() where a.zoneFirstMillis[z] >= 0 {
                zoneSeconds[zone.name] = Double(a.zoneLastMillis[z] - a.zoneFirstMillis[z]) / 1000
            }
            var ranRed = false
            if let cycle = context.scenario.signalCycle, let crossed = a.stopLineCrossingMillis, a.vehicleClass.isVehicle {
                ranRed = SyntheticTraffic.phase(cycle, at: Double(crossed - context.scenario.startMillis) / 1000) == .red
            }
            var ids = [a.trackID]
            if a.switchedTrackID >= 0 && a.lastSeenMillis >= context.scenario.startMillis + Int64(a.switchAtSeconds * 1000) {
                ids.append(a.switchedTrackID)
            }
            return SyntheticTruth.Vehicle(
                cameraID: context.camera.id, trackIDs: ids, vehicleClass: a.vehicleClass, role: a.role, speedKmh: a.speed * 3.6,
                plate: a.plate, crossings: a.crossings, zoneSeconds: zoneSeconds, stopLineCrossingMillis: a.stopLineCrossingMillis,
                ranRedLight: ranRed, firstSeenMillis: a.firstSeenMillis, lastSeenMillis: a.lastSeenMillis)
        }
    }
}
