/// A solved calibration: maps image pixels to ground metres and back.
///
/// Both directions are defined only on the road side of the horizon; elsewhere they return `nil`.
public struct CalibrationModel: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case homography, perspectiveLines, linearLines }
    let kind: Kind
    let toGround: Homography?
    let toImage: Homography?
    // Two-line parameters (see TwoLineCalibration for the model).
    let horizonY, alpha, beta, axisX, lateralScale, nearY, linearScale, nearForward: Double

    init(_ calibration: Calibration) throws(GeometryError) {
        switch calibration {
        case .fourPoint(let c):
            guard c.imagePoints.count == 4, c.groundPoints.count == 4 else {
                throw .calibrationPointCount(image: c.imagePoints.count, ground: c.groundPoints.count)
            }
            let img = c.imagePoints.map { ($0.x, $0.y) }
            let gnd = c.groundPoints.map { ($0.rightMetres, $0.forwardMetres) }
            if CalibrationModel.hasCollinearTriple(img) { throw .collinearCalibrationPoints(set: "image") }
            if CalibrationModel.hasCollinearTriple(gnd) { throw .collinearCalibrationPoints(set: "ground") }
            guard let h = Homography.solve(source: img, target: gnd),
                let inv = h.inverted(referencePoint: gnd[0])
            else { throw .singularCalibration }
            // Reject solutions that put a calibration point behind the horizon (a crossed quadrilateral).
            for p in img where h.apply(p.0, p.1) == nil { throw .singularCalibration }
            kind = .homography
            toGround = h
            toImage = inv
            horizonY = 0; alpha = 0; beta = 0; axisX = 0; lateralScale = 0; nearY = 0; linearScale = 0; nearForward = 0
        case .twoLine(let c):
            guard c.distanceMetres > 0, c.distanceMetres.isFinite else {
                throw .invalidTwoLineCalibration(reason: "distance between the lines must be a positive number of metres")
            }
            guard c.farLineY < c.nearLineY else {
                throw .invalidTwoLineCalibration(reason: "the far line (y=\(c.farLineY)) must be above the near line (y=\(c.nearLineY))")
            }
            guard c.laneWidthMetres > 0, c.laneWidthPixelsAtNearLine > 0 else {
                throw .invalidTwoLineCalibration(reason: "lane width must be positive in metres and in pixels")
            }
            toGround = nil
            toImage = nil
            axisX = c.roadAxisX
            nearY = c.nearLineY
            nearForward = c.nearLineForwardMetres
            lateralScale = c.laneWidthMetres / c.laneWidthPixelsAtNearLine
            if let hy = c.horizonY {
                guard hy < c.farLineY else {
                    throw .invalidTwoLineCalibration(reason: "the horizon (y=\(hy)) must be above the far line (y=\(c.farLineY))")
                }
                kind = .perspectiveLines
                horizonY = hy
                alpha = c.distanceMetres / (1 / (c.farLineY - hy) - 1 / (c.nearLineY - hy))
                beta = c.nearLineForwardMetres - alpha / (c.nearLineY - hy)
                linearScale = 0
            } else {
                kind = .linearLines
                horizonY = 0; alpha = 0; beta = 0
                linearScale = c.distanceMetres / (c.nearLineY - c.farLineY)
            }
        }
    }

    /// Ground position (metres) of an image point, `nil` at or above the horizon.
    public func ground(for p: PixelPoint) -> GroundPoint? {
        guard let (x, y) = groundXY(p.x, p.y) else { return nil }
        return GroundPoint(rightMetres: x, forwardMetres: y)
    }

    /// Image position of a ground point, `nil` behind the camera's view of the road.
    public func pixel(for g: GroundPoint) -> PixelPoint? {
        switch kind {
        case .homography:
            guard let (x, y) = toImage?.apply(g.rightMetres, g.forwardMetres) else { return nil }
            return PixelPoint(x: x, y: y)
        case .perspectiveLines:
            let f = g.forwardMetres - beta
            guard f > 1e-9 else { return nil }
            let d = alpha / f
            return PixelPoint(x: axisX + g.rightMetres * d / (lateralScale * (nearY - horizonY)), y: horizonY + d)
        case .linearLines:
            return PixelPoint(x: axisX + g.rightMetres / lateralScale, y: nearY - (g.forwardMetres - nearForward) / linearScale)
        }
    }

    @inline(__always) func groundXY(_ x: Double, _ y: Double) -> (Double, Double)? {
        switch kind {
        case .homography:
            guard let toGround else { return nil }
            return toGround.apply(x, y)
        case .perspectiveLines:
            let d = y - horizonY
            guard d > 1e-6 else { return nil }
            return ((x - axisX) * lateralScale * (nearY - horizonY) / d, alpha / d + beta)
        case .linearLines:
            return ((x - axisX) * lateralScale, nearForward + (nearY - y) * linearScale)
        }
    }

    static func hasCollinearTriple(_ p: [(Double, Double)]) -> Bool {
        var extent = 0.0
        for a in p { for b in p { extent = max(extent, abs(a.0 - b.0), abs(a.1 - b.1)) } }
        guard extent > 0 else { return true }
        for i in 0..<p.count {
            for j in (i + 1)..<p.count {
                for k in (j + 1)..<p.count {
                    let cross = (p[j].0 - p[i].0) * (p[k].1 - p[i].1) - (p[j].1 - p[i].1) * (p[k].0 - p[i].0)
                    if abs(cross) < 1e-6 * extent * extent { return true }
                }
            }
        }
        return false
    }
}
