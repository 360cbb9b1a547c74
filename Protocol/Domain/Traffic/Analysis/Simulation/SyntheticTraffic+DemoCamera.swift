import Foundation

extension SyntheticTraffic {
    public enum DemoCalibration: String, Codable, Sendable, Hashable {
        case fourPoint
        case twoLine
    }

    /// The ideal pinhole camera behind ``demoCamera(id:calibration:)``: 1920×1080, focal length
    /// 1400 px, 8 m above the road, pitched 15° down, no roll. Ground frame as in ``GroundPoint``.
    struct DemoPinhole {
        static let focal = 1400.0, cx = 960.0, cy = 540.0, height = 8.0
        static let pitch = 15.0 * Double.pi / 180

        static func project(_ right: Double, _ forward: Double) -> PixelPoint {
            let z = forward * cos(pitch) + height * sin(pitch)
            let y = height * cos(pitch) - forward * sin(pitch)
            return PixelPoint(x: cx + focal * right / z, y: cy + focal * y / z)
        }

        static var horizonY: Double { cy - focal * tan(pitch) }
    }

    /// A calibrated camera over a four-lane-wide urban street in Buôn Ma Thuột, for demo feeds,
    /// benchmarks and tests. Layout (ground metres, right × forward from the camera's foot):
    /// - lanes `lan-1` (right −3.5…0, towards the camera), `lan-2` (0…3.5) and `lan-3` (3.5…7) away from it, forward 14…78 m;
    /// - sidewalk `via-he` (7.3…10), pedestrians only, encroachment after 3 s;
    /// - no-stopping zone `cam-dung` on lane 3, forward 30…40 m, max dwell 15 s, vehicles only;
    /// - counting lines `vach-A` (forward 25 m, whole carriageway, both directions), `vach-B` (50 m, lanes 2–3,
    ///   away only) and `vach-C` (35 m, lane 1, towards the camera only);
    /// - stop line `vach-dung` at 20 m across lanes 2–3, signal input `den-1`; speed limit 50 km/h.
    public static func demoCamera(id: String = "bmt-le-duan-01", calibration: DemoCalibration = .fourPoint) -> CameraGeometry {
        let p = DemoPinhole.project
        func rect(_ r0: Double, _ r1: Double, _ f0: Double, _ f1: Double) -> [PixelPoint] {
            [p(r0, f0), p(r1, f0), p(r1, f1), p(r0, f1)]
        }
        func travel(_ r: Double, _ f: Double, away: Bool) -> PixelVector {
            let a = p(r, f), b = p(r, away ? f + 1 : f - 1)
            return PixelVector(dx: b.x - a.x, dy: b.y - a.y)
        }
        let stopStart = p(0, 20), stopEnd = p(7, 20)
        let awayAtStop = travel(3.5, 20, away: true)
        let stopDirection: CrossingDirection =
            AllowedDirection.along(awayAtStop).permits(.leftToRight, start: stopStart, end: stopEnd) ? .leftToRight : .rightToLeft
        let cal: Calibration
        switch calibration {
        case .fourPoint:
            let ground = [GroundPoint(rightMetres: -3.5, forwardMetres: 15), GroundPoint(rightMetres: 7, forwardMetres: 15),
                          GroundPoint(rightMetres: 7, forwardMetres: 60), GroundPoint(rightMetres: -3.5, forwardMetres: 60)]
            cal = .fourPoint(FourPointCalibration(imagePoints: ground.map { p($0.rightMetres, $0.forwardMetres) }, groundPoints: ground))
        case .twoLine:
            let near = p(0, 15), far = p(0, 60)
            let laneWidth = p(3.5, 15).x - p(0, 15).x
            cal = .twoLine(
                TwoLineCalibration(
                    nearLineY: near.y, farLineY: far.y, distanceMetres: 45, horizonY: DemoPinhole.horizonY, roadAxisX: DemoPinhole.cx,
                    laneWidthMetres: 3.5, laneWidthPixelsAtNearLine: laneWidth, nearLineForwardMetres: 15))
        }
        let vehicles: Set<VehicleClass> = [.motorbike, .bicycle, .car, .bus, .truck]
        return CameraGeometry(
            id: id, districtCode: "643", position: GeoPosition(latitude: 12.6675, longitude: 108.0378), headingDegrees: 30,
            streamReference: "rtsp://demo/\(id)", imageSize: PixelSize(width: 1920, height: 1080),
            countingLines: [
                CountingLine(name: "vach-A", start: p(-3.5, 25), end: p(7, 25), allowedDirection: .both),
                CountingLine(name: "vach-B", start: p(0, 50), end: p(7, 50), allowedDirection: .along(travel(3.5, 50, away: true))),
                CountingLine(name: "vach-C", start: p(-3.5, 35), end: p(0, 35), allowedDirection: .along(travel(-1.75, 35, away: false))),
            ],
            zones: [
                Zone(name: "lan-1", polygon: rect(-3.5, 0, 14, 78), kind: .lane(index: 1, travelDirection: travel(-1.75, 40, away: false))),
                Zone(name: "lan-2", polygon: rect(0, 3.5, 14, 78), kind: .lane(index: 2, travelDirection: travel(1.75, 40, away: true))),
                Zone(name: "lan-3", polygon: rect(3.5, 7, 14, 78), kind: .lane(index: 3, travelDirection: travel(5.25, 40, away: true))),
                Zone(name: "via-he", polygon: rect(7.3, 10, 14, 78), classes: vehicles, kind: .sidewalk(encroachmentSeconds: 3)),
                Zone(name: "cam-dung", polygon: rect(3.5, 7, 30, 40), classes: vehicles, kind: .noStopping(maxDwellSeconds: 15)),
            ],
            calibration: cal, speedLimitKmh: 50,
            stopLine: StopLine(name: "vach-dung", start: stopStart, end: stopEnd, crossingDirection: stopDirection, signalInput: "den-1"))
    }
}
