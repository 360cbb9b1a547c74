import Hummingbird
import StaffUI
import TrafficDesk

extension JSONResponse {
    /// The HTTP answer for a refused traffic request: 400 for bad input, 404 for unknown
    /// cameras and events, 409 for a state conflict, 503 for storage trouble.
    static func error(_ error: TrafficDeskError) -> Response {
        let message = Localizer.bilingual { $0.message(error) }
        return switch error {
        case .invalid(let field, _): JSONResponse.error(.badRequest, code: "invalid_input", message: message, field: field)
        case .badGeometry: JSONResponse.error(.badRequest, code: "invalid_geometry", message: message, field: "geometry")
        case .unknownCamera, .notFound: JSONResponse.error(.notFound, code: "not_found", message: message)
        case .cameraOutsideDistrict, .inactiveCamera: JSONResponse.error(.conflict, code: "camera_not_here", message: message)
        case .conflict: JSONResponse.error(.conflict, code: "conflict", message: message)
        case .storage: JSONResponse.error(.serviceUnavailable, code: "storage", message: message)
        case .otherDistrict: JSONResponse.error(.forbidden, code: "out_of_scope", message: message)
        }
    }
}
