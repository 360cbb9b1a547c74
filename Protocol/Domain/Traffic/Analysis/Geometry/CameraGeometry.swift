/// Everything the analyzer needs to know about one camera: stored as reference data (JSON via `Codable`).
public struct CameraGeometry: Codable, Sendable, Hashable {
    public var id: String
    /// Administrative district code, e.g. "643" (Buôn Ma Thuột).
    public var districtCode: String
    public var position: GeoPosition
    /// Degrees clockwise from true north that the camera looks along.
    public var headingDegrees: Double
    /// Where the video comes from (RTSP path, recorder channel…); opaque to the analyzer.
    public var streamReference: String
    public var imageSize: PixelSize
    public var countingLines: [CountingLine]
    public var zones: [Zone]
    public var calibration: Calibration?
    public var speedLimitKmh: Double
    /// Free-flow speed for congestion; `nil` means the speed limit.
    public var freeFlowSpeedKmh: Double?
    public var stopLine: StopLine?

    public init(
        id: String, districtCode: String, position: GeoPosition, headingDegrees: Double, streamReference: String,
        imageSize: PixelSize, countingLines: [CountingLine] = [], zones: [Zone] = [], calibration: Calibration? = nil,
        speedLimitKmh: Double, freeFlowSpeedKmh: Double? = nil, stopLine: StopLine? = nil
    ) {
        self.id = id
        self.districtCode = districtCode
        self.position = position
        self.headingDegrees = headingDegrees
        self.streamReference = streamReference
        self.imageSize = imageSize
        self.countingLines = countingLines
        self.zones = zones
        self.calibration = calibration
        self.speedLimitKmh = speedLimitKmh
        self.freeFlowSpeedKmh = freeFlowSpeedKmh
        self.stopLine = stopLine
    }

    /// Checks the whole geometry; throws the first problem found, in declaration order.
    public func validate() throws(GeometryError) {
        guard !id.isEmpty else { throw .emptyCameraID }
        guard !id.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { throw .invalidCameraID(id) }
        guard districtCode.count == 3, districtCode.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .invalidDistrictCode(districtCode)
        }
        guard position.latitude.isFinite, position.longitude.isFinite, abs(position.latitude) <= 90, abs(position.longitude) <= 180 else {
            throw .invalidPosition(latitude: position.latitude, longitude: position.longitude)
        }
        guard headingDegrees.isFinite, headingDegrees >= 0, headingDegrees < 360 else { throw .invalidHeading(headingDegrees) }
        guard imageSize.width > 0, imageSize.height > 0, imageSize.width.isFinite, imageSize.height.isFinite else {
            throw .invalidImageSize(imageSize)
        }
        guard speedLimitKmh > 0, speedLimitKmh.isFinite else { throw .invalidSpeed(field: "speed limit", kmh: speedLimitKmh) }
        if let f = freeFlowSpeedKmh, !(f > 0 && f.isFinite) { throw .invalidSpeed(field: "free-flow speed", kmh: f) }

        var names = Set<String>()
        func claim(_ name: String, item: String) throws(GeometryError) {
            guard !name.isEmpty else { throw .emptyName(item: item) }
            guard names.insert(name).inserted else { throw .duplicateName(name) }
        }
        for line in countingLines {
            try claim(line.name, item: "counting line")
            try checkSegment(name: line.name, line.start, line.end)
            if case .along(let v) = line.allowedDirection {
                guard v.length > 0 else { throw .zeroDirection(item: "line '\(line.name)'") }
                let dx = line.end.x - line.start.x, dy = line.end.y - line.start.y
                let cross = abs(v.dx * dy - v.dy * dx) / (v.length * (dx * dx + dy * dy).squareRoot())
                guard cross > 1e-3 else { throw .directionParallelToLine(name: line.name) }
            }
        }
        for zone in zones {
            try claim(zone.name, item: "zone")
            try checkPolygon(zone)
        }
        if let stop = stopLine {
            try claim(stop.name, item: "stop line")
            try checkSegment(name: stop.name, stop.start, stop.end)
            guard !stop.signalInput.isEmpty else { throw .emptySignalInput(stopLine: stop.name) }
        }
        if let calibration { _ = try calibration.model() }
    }

    private func checkPoint(_ p: PixelPoint, item: String) throws(GeometryError) {
        guard p.x.isFinite, p.y.isFinite, p.x >= 0, p.y >= 0, p.x <= imageSize.width, p.y <= imageSize.height else {
            throw .pointOutsideImage(item: item, point: p)
        }
    }

    private func checkSegment(name: String, _ a: PixelPoint, _ b: PixelPoint) throws(GeometryError) {
        try checkPoint(a, item: "line '\(name)'")
        try checkPoint(b, item: "line '\(name)'")
        let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        guard length >= 1 else { throw .degenerateLine(name: name, lengthPixels: length) }
    }

    private func checkPolygon(_ zone: Zone) throws(GeometryError) {
        let p = zone.polygon
        guard p.count >= 3 else { throw .degeneratePolygon(zone: zone.name, reason: "a polygon needs at least 3 vertices, got \(p.count)") }
        for v in p { try checkPoint(v, item: "zone '\(zone.name)'") }
        var area2 = 0.0
        for i in 0..<p.count {
            let a = p[i], b = p[(i + 1) % p.count]
            area2 += a.x * b.y - b.x * a.y
        }
        guard abs(area2) / 2 >= 1 else { throw .degeneratePolygon(zone: zone.name, reason: "area is \(abs(area2) / 2) px², the vertices are (nearly) collinear") }
        let n = p.count
        for i in 0..<n {
            for j in (i + 1)..<n {
                if j == i + 1 || (i == 0 && j == n - 1) { continue }
                if Self.segmentsIntersect(p[i], p[(i + 1) % n], p[j], p[(j + 1) % n]) {
                    throw .degeneratePolygon(zone: zone.name, reason: "edges \(i + 1) and \(j + 1) cross each other")
                }
            }
        }
        if let classes = zone.classes, classes.isEmpty {
            throw .invalidZoneParameter(zone: zone.name, reason: "class filter is empty, so the zone would never apply")
        }
        switch zone.kind {
        case .lane(_, let dir):
            guard dir.length > 0 else { throw .zeroDirection(item: "lane '\(zone.name)'") }
        case .noStopping(let s):
            guard s > 0, s.isFinite else { throw .invalidZoneParameter(zone: zone.name, reason: "max dwell \(s) s must be positive") }
        case .sidewalk(let s):
            guard s >= 0, s.isFinite else { throw .invalidZoneParameter(zone: zone.name, reason: "encroachment time \(s) s must not be negative") }
        }
    }

    private static func segmentsIntersect(_ a: PixelPoint, _ b: PixelPoint, _ c: PixelPoint, _ d: PixelPoint) -> Bool {
        func orient(_ p: PixelPoint, _ q: PixelPoint, _ r: PixelPoint) -> Double {
            (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
        }
        let o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b)
        return ((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))
    }
}
