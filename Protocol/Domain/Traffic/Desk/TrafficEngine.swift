import CRDT
import Foundation
import Replica
import TrafficAnalysis
import TrafficForecast
import TrafficPlates

/// The node's camera analytics: one ``TrafficAnalytics/CameraAnalyzer`` per registered camera of
/// the district, fed by detection batches (text or JSON), plate-reader events and signal phases;
/// results go to the replica through ``TrafficDesk`` after every batch and on every ``tick(nowMillis:)``.
///
/// Guarantees:
/// - a batch is analysed whole: a malformed line, an unknown camera or a late detection is
///   counted and reported and the rest of the batch still counts;
/// - a watch-listed plate raises its alert before the batch that carried it is answered, once
///   per camera and track;
/// - what a drain produced is written in one transaction per camera; if that write fails the
///   output is kept and written with the next drain, so nothing counted is lost;
/// - detections are analysed in camera time: a stream that stops is closed on `tick` by
///   extrapolating its clock with the wall clock, so its last intervals and tracks end.
public actor TrafficEngine {
    /// One camera under analysis.
    struct Slot {
        var camera: RegisteredCamera
        var analyzer: CameraAnalyzer
        var lastDetectionMillis: Int64?
        var lastWallMillis: UInt64 = 0
        var level: CongestionLevel = .freeFlow
        var levelSinceMillis: Int64 = 0
        var recent: [IntervalAggregate] = []
        var forecast = FlowForecastBoard()
        var alertedTracks: Set<Int> = []
        var pending = AnalyzerOutput()
        var stateChanged = false
        var latestFlow: Double?
        var latestSpeed: Double?
        var detections = 0
    }

    public static let recentIntervals = 120

    let desk: TrafficDesk
    public let district: String
    let author: String
    let didWrite: @Sendable () -> Void
    let configuration: AnalyzerConfiguration
    var parser = DetectionParser()
    var slots: [Slot] = []
    var slotByCamera: [String: Int] = [:]
    /// Parser camera index → slot index, or a negative refusal code.
    var routeByIndex: [Int] = []
    var registry: TrafficCatalog.Snapshot?
    var registryCheckedMillis: UInt64 = 0
    var plateCache: [String: VehiclePlate?] = [:]
    public private(set) var totals = IngestReport()
    public private(set) var lastWriteError: String?

    public init(
        desk: TrafficDesk, district: String, author: String = "camera-analytics", configuration: AnalyzerConfiguration = AnalyzerConfiguration(),
        didWrite: @escaping @Sendable () -> Void = {}
    ) {
        self.desk = desk
        self.district = district
        self.author = author
        self.configuration = configuration
        self.didWrite = didWrite
    }

    // MARK: Input

    /// Analyses detections in the documented text format (see FORMAT.md of TrafficAnalytics).
    public func ingest(text bytes: [UInt8]) async -> IngestReport {
        await refreshRegistry()
        var batch = DetectionBatch()
        let firstLine = parser.linesRead
        bytes.withUnsafeBytes { parser.parse($0, into: &batch) }
        var report = IngestReport()
        report.add(batch.malformed.map { var m = $0; m.lineNumber -= firstLine; return m })
        await analyse(batch, into: &report)
        return report
    }

    /// Analyses the rows of a MOTChallenge file (tracker output or ground truth) as the
    /// detections of `mot`'s camera; a bad row is reported and the rest still count.
    public func ingest(mot bytes: [UInt8], reader mot: MOTParser) async -> IngestReport {
        await refreshRegistry()
        var mot = mot
        var batch = mot.parse(bytes)
        let index = parser.cameraIndex(of: mot.camera)
        for i in batch.detections.indices { batch.detections[i].cameraIndex = index }
        batch.cameraIDs = parser.cameraIDs
        var report = IngestReport()
        report.add(batch.malformed)
        await analyse(batch, into: &report)
        return report
    }

    /// Analyses a JSON batch (`{"camera": …, "detections": [ … ]}`); throws only when the
    /// document as a whole is unusable.
    public func ingest(json data: Data) async throws(TrafficDeskError) -> IngestReport {
        await refreshRegistry()
        let batch: DetectionBatch
        do { batch = try parser.parseJSON(data) } catch { throw .invalid(field: "body", .malformedBatch(detail: error.description)) }
        var report = IngestReport()
        report.add(batch.malformed)
        await analyse(batch, into: &report)
        return report
    }

    /// Takes plate-reader results (OpenALPR / Plate Recognizer): each read is attached to the
    /// track whose box holds it, checked against the watch-list and kept as a sighting.
    /// `camera` names the camera when the reader's own id is not the registered id.
    public func ingest(plateEvent data: Data, camera override: String?) async throws(TrafficDeskError) -> IngestReport {
        await refreshRegistry()
        let reads: [PlateRead]
        do { reads = try PlateReadDecoder.decode(data) } catch { throw .invalid(field: "body", .malformedBatch(detail: error.description)) }
        var report = IngestReport()
        var touched = Set<Int>()
        for (index, read) in reads.enumerated() {
            guard let cameraID = override ?? read.cameraID else {
                report.refused.append(.init(line: index + 1, reason: "plate read names no camera: add ?camera=<id> to the URL"))
                report.malformed += 1
                continue
            }
            let slot: Int
            switch resolve(cameraID) {
            case .success(let s): slot = s
            case .failure(let error):
                report.unknownCameras.append(.init(camera: cameraID, detections: 1, reason: error.description))
                continue
            }
            report.accepted += 1
            touched.insert(slot)
            if !slots[slot].analyzer.attach(read) {
                let sighting = PlateTrackSighting(
                    cameraID: cameraID, trackIDs: [], vehicleClass: .car, firstSeenMillis: read.timeMillis, lastSeenMillis: read.timeMillis,
                    plate: TrafficAnalysis.PlateSighting(text: read.text, confidence: read.confidence, cropRef: nil, timeMillis: read.timeMillis))
                slots[slot].pending.plateSightings.append(sighting)
            }
            if await checkWatchlist(text: read.text, confidence: read.confidence, slot: slot, trackID: nil, timeMillis: read.timeMillis) {
                report.alertsRaised += 1
            }
        }
        for slot in touched.sorted() { report.eventsRaised += await drain(slot) }
        accumulate(report)
        return report
    }

    /// Records a phase change of a camera's stop-line signal.
    public func setSignal(camera cameraID: String, phase: SignalPhase, atMillis time: Int64) async throws(TrafficDeskError) {
        await refreshRegistry()
        switch resolve(cameraID) {
        case .success(let slot):
            guard slots[slot].camera.geometry.stopLine != nil else {
                throw .invalid(field: "camera", .noStopLine(camera: cameraID))
            }
            slots[slot].analyzer.setSignal(phase: phase, at: time)
        case .failure(let error): throw error
        }
    }

    /// Closes what a quiet stream left open (see the type's guarantees) and writes the results.
    public func tick(nowMillis: UInt64 = Replica.systemMillis()) async {
        await refreshRegistry()
        for slot in slots.indices {
            if let last = slots[slot].lastDetectionMillis, slots[slot].lastWallMillis > 0, nowMillis > slots[slot].lastWallMillis + 1000 {
                slots[slot].analyzer.advance(toMillis: last + Int64(nowMillis - slots[slot].lastWallMillis))
            }
            _ = await drain(slot)
        }
    }

    /// Seeds a camera's forecast history (15-minute flows, oldest first), e.g. from an archive.
    public func seedForecastHistory(camera cameraID: String, series: FlowSeries) async throws(TrafficDeskError) {
        await refreshRegistry()
        if case .failure(.unknownCamera) = resolve(cameraID) { await refreshRegistry(force: true) }
        switch resolve(cameraID) {
        case .success(let slot):
            for i in 0..<series.count { slots[slot].forecast.observe(series[i], intervalStartMillis: series.intervalStartMillis(at: i)) }
        case .failure(let error): throw error
        }
    }

    // MARK: Analysis

    private func analyse(_ batch: DetectionBatch, into report: inout IngestReport) async {
        // Cameras refused earlier are tried again once per batch: they may have been registered since.
        for index in 0..<batch.cameraIDs.count where index >= routeByIndex.count || routeByIndex[index] < 0 {
            let slot: Int
            if case .success(let s) = resolve(batch.cameraIDs[index]) { slot = s } else { slot = -1 }
            if index < routeByIndex.count { routeByIndex[index] = slot } else { routeByIndex.append(slot) }
        }
        var unknown: [Int32: Int] = [:]
        var touched = Set<Int>()
        var lateBefore: [Int: Int] = [:]
        var plated: [(slot: Int, detection: Detection)] = []
        let wall = Replica.systemMillis()
        for d in batch.detections {
            let slot = routeByIndex[Int(d.cameraIndex)]
            if slot < 0 {
                unknown[d.cameraIndex, default: 0] += 1
                continue
            }
            if touched.insert(slot).inserted { lateBefore[slot] = slots[slot].analyzer.lateDetections }
            slots[slot].analyzer.ingest(d)
            if let plate = d.plate, !plate.text.isEmpty { plated.append((slot, d)) }
        }
        for slot in touched {
            let late = slots[slot].analyzer.lateDetections - (lateBefore[slot] ?? 0)
            report.late += late
            report.accepted += slots[slot].analyzer.detectionsIngested - slots[slot].detections
            slots[slot].detections = slots[slot].analyzer.detectionsIngested
            slots[slot].lastWallMillis = wall
            slots[slot].lastDetectionMillis = max(slots[slot].lastDetectionMillis ?? .min, batch.detections.last { routeByIndex[Int($0.cameraIndex)] == slot }?.timeMillis ?? .min)
        }
        for (index, count) in unknown.sorted(by: { $0.key < $1.key }) {
            let id = batch.cameraIDs[Int(index)]
            let reason: String
            if case .failure(let error) = resolve(id) { reason = error.description } else { reason = "" }
            report.unknownCameras.append(.init(camera: id, detections: count, reason: reason))
        }
        for (slot, d) in plated {
            guard let plate = d.plate, !slots[slot].alertedTracks.contains(d.trackID) else { continue }
            if await checkWatchlist(text: plate.text, confidence: plate.confidence, slot: slot, trackID: d.trackID, timeMillis: d.timeMillis) {
                report.alertsRaised += 1
            }
        }
        for slot in touched.sorted() { report.eventsRaised += await drain(slot) }
        accumulate(report)
    }

    /// Raises an alert when the read is on the watch-list; true when one was raised.
    private func checkWatchlist(text: String, confidence: Double?, slot: Int, trackID: Int?, timeMillis: Int64) async -> Bool {
        guard let watchlist = registry?.watchlist, watchlist.count > 0 else { return false }
        let plate: VehiclePlate?
        if let cached = plateCache[text] {
            plate = cached
        } else {
            plate = try? VehiclePlate(parsing: text)
            if plateCache.count > 50_000 { plateCache.removeAll() }
            plateCache[text] = plate
        }
        guard let plate, plate.isRecognised, let hit = watchlist.match(plate, atMillis: timeMillis) else { return false }
        if let trackID {
            guard slots[slot].alertedTracks.insert(trackID).inserted else { return false }
            if slots[slot].alertedTracks.count > 10_000 { slots[slot].alertedTracks = [trackID] }
        }
        do {
            _ = try await desk.raiseAlert(
                hit, read: plate, confidence: confidence, camera: slots[slot].camera, timeMillis: timeMillis, trackID: trackID, author: author)
            didWrite()
            return true
        } catch {
            lastWriteError = error.description
            return false
        }
    }

    /// Moves the analyzer's output into the replica; returns how many events it raised.
    private func drain(_ slot: Int) async -> Int {
        let output = slots[slot].analyzer.drainOutput()
        absorb(output, slot: slot)
        var pending = slots[slot].pending
        pending.aggregates.append(contentsOf: output.aggregates)
        pending.events.append(contentsOf: output.events)
        pending.plateSightings.append(contentsOf: output.plateSightings)
        let changed = slots[slot].stateChanged
        guard !pending.aggregates.filter({ $0.period != .thirtySeconds }).isEmpty || !pending.events.isEmpty
            || !pending.plateSightings.isEmpty || changed
        else {
            slots[slot].pending = AnalyzerOutput()
            return 0
        }
        do {
            try await desk.record(pending, camera: slots[slot].camera, state: changed ? liveState(slot) : nil, author: author)
            slots[slot].pending = AnalyzerOutput()
            slots[slot].stateChanged = false
            lastWriteError = nil
            didWrite()
            return pending.events.count
        } catch {
            // Kept for the next drain: a full disk or a busy database must not lose counts.
            pending.aggregates.removeAll { $0.period == .thirtySeconds }
            slots[slot].pending = pending
            lastWriteError = error.description
            return 0
        }
    }

    /// Updates the live view and the forecasts from freshly closed intervals.
    private func absorb(_ output: AnalyzerOutput, slot: Int) {
        let level = slots[slot].analyzer.congestionLevel
        if level != slots[slot].level {
            slots[slot].level = level
            slots[slot].levelSinceMillis = output.congestion.last?.endMillis ?? slots[slot].lastDetectionMillis ?? 0
            slots[slot].stateChanged = true
        }
        let thirty = output.aggregates.filter { $0.period == .thirtySeconds }
        if !thirty.isEmpty {
            slots[slot].recent.append(contentsOf: thirty)
            let subjects = max(1, Set(thirty.map(\.subject)).count)
            let keep = Self.recentIntervals * subjects
            if slots[slot].recent.count > keep { slots[slot].recent.removeFirst(slots[slot].recent.count - keep) }
            if let latestStart = thirty.map(\.startMillis).max() {
                let latest = thirty.filter { $0.startMillis == latestStart }
                slots[slot].latestFlow = Self.cameraFlow(latest)
                let speeds = latest.filter { if case .lane = $0.subject { true } else { false } }.compactMap(\.meanSpeedKmh)
                slots[slot].latestSpeed = speeds.isEmpty ? latest.compactMap(\.meanSpeedKmh).first : speeds.reduce(0, +) / Double(speeds.count)
            }
            slots[slot].stateChanged = true
        }
        let quarters = Dictionary(grouping: output.aggregates.filter { $0.period == .fifteenMinutes }, by: \.startMillis)
        for (start, aggregates) in quarters.sorted(by: { $0.key < $1.key }) {
            slots[slot].forecast.observe(Self.cameraFlow(aggregates), intervalStartMillis: start)
        }
    }

    /// A camera's flow over one interval: the sum over its lanes (they partition the road), or
    /// its first counting line's when it has no lanes.
    static func cameraFlow(_ aggregates: [IntervalAggregate]) -> Double? {
        let lanes = aggregates.filter { if case .lane = $0.subject { true } else { false } }
        if !lanes.isEmpty { return lanes.reduce(0) { $0 + $1.flowVehiclesPerHour } }
        return aggregates.first { if case .line = $0.subject { true } else { false } }?.flowVehiclesPerHour
    }

    private func liveState(_ slot: Int) -> CameraLiveState {
        let s = slots[slot]
        var counts: [String: Int] = [:]
        if let first = s.analyzer.liveCounts.first {
            for c in VehicleClass.allCases {
                let n = (first.leftToRight[c] ?? 0) + (first.rightToLeft[c] ?? 0)
                if n > 0 { counts[c.rawValue] = n }
            }
        }
        var forecast: [String: Double] = [:]
        for (horizon, value) in s.forecast.preferred() { forecast[String(horizon.minutes)] = value }
        return CameraLiveState(
            camera: s.camera.id, congestion: s.level, congestionSinceMillis: s.levelSinceMillis, lastDetectionMillis: s.lastDetectionMillis,
            flowVehiclesPerHour: s.latestFlow, meanSpeedKmh: s.latestSpeed, countsByClass: counts, forecast: forecast,
            updatedMillis: Int64(Replica.systemMillis()), tracksFollowed: s.analyzer.trackQuality.tracks,
            adjustedTrackShare: s.analyzer.trackQuality.adjustedShare)
    }

    private func accumulate(_ report: IngestReport) {
        totals.accepted += report.accepted
        totals.malformed += report.malformed
        totals.late += report.late
        totals.eventsRaised += report.eventsRaised
        totals.alertsRaised += report.alertsRaised
        for unknown in report.unknownCameras {
            if let i = totals.unknownCameras.firstIndex(where: { $0.camera == unknown.camera }) {
                totals.unknownCameras[i].detections += unknown.detections
            } else if totals.unknownCameras.count < IngestReport.maxListed {
                totals.unknownCameras.append(unknown)
            }
        }
    }

    // MARK: Registry

    /// The slot analysing a camera, creating it for a registered, active camera of this district.
    func resolve(_ cameraID: String) -> Result<Int, TrafficDeskError> {
        if let slot = slotByCamera[cameraID] {
            return slots[slot].camera.active ? .success(slot) : .failure(.inactiveCamera(cameraID))
        }
        guard let camera = registry?.camera(cameraID) else { return .failure(.unknownCamera(cameraID)) }
        guard camera.districtCode == district else { return .failure(.cameraOutsideDistrict(camera: cameraID, district: camera.districtCode)) }
        guard camera.active else { return .failure(.inactiveCamera(cameraID)) }
        let analyzer: CameraAnalyzer
        do { analyzer = try CameraAnalyzer(geometry: camera.geometry, configuration: configuration) } catch {
            return .failure(.badGeometry(camera: cameraID, error))
        }
        slots.append(Slot(camera: camera, analyzer: analyzer))
        slotByCamera[cameraID] = slots.count - 1
        return .success(slots.count - 1)
    }

    /// Picks up registry changes: a camera whose geometry changed gets a fresh analyzer (its
    /// counts so far are already stored), a deactivated one stops analysing.
    private func refreshRegistry(force: Bool = false) async {
        let now = Replica.systemMillis()
        guard force || registry == nil || now &- registryCheckedMillis >= TrafficCatalog.cacheMillis else { return }
        registryCheckedMillis = now
        guard let snapshot = try? await desk.catalog.snapshot() else { return }
        registry = snapshot
        for slot in slots.indices {
            guard let camera = snapshot.camera(slots[slot].camera.id), camera != slots[slot].camera else { continue }
            if camera.geometry != slots[slot].camera.geometry, let analyzer = try? CameraAnalyzer(geometry: camera.geometry, configuration: configuration) {
                var old = slots[slot].analyzer
                old.finish()
                let output = old.drainOutput()
                absorb(output, slot: slot)
                slots[slot].pending.aggregates.append(contentsOf: output.aggregates)
                slots[slot].pending.events.append(contentsOf: output.events)
                slots[slot].pending.plateSightings.append(contentsOf: output.plateSightings)
                slots[slot].analyzer = analyzer
                slots[slot].detections = 0
            }
            slots[slot].camera = camera
        }
    }
}

extension TrafficEngine {
    /// Every camera under analysis, by id.
    public func liveCameras() -> [String: LiveCamera] {
        var out: [String: LiveCamera] = [:]
        for s in slots {
            let accuracy = [ForecastModel.persistence, .timeOfWeekAverage, .holtWinters].flatMap { model in
                ForecastHorizon.allCases.compactMap { s.forecast.ledger.accuracy(model: model, horizon: $0) }
            }
            out[s.camera.id] = LiveCamera(
                camera: s.camera.id, congestion: s.level, congestionSinceMillis: s.levelSinceMillis, lastDetectionMillis: s.lastDetectionMillis,
                detectionsAnalysed: s.analyzer.detectionsIngested, lateDetections: s.analyzer.lateDetections, activeTracks: s.analyzer.activeTrackCount,
                idSwitchesBridged: s.analyzer.idSwitchesBridged, trackQuality: s.analyzer.trackQuality, lineCounts: s.analyzer.liveCounts, recent: s.recent,
                forecasts: s.forecast.forecasts(), accuracy: accuracy)
        }
        return out
    }
}
