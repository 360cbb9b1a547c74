/// A zone prepared for the per-detection loop.
struct CompiledZone: Sendable {
    enum Kind: UInt8, Sendable { case lane, noStopping, sidewalk }

    let name: String
    let kind: Kind
    let xs: [Double]
    let ys: [Double]
    let minX, maxX, minY, maxY: Double
    let inverted: Bool
    /// Bit per ``VehicleClass/index``.
    let classMask: UInt8
    /// Lane index from the geometry (lanes only).
    let laneIndex: Int
    /// Position among this camera's lanes, for per-lane arrays (lanes only, else -1).
    let laneOrdinal: Int
    /// Unit travel direction on the ground (lanes with calibration only, else 0,0).
    let travelX, travelY: Double
    /// 1 ÷ the lane's length on the ground along its travel direction, metres (calibrated lanes
    /// only, else 0: occupancy is then the share of time a road user is in the lane).
    let inverseGroundLength: Double
    /// Max dwell (no-stopping) or encroachment time (sidewalk).
    let limitMillis: Int64

    init(_ zone: Zone, laneOrdinal: Int, calibration: CalibrationModel?) {
        name = zone.name
        xs = zone.polygon.map(\.x)
        ys = zone.polygon.map(\.y)
        minX = xs.min() ?? 0
        maxX = xs.max() ?? 0
        minY = ys.min() ?? 0
        maxY = ys.max() ?? 0
        inverted = zone.inverted
        var mask: UInt8 = 0
        for c in zone.classes ?? Set(VehicleClass.allCases) { mask |= 1 << UInt8(c.index) }
        classMask = mask
        var tx = 0.0, ty = 0.0, inverseLength = 0.0
        switch zone.kind {
        case .lane(let index, let direction):
            kind = .lane
            laneIndex = index
            self.laneOrdinal = laneOrdinal
            limitMillis = 0
            // Map the image travel direction at the zone's centroid onto the ground.
            let cx = xs.reduce(0, +) / Double(xs.count), cy = ys.reduce(0, +) / Double(ys.count)
            let scale = 10 / max(direction.length, 1e-9)
            if let c = calibration, let a = c.groundXY(cx, cy), let b = c.groundXY(cx + direction.dx * scale, cy + direction.dy * scale) {
                let dx = b.0 - a.0, dy = b.1 - a.1, l = (dx * dx + dy * dy).squareRoot()
                if l > 0 {
                    tx = dx / l
                    ty = dy / l
                    let along = zone.polygon.compactMap { p in c.groundXY(p.x, p.y).map { $0.0 * tx + $0.1 * ty } }
                    if along.count == zone.polygon.count, let low = along.min(), let high = along.max(), high - low >= 1 {
                        inverseLength = 1 / (high - low)
                    }
                }
            }
        case .noStopping(let s):
            kind = .noStopping
            laneIndex = -1
            self.laneOrdinal = -1
            limitMillis = Int64((s * 1000).rounded())
        case .sidewalk(let s):
            kind = .sidewalk
            laneIndex = -1
            self.laneOrdinal = -1
            limitMillis = Int64((s * 1000).rounded())
        }
        travelX = tx
        travelY = ty
        inverseGroundLength = inverseLength
    }

    /// Whether an anchor counts as inside (honouring `inverted`).
    @inline(__always)
    func contains(_ x: Double, _ y: Double) -> Bool {
        if x < minX || x > maxX || y < minY || y > maxY { return inverted }
        var inside = false
        xs.withUnsafeBufferPointer { px in
            ys.withUnsafeBufferPointer { py in
                var j = px.count - 1
                for i in 0..<px.count {
                    let yi = py[i], yj = py[j]
                    if (yi > y) != (yj > y) {
                        let xCross = px[i] + (y - yi) * (px[j] - px[i]) / (yj - yi)
                        if x < xCross { inside.toggle() }
                    }
                    j = i
                }
            }
        }
        return inside != inverted
    }
}
