import Replica
import TrafficAnalysis

/// Why a traffic request was refused, in words a district officer or an integrator can act on.
public enum TrafficDeskError: Error, Sendable, CustomStringConvertible {
    /// The request itself is wrong (field named); nothing was written.
    case invalid(field: String, reason: String)
    case unknownCamera(String)
    /// The camera belongs to another district: this node does not analyse it.
    case cameraOutsideDistrict(camera: String, district: String)
    case inactiveCamera(String)
    case badGeometry(camera: String, GeometryError)
    case notFound(String)
    /// The event is not in a state that allows the action (already opened as a case, say).
    case conflict(String)
    case storage(ReplicaError)

    public var description: String {
        switch self {
        case .invalid(let field, let reason): "Dữ liệu không hợp lệ (\(field)): \(reason)"
        case .unknownCamera(let id): "Camera '\(id)' chưa được đăng ký với trung tâm tỉnh / camera '\(id)' is not registered at the hub"
        case .cameraOutsideDistrict(let id, let district):
            "Camera '\(id)' thuộc địa bàn \(district), không do nút này phân tích / camera '\(id)' belongs to district \(district)"
        case .inactiveCamera(let id): "Camera '\(id)' đang tạm ngừng / camera '\(id)' is deactivated"
        case .badGeometry(let id, let error): "Hình học camera '\(id)' không hợp lệ / invalid geometry of camera '\(id)': \(error)"
        case .notFound(let what): "Không tìm thấy \(what) / \(what) not found"
        case .conflict(let reason): reason
        case .storage(let error): "Lỗi lưu trữ / storage error: \(error)"
        }
    }
}
