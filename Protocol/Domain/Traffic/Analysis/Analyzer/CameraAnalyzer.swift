/// Turns one camera's detections into line crossings, interval aggregates, congestion levels and
/// violation events with evidence.
///
/// ## Ownership
/// A value type: the node owns one per camera and drives it from one serial executor. It is
/// `Sendable` so it can be handed between executors, never shared; results are pulled with
/// ``drainOutput()``.
///
/// ## Input order
/// Feed detections in non-decreasing time. A detection older than the newest frame by at most
/// ``AnalyzerConfiguration/reorderToleranceMillis`` is still used (for its own track); older ones
/// are dropped and counted in ``lateDetections``. A frame is closed when a later timestamp arrives
/// (or on ``advance(toMillis:)``/``finish()``).
///
/// ## Tracks
/// The anchor is the box bottom-centre, smoothed by an alpha-beta filter (no lag at constant
/// pixel velocity). A track ends when unseen for ``AnalyzerConfiguration/trackExpiryMillis``,
/// so shorter occlusions keep all its state. Speed (km/h) is the least-squares slope of the raw
/// anchors' ground positions over the last ``AnalyzerConfiguration/speedWindowMillis``.
///
/// ## Crossing rule
/// A crossing of a line is confirmed when the smoothed anchor, projecting onto the segment, has
/// been more than ``AnalyzerConfiguration/hysteresisPixels`` on one side and is then more than that
/// on the other side. Each track counts at most once per line and direction, so jitter inside the
/// band (or a vehicle hovering on the line) never double counts.
///
/// ## ID switches
/// A track id seen for the first time is held until its frame closes. If, at that point, a track
/// that was *not* seen in that frame was last seen at most ``AnalyzerConfiguration/idSwitchWindowMillis``
/// earlier and its predicted anchor (last position + velocity × gap) lies within
/// ``AnalyzerConfiguration/idSwitchRadiusPixels`` and within one of its box widths of the new
/// anchor, the new id takes over that track — line sides, counted flags, zone dwell, speed history
/// and evidence included — so a switch on the line neither double counts nor loses a crossing.
/// Only tracks seen at least three times qualify (so a flickering false detection cannot hand
/// its state on), the new box must be within a factor 0.6–1.67 of the lost one in width and
/// height, two-wheelers only continue two-wheelers, four-wheelers four-wheelers and pedestrians
/// pedestrians; the nearest candidate wins.
public struct CameraAnalyzer: Sendable {
    public let geometry: CameraGeometry
    public let configuration: AnalyzerConfiguration

    static let ringCapacity = 64

    let calibration: CalibrationModel?
    let lines: [CompiledLine]
    let stopLine: CompiledLine?
    let stopLineDirection: CrossingDirection
    let zones: [CompiledZone]
    let laneZones: [Int]
    let periods: [IntervalPeriod]
    let freeFlowKmh: Double
    let alpha: Double
    let beta: Double

    // Tracks, in dense slots. Per-slot arrays are flattened: slot * count + item.
    var tracks: [TrackState] = []
    var evidence: [TrackEvidence] = []
    var slotByTrack: [Int: Int32] = [:]
    var activeSlots: [Int32] = []
    var freeSlots: [Int32] = []
    var lineState: [UInt8] = []
    var zoneEntry: [Int64] = []
    var zoneLastInside: [Int64] = []
    var zoneEntryGround: [SIMD2<Double>] = []
    var zoneLastGround: [SIMD2<Double>] = []
    var zoneFlags: [UInt8] = []
    var ringMillis: [Int64] = []
    var ringGround: [SIMD2<Double>] = []

    // Clock.
    var started = false
    var analysisStartMillis: Int64 = 0
    var frameMillis: Int64 = 0
    var lastExpiryCheckMillis: Int64 = 0
    var pending: [Detection] = []
    /// Per lane, the closing frame's occupancy: the summed ``VehicleClass/laneLengthMetres`` of
    /// the road users in it over the lane's ground length (calibrated lanes), or 1 when anyone
    /// is in it (uncalibrated ones).
    var laneOccupied: [Double]

