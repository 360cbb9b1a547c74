/// How image pixels map to ground metres for one camera.
public enum Calibration: Codable, Sendable, Hashable {
    case fourPoint(FourPointCalibration)
    case twoLine(TwoLineCalibration)

    /// Solves the calibration; throws when the points are degenerate.
    public func model() throws(GeometryError) -> CalibrationModel {
        try CalibrationModel(self)
    }
}
