import Hummingbird
import Indicators
import StaffUI

extension JSONResponse {
    /// The HTTP answer for a refused indicator request: 400 for bad input, 404 for an unknown
    /// indicator or area, 403 for another district's figures or an approver's step, 409 for a
    /// report whose status does not allow it, 413 for a body too large, 503 for storage trouble.
    static func error(_ error: IndicatorError) -> Response {
        let message = Localizer.bilingual { $0.message(error) }
        return switch error {
        case .invalid(let field, _): JSONResponse.error(.badRequest, code: "invalid_input", message: message, field: field)
        case .reasonRequired: JSONResponse.error(.badRequest, code: "reason_required", message: message, field: "reason")
        case .unknownIndicator: JSONResponse.error(.notFound, code: "not_found", message: message, field: "indicator")
        case .unknownArea: JSONResponse.error(.notFound, code: "not_found", message: message, field: "area")
        case .otherArea: JSONResponse.error(.forbidden, code: "out_of_scope", message: message, field: "area")
        case .approverOnly: JSONResponse.error(.forbidden, code: "forbidden", message: message)
        case .reportClosed, .workflow: JSONResponse.error(.conflict, code: "conflict", message: message)
        case .bodyTooLarge: JSONResponse.error(.contentTooLarge, code: "too_large", message: message)
        case .storage: JSONResponse.error(.serviceUnavailable, code: "storage", message: message)
        }
    }
}
