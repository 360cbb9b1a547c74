/// Why a camera's geometry was rejected: each case names the item at fault and carries the
/// values a message needs. The staff who configure cameras read it through the Localizer.
public enum GeometryError: Error, Sendable, Hashable {
    case emptyCameraID
    case invalidCameraID(String)
    case invalidDistrictCode(String)
    case invalidPosition(latitude: Double, longitude: Double)
    case invalidHeading(Double)
    case invalidImageSize(PixelSize)
    case invalidSpeed(field: String, kmh: Double)
    case emptyName(item: String)
    case duplicateName(String)
    case degenerateLine(name: String, lengthPixels: Double)
    case pointOutsideImage(item: String, point: PixelPoint)
    case directionParallelToLine(name: String)
    case zeroDirection(item: String)
    case degeneratePolygon(zone: String, reason: String)
    case invalidZoneParameter(zone: String, reason: String)
    case emptySignalInput(stopLine: String)
    case calibrationPointCount(image: Int, ground: Int)
    case collinearCalibrationPoints(set: String)
    case singularCalibration
    case invalidTwoLineCalibration(reason: String)
    case missingCalibration(camera: String)
}
