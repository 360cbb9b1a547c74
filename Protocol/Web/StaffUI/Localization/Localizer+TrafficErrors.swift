import FieldReports
import TrafficAnalysis
import TrafficDesk

/// The words for a camera geometry the configuration refused (GeometryError's codes).
extension Localizer {
    /// Why the camera's geometry was refused, naming the line, zone or point at fault.
    public func message(_ error: GeometryError) -> String {
        switch error {
        case .emptyCameraID:
            pick("Mã camera đang để trống.", "camera id is empty")
        case .invalidCameraID(let id):
            pick("Mã camera '\(id)' chứa dấu phẩy, dấu nháy hoặc xuống dòng.", "camera id '\(id)' contains a comma, quote or line break; it must fit in one CSV field")
        case .invalidDistrictCode(let c):
            pick("Mã huyện '\(c)' không hợp lệ (cần 3 chữ số, ví dụ 643 – Buôn Ma Thuột).", "district code '\(c)' is not a 3-digit administrative code (e.g. 643 for Buôn Ma Thuột)")
        case .invalidPosition(let lat, let lon):
            pick("Vị trí camera (vĩ độ/kinh độ) không hợp lệ.", "camera position \(lat), \(lon) is not a valid latitude/longitude")
        case .invalidHeading(let h):
            pick("Hướng camera \(h)° không hợp lệ (0–360°, tính theo chiều kim đồng hồ từ hướng Bắc).", "heading \(h)° must be a number in 0..<360 (degrees clockwise from north)")
        case .invalidImageSize(let s):
            pick("Kích thước ảnh phải lớn hơn 0.", "image size \(s.width)×\(s.height) must be positive")
        case .invalidSpeed(let f, let v):
            pick("Tốc độ \(f) = \(v) km/h không hợp lệ.", "\(f) \(v) km/h must be a positive number")
        case .emptyName(let item):
            pick("Chưa đặt tên cho \(item).", "\(item) has no name")
        case .duplicateName(let n):
            pick("Tên '\(n)' bị trùng giữa các vạch/vùng.", "name '\(n)' is used by more than one line or zone")
        case .degenerateLine(let n, let l):
            pick("Vạch '\(n)' quá ngắn: hai điểm đầu mút trùng nhau.", "line '\(n)' is \(l) px long; its two points must be at least 1 px apart")
        case .pointOutsideImage(let item, let p):
            pick("\(item) có điểm nằm ngoài khung hình.", "\(item) has point (\(p.x), \(p.y)) outside the image")
        case .directionParallelToLine(let n):
            pick("Hướng cho phép của vạch '\(n)' song song với vạch.", "allowed direction of line '\(n)' runs along the line, so it picks no side")
        case .zeroDirection(let item):
            pick("Hướng di chuyển của \(item) chưa được vẽ.", "\(item) has a zero-length direction vector")
        case .degeneratePolygon(let z, let r):
            pick("Vùng '\(z)' không hợp lệ (ít hơn 3 đỉnh, diện tích bằng 0 hoặc các cạnh cắt nhau).", "zone '\(z)': \(r)")
        case .invalidZoneParameter(let z, let r):
            pick("Thông số vùng '\(z)' không hợp lệ: \(r).", "zone '\(z)': \(r)")
        case .emptySignalInput(let s):
            pick("Vạch dừng '\(s)' chưa gắn với tín hiệu đèn.", "stop line '\(s)' names no signal-phase input")
        case .calibrationPointCount(let i, let g):
            pick("Hiệu chuẩn 4 điểm cần đúng 4 điểm ảnh và 4 điểm mặt đất.", "four-point calibration needs 4 image and 4 ground points, got \(i) and \(g)")
        case .collinearCalibrationPoints(let set):
            pick("Ba trong bốn điểm hiệu chuẩn thẳng hàng; hãy chọn các điểm trải rộng trên mặt đường.", "three of the four \(set) calibration points lie on one line; pick points that span the road")
        case .singularCalibration:
            pick("Các điểm hiệu chuẩn không xác định được mặt đường (kiểm tra thứ tự điểm).", "calibration points do not define a usable ground plane (check their order: image point n must show ground point n)")
        case .invalidTwoLineCalibration(let r):
            pick("Hiệu chuẩn hai vạch không hợp lệ: \(r).", "two-line calibration: \(r)")
        case .missingCalibration(let c):
            pick("Camera '\(c)' chưa được hiệu chuẩn khoảng cách.", "camera '\(c)' has no calibration; speeds and ground positions need one")
        }
    }
}

/// The words for a refused traffic request.
extension Localizer {
    public func message(_ error: TrafficDeskError) -> String {
        switch error {
        case .invalid(let field, let reason):
            switch reason {
            case .required: return message(.invalid(field, .required))
            case .unknownDistrict(let code): return pick("Mã huyện '\(code)' không có", "Unknown district code '\(code)'")
            case .notAPlate(let raw): return message(HTTPRefusal.notAPlate(raw))
            case .noStopLine(let camera): return pick("Camera '\(camera)' không có vạch dừng", "Camera '\(camera)' has no stop line")
            case .malformedBatch(let detail): return pick("Lô dữ liệu không đọc được: \(detail)", "Malformed batch: \(detail)")
            case .caseRefused(let error): return message(error)
            }
        case .unknownCamera(let id):
            return pick("Camera '\(id)' chưa được đăng ký với trung tâm tỉnh", "Camera '\(id)' is not registered at the hub")
        case .cameraOutsideDistrict(let id, let district):
            return pick("Camera '\(id)' thuộc địa bàn \(district), không do nút này phân tích", "Camera '\(id)' belongs to district \(district)")
        case .inactiveCamera(let id): return pick("Camera '\(id)' đang tạm ngừng", "Camera '\(id)' is deactivated")
        case .badGeometry(let id, let error):
            return pick("Hình học camera '\(id)' không hợp lệ: ", "Invalid geometry of camera '\(id)': ") + message(error)
        case .notFound(.event(let id)): return pick("Không tìm thấy sự kiện \(id)", "No event \(id)")
        case .notFound(.alert(let id)): return pick("Không tìm thấy cảnh báo \(id)", "No alert \(id)")
        case .notFound(.plate(let plate)): return pick("Biển số \(plate) không có trong danh sách", "Plate \(plate) is not on the list")
        case .conflict(.onlyViolationsOpenCases): return pick("Chỉ vi phạm mới mở được vụ việc", "Only violations open a case")
        case .conflict(.violationDismissed): return pick("Vi phạm đã được bỏ qua", "The violation was dismissed")
        case .conflict(.caseAlreadyOpen(let code)): return pick("Đã mở vụ việc \(code)", "A case is already open for it: \(code)")
        case .conflict(.alertNotUpdated(let detail)): return pick("Không cập nhật được cảnh báo: \(detail)", "The alert was not updated: \(detail)")
        case .storage(let error): return pick("Lỗi lưu trữ: \(error)", "Storage error: \(error)")
        case .otherDistrict(let code):
            return pick("Tài khoản này chỉ xem được huyện của mình, không xem được \(code)", "This account reads its own district only, not \(code)")
        }
    }
}