    // Intervals: accumulators[period * subjects + subject]; subjects are lines, then lanes.
    var periodStarts: [Int64]
    var accumulators: [IntervalAccumulator]
    var classifier: CongestionClassifier
    var congestionStartMillis: Int64 = 0
    /// Per-vehicle speeds of the open 30-second congestion interval (see ``CongestionSample/medianSpeedKmh``).
    var congestionSpeeds: [Double] = []
    var congestionOccupiedMillis: [Double]

    struct SignalChange: Sendable {
        var millis: Int64
        var phase: SignalPhase
    }
    var signalChanges: [SignalChange] = []

    var lineCounts: [Int]
    var output = AnalyzerOutput()

    /// Detections accepted by ``ingest(_:)``.
    public internal(set) var detectionsIngested = 0
    /// Detections dropped for arriving later than the reorder tolerance.
    public internal(set) var lateDetections = 0
    /// New track ids that continued a lost track (see ID switches above).
    public var idSwitchesBridged: Int { trackQuality.bridged }
    /// Tracks followed, split, bridged, and repeat crossings not counted, since the start.
    public internal(set) var trackQuality = TrackQuality()

    /// Validates and compiles the geometry.
    public init(geometry: CameraGeometry, configuration: AnalyzerConfiguration = AnalyzerConfiguration()) throws(GeometryError) {
        try geometry.validate()
        self.geometry = geometry
        self.configuration = configuration
        let calibration = try geometry.calibration?.model()
        self.calibration = calibration
        lines = geometry.countingLines.map { line in
            CompiledLine(
                name: line.name, start: line.start, end: line.end,
                allowsLeftToRight: line.allowedDirection.permits(.leftToRight, start: line.start, end: line.end),
                allowsRightToLeft: line.allowedDirection.permits(.rightToLeft, start: line.start, end: line.end))
        }
        if let s = geometry.stopLine {
            stopLine = CompiledLine(name: s.name, start: s.start, end: s.end, allowsLeftToRight: true, allowsRightToLeft: true)
            stopLineDirection = s.crossingDirection
        } else {
            stopLine = nil
            stopLineDirection = .leftToRight
        }
        var ordinal = 0
        var compiled: [CompiledZone] = []
        var lanes: [Int] = []
        for (i, zone) in geometry.zones.enumerated() {
            if case .lane = zone.kind {
                compiled.append(CompiledZone(zone, laneOrdinal: ordinal, calibration: calibration))
                lanes.append(i)
                ordinal += 1
            } else {
                compiled.append(CompiledZone(zone, laneOrdinal: -1, calibration: calibration))
            }
        }
        zones = compiled
        laneZones = lanes
        var seen = Set<IntervalPeriod>()
        periods = configuration.periods.filter { seen.insert($0).inserted }
        freeFlowKmh = geometry.freeFlowSpeedKmh ?? geometry.speedLimitKmh
        alpha = min(max(configuration.smoothingPositionGain, 0.01), 1)
        beta = min(max(configuration.smoothingVelocityGain, 0), 1)
        laneOccupied = Array(repeating: 0, count: lanes.count)
        periodStarts = Array(repeating: 0, count: periods.count)
        accumulators = Array(repeating: IntervalAccumulator(), count: periods.count * (lines.count + lanes.count))
        classifier = CongestionClassifier(configuration: configuration.congestion)
        congestionOccupiedMillis = Array(repeating: 0, count: lanes.count)
        lineCounts = Array(repeating: 0, count: lines.count * 2 * 6)
    }

    // MARK: - Input

    /// Feeds one detection (see the type documentation for ordering rules).
    public mutating func ingest(_ d: Detection) {
        let t = d.timeMillis
        if !started { begin(at: t) }
        if t > frameMillis {
            advanceFrame(to: t)
        } else if frameMillis - t > configuration.reorderToleranceMillis {
            lateDetections += 1
            return
        }
        detectionsIngested += 1
        if let slot = slotByTrack[d.trackID] {
            if isPlausible(d, continuing: tracks[Int(slot)]) {
                apply(d, slot: Int(slot))
                return
            }
            // No vehicle moves like that: the id now names another vehicle (or the box jumped).
            // The old track is left to be continued by a detection that fits it; this one is
            // resolved like a first-seen id.
            slotByTrack[d.trackID] = nil
            trackQuality.split += 1
        }
        pending.append(d)
    }

