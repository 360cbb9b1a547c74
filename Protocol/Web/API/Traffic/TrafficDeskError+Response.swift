import Hummingbird
import TrafficDesk

extension JSONResponse {
    /// The HTTP answer for a refused traffic request: 400 for bad input, 404 for unknown
    /// cameras and events, 409 for a state conflict, 503 for storage trouble.
    static func error(_ error: TrafficDeskError) -> Response {
        switch error {
        case .invalid(let field, let reason): JSONResponse.error(.badRequest, code: "invalid_input", message: reason, field: field)
        case .badGeometry: JSONResponse.error(.badRequest, code: "invalid_geometry", message: error.description, field: "geometry")
        case .unknownCamera, .notFound: JSONResponse.error(.notFound, code: "not_found", message: error.description)
        case .cameraOutsideDistrict, .inactiveCamera: JSONResponse.error(.conflict, code: "camera_not_here", message: error.description)
        case .conflict: JSONResponse.error(.conflict, code: "conflict", message: error.description)
        case .storage: JSONResponse.error(.serviceUnavailable, code: "storage", message: error.description)
        }
    }
}
