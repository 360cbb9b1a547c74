/// The `data` of a FIWARE ``FIWAREAlert``: what the event was and the evidence an officer reviews,
/// references included (plate crops and frames by the hex SHA-256 the detector reported, see FORMAT.md).
/// Absent values are left out of the JSON.
public struct FIWAREAlertData: Codable, Sendable, Hashable {
    /// One distinct plate text seen on the track.
    public struct PlateRead: Codable, Sendable, Hashable {
        public let text: String
        public let confidence: Double?
        /// Hex SHA-256 of the plate crop.
        public let cropRef: String?
        /// ISO 8601 UTC.
        public let dateObserved: String
    }

    /// The ``TrafficEventKind`` case: `congestionRaised`, `congestionCleared`, `stoppedInNoStoppingZone`,
    /// `wrongWayAtLine`, `wrongWayInLane`, `speeding`, `redLight`, `sidewalkEncroachment`.
    public let event: String
    public let cameraId: String
    public let districtCode: String?
    public let congestionLevel: String?
    public let line: String?
    public let lane: String?
    public let zone: String?
    public let stopLine: String?
    public let trackId: Int?
    /// Every tracker id of the road user, oldest first (more than one after an ID switch).
    public let trackIds: [Int]?
    public let vehicleClass: String?
    /// The Smart Data Models `vehicleType` of ``vehicleClass``.
    public let vehicleType: String?
    /// The best plate reading.
    public let plate: String?
    public let plateConfidence: Double?
    /// Hex SHA-256 of the best plate crop.
    public let plateCropRef: String?
    /// Hex SHA-256 of the best full frame of the track.
    public let frameRef: String?
    public let plateReads: [PlateRead]?
    public let speedKmh: Double?
    public let speedLimitKmh: Double?
    public let dwellSeconds: Double?
    public let signalPhase: String?
    /// `[x, y]` in pixels: the smoothed box bottom-centre.
    public let anchorPixel: [Double]?
    /// The anchor on the camera's ground frame, metres (with calibration).
    public let ground: GroundPoint?

    init(_ event: TrafficEvent) {
        var line: String?, lane: String?, zone: String?, stopLine: String?, level: String?
        switch event.kind {
        case .congestionRaised(let l): level = l.rawValue
        case .congestionCleared: break
        case .stoppedInNoStoppingZone(let z), .sidewalkEncroachment(let z): zone = z
        case .wrongWayAtLine(let l): line = l
        case .wrongWayInLane(let l): lane = l
        case .speeding: break
        case .redLight(let s): stopLine = s
        }
        self.event = FIWAREAlert.eventName(event.kind)
        self.line = line
        self.lane = lane
        self.zone = zone
        self.stopLine = stopLine
        congestionLevel = level
        cameraId = event.cameraID
        let e = event.evidence
        districtCode = e?.districtCode
        trackId = e?.trackID
        trackIds = e.map(\.trackIDs).flatMap { $0.isEmpty ? nil : $0 }
        vehicleClass = e?.vehicleClass.rawValue
        vehicleType = e.flatMap { FIWARETrafficFlowObserved.vehicleType(of: $0.vehicleClass) }
        plate = e?.bestPlate?.text
        plateConfidence = NGSILD.number(e?.bestPlate?.confidence, decimals: 4)
        plateCropRef = e?.plateCropRef ?? e?.bestPlate?.cropRef
        frameRef = e?.bestFrameRef
        let reads = (e?.plateReads ?? []).map {
            PlateRead(
                text: $0.text, confidence: NGSILD.number($0.confidence, decimals: 4), cropRef: $0.cropRef,
                dateObserved: NGSILD.dateTime(millis: $0.timeMillis))
        }
        plateReads = reads.isEmpty ? nil : reads
        speedKmh = NGSILD.number(e?.speedKmh, decimals: 2)
        speedLimitKmh = NGSILD.number(e?.speedLimitKmh, decimals: 2)
        dwellSeconds = NGSILD.number(e?.dwellSeconds, decimals: 3)
        signalPhase = e?.signalPhase?.rawValue
        if let a = e?.anchorPixel, let x = NGSILD.number(a.x, decimals: 2), let y = NGSILD.number(a.y, decimals: 2) {
            anchorPixel = [x, y]
        } else {
            anchorPixel = nil
        }
        if let g = e?.ground, let r = NGSILD.number(g.rightMetres, decimals: 3), let f = NGSILD.number(g.forwardMetres, decimals: 3) {
            ground = GroundPoint(rightMetres: r, forwardMetres: f)
        } else {
            ground = nil
        }
    }
}
