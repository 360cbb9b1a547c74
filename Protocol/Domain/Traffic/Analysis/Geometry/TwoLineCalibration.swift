/// Calibration from two horizontal image lines a known distance apart along the road.
///
/// Model: the road runs along the image's vertical axis through column `roadAxisX`. With a
/// `horizonY` (the image row of the road's vanishing point) the flat-road perspective model is
/// used: forward distance is `a / (y − horizonY) + b` and lateral scale shrinks in proportion
/// to `1 / (y − horizonY)`; this is exact for a pinhole camera without roll. Without a
/// horizon, a linear model (constant metres per pixel) is used, which is only fit for short,
/// nearly top-down views. `laneWidthMetres` spanning `laneWidthPixelsAtNearLine` pixels on the
/// near line gives the lateral scale. `nearLineForwardMetres` is the near line's distance from
/// the camera's foot; it only matters for map positions, never for speeds.
public struct TwoLineCalibration: Codable, Sendable, Hashable {
    /// Image row of the near (lower) line, pixels.
    public var nearLineY: Double
    /// Image row of the far (upper) line, pixels; must be above `nearLineY`.
    public var farLineY: Double
    /// Distance along the road between the two lines, metres.
    public var distanceMetres: Double
    public var horizonY: Double?
    public var roadAxisX: Double
    public var laneWidthMetres: Double
    public var laneWidthPixelsAtNearLine: Double
    public var nearLineForwardMetres: Double

    public init(
        nearLineY: Double, farLineY: Double, distanceMetres: Double, horizonY: Double?, roadAxisX: Double,
        laneWidthMetres: Double, laneWidthPixelsAtNearLine: Double, nearLineForwardMetres: Double = 0
    ) {
        self.nearLineY = nearLineY
        self.farLineY = farLineY
        self.distanceMetres = distanceMetres
        self.horizonY = horizonY
        self.roadAxisX = roadAxisX
        self.laneWidthMetres = laneWidthMetres
        self.laneWidthPixelsAtNearLine = laneWidthPixelsAtNearLine
        self.nearLineForwardMetres = nearLineForwardMetres
    }
}