    /// Feeds detections in order.
    public mutating func ingest(contentsOf detections: [Detection]) {
        for d in detections { ingest(d) }
    }

    /// Records a phase change of the stop line's signal input (``StopLine/signalInput``). Changes may
    /// arrive before or after the detections around them; red-light checks use the phase in force
    /// at the crossing time. History older than a minute before the newest frame is forgotten.
    public mutating func setSignal(phase: SignalPhase, at timeMillis: Int64) {
        let change = SignalChange(millis: timeMillis, phase: phase)
        if let last = signalChanges.last, last.millis > timeMillis {
            let i = signalChanges.firstIndex { $0.millis > timeMillis } ?? signalChanges.count
            signalChanges.insert(change, at: i)
        } else {
            signalChanges.append(change)
        }
        let horizon = frameMillis - 60_000
        if signalChanges.count > 64, let keep = signalChanges.lastIndex(where: { $0.millis <= horizon }), keep > 0 {
            signalChanges.removeFirst(keep)
        }
    }

    /// The phase in force at a time; `.unknown` before the first change.
    public func signalPhase(at timeMillis: Int64) -> SignalPhase {
        var lo = 0, hi = signalChanges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if signalChanges[mid].millis <= timeMillis { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? .unknown : signalChanges[lo - 1].phase
    }

    /// Attaches a plate-reader result to the live track whose last box contains the plate's centre
    /// (seen within 500 ms of the read; the smallest such box wins). Returns whether it was attached.
    @discardableResult
    public mutating func attach(_ read: PlateRead) -> Bool {
        guard let box = read.plateBox else { return false }
        let c = box.centre
        var best = -1
        var bestArea = Double.infinity
        for s in activeSlots {
            let tr = tracks[Int(s)]
            guard abs(tr.lastSeenMillis - read.timeMillis) <= 500 else { continue }
            guard c.x >= tr.boxX, c.x <= tr.boxX + tr.boxW, c.y >= tr.boxY, c.y <= tr.boxY + tr.boxH else { continue }
            let area = tr.boxW * tr.boxH
            if area < bestArea {
                bestArea = area
                best = Int(s)
            }
        }
        guard best >= 0 else { return false }
        evidence[best].add(PlateSighting(text: read.text, confidence: read.confidence, cropRef: nil, timeMillis: read.timeMillis))
        return true
    }

    /// Declares that the stream is alive and quiet up to `timeMillis`: closes frames, tracks and
    /// intervals that end before it. Call it on a wall-clock tick so empty intervals are emitted.
    public mutating func advance(toMillis timeMillis: Int64) {
        if !started { begin(at: timeMillis) }
        if timeMillis > frameMillis { advanceFrame(to: timeMillis) }
    }

    /// Ends the stream: finishes every track and emits the open (partial) intervals. Live counts are
    /// kept; a later detection starts new intervals.
    public mutating func finish() {
        guard started else { return }
        resolvePending()
        for s in activeSlots { finishTrack(slot: Int(s)) }
        activeSlots.removeAll()
        for o in laneOccupied.indices { laneOccupied[o] = 0 }
        for (pi, _) in periods.enumerated() { emitAggregates(periodIndex: pi, coveredEnd: frameMillis) }
        evaluateCongestion(coveredEnd: frameMillis)
        started = false
    }

    // MARK: - Output

    /// Returns and forgets everything produced since the last call.
    public mutating func drainOutput() -> AnalyzerOutput {
        var drained = AnalyzerOutput()
        swap(&drained, &output)
        return drained
    }

    /// Crossings per line, class and direction since the analyzer was created.
    public var liveCounts: [LineCounts] {
        lines.enumerated().map { l, line in
            var lr: [VehicleClass: Int] = [:]
            var rl: [VehicleClass: Int] = [:]
            for c in VehicleClass.allCases {
                lr[c] = lineCounts[(l * 2 + 0) * 6 + c.index]
                rl[c] = lineCounts[(l * 2 + 1) * 6 + c.index]
            }
            return LineCounts(line: line.name, leftToRight: lr, rightToLeft: rl)
        }
    }

    /// The congestion level after hysteresis.
    public var congestionLevel: CongestionLevel { classifier.level }

    public var activeTrackCount: Int { activeSlots.count }
}
