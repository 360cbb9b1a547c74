/// Why a camera's geometry was rejected. Shown to the staff who configure cameras, so each case
/// names the item at fault and has a Vietnamese message (``vietnameseMessage``) next to the English one.
public enum GeometryError: Error, Sendable, Hashable, CustomStringConvertible {
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

    public var description: String {
        switch self {
        case .emptyCameraID: "camera id is empty"
        case .invalidCameraID(let id): "camera id '\(id)' contains a comma, quote or line break; it must fit in one CSV field"
        case .invalidDistrictCode(let c): "district code '\(c)' is not a 3-digit administrative code (e.g. 643 for Buôn Ma Thuột)"
        case .invalidPosition(let lat, let lon): "camera position \(lat), \(lon) is not a valid latitude/longitude"
        case .invalidHeading(let h): "heading \(h)° must be a number in 0..<360 (degrees clockwise from north)"
        case .invalidImageSize(let s): "image size \(s.width)×\(s.height) must be positive"
        case .invalidSpeed(let f, let v): "\(f) \(v) km/h must be a positive number"
        case .emptyName(let item): "\(item) has no name"
        case .duplicateName(let n): "name '\(n)' is used by more than one line or zone"
        case .degenerateLine(let n, let l): "line '\(n)' is \(l) px long; its two points must be at least 1 px apart"
        case .pointOutsideImage(let item, let p): "\(item) has point (\(p.x), \(p.y)) outside the image"
        case .directionParallelToLine(let n): "allowed direction of line '\(n)' runs along the line, so it picks no side"
        case .zeroDirection(let item): "\(item) has a zero-length direction vector"
        case .degeneratePolygon(let z, let r): "zone '\(z)': \(r)"
        case .invalidZoneParameter(let z, let r): "zone '\(z)': \(r)"
        case .emptySignalInput(let s): "stop line '\(s)' names no signal-phase input"
        case .calibrationPointCount(let i, let g): "four-point calibration needs 4 image and 4 ground points, got \(i) and \(g)"
        case .collinearCalibrationPoints(let set): "three of the four \(set) calibration points lie on one line; pick points that span the road"
        case .singularCalibration: "calibration points do not define a usable ground plane (check their order: image point n must show ground point n)"
        case .invalidTwoLineCalibration(let r): "two-line calibration: \(r)"
        case .missingCalibration(let c): "camera '\(c)' has no calibration; speeds and ground positions need one"
        }
    }

    /// The message shown to staff in the configuration screens.
    public var vietnameseMessage: String {
        switch self {
        case .emptyCameraID: "Mã camera đang để trống."
        case .invalidCameraID(let id): "Mã camera '\(id)' chứa dấu phẩy, dấu nháy hoặc xuống dòng."
        case .invalidDistrictCode(let c): "Mã huyện '\(c)' không hợp lệ (cần 3 chữ số, ví dụ 643 – Buôn Ma Thuột)."
        case .invalidPosition: "Vị trí camera (vĩ độ/kinh độ) không hợp lệ."
        case .invalidHeading(let h): "Hướng camera \(h)° không hợp lệ (0–360°, tính theo chiều kim đồng hồ từ hướng Bắc)."
        case .invalidImageSize: "Kích thước ảnh phải lớn hơn 0."
        case .invalidSpeed(let f, let v): "Tốc độ \(f) = \(v) km/h không hợp lệ."
        case .emptyName(let item): "Chưa đặt tên cho \(item)."
        case .duplicateName(let n): "Tên '\(n)' bị trùng giữa các vạch/vùng."
        case .degenerateLine(let n, _): "Vạch '\(n)' quá ngắn: hai điểm đầu mút trùng nhau."
        case .pointOutsideImage(let item, _): "\(item) có điểm nằm ngoài khung hình."
        case .directionParallelToLine(let n): "Hướng cho phép của vạch '\(n)' song song với vạch."
        case .zeroDirection(let item): "Hướng di chuyển của \(item) chưa được vẽ."
        case .degeneratePolygon(let z, _): "Vùng '\(z)' không hợp lệ (ít hơn 3 đỉnh, diện tích bằng 0 hoặc các cạnh cắt nhau)."
        case .invalidZoneParameter(let z, let r): "Thông số vùng '\(z)' không hợp lệ: \(r)."
        case .emptySignalInput(let s): "Vạch dừng '\(s)' chưa gắn với tín hiệu đèn."
        case .calibrationPointCount: "Hiệu chuẩn 4 điểm cần đúng 4 điểm ảnh và 4 điểm mặt đất."
        case .collinearCalibrationPoints: "Ba trong bốn điểm hiệu chuẩn thẳng hàng; hãy chọn các điểm trải rộng trên mặt đường."
        case .singularCalibration: "Các điểm hiệu chuẩn không xác định được mặt đường (kiểm tra thứ tự điểm)."
        case .invalidTwoLineCalibration(let r): "Hiệu chuẩn hai vạch không hợp lệ: \(r)."
        case .missingCalibration(let c): "Camera '\(c)' chưa được hiệu chuẩn khoảng cách."
        }
    }
}
