import CyberSecurity
import Hummingbird
import StaffUI

extension JSONResponse {
    /// The HTTP answer for a refused security request: 422 when every message of a post is
    /// bad (each named), 400 for a bad query, 404 for an unknown alert, site or incident, 409 for a step
    /// back in an alert's lifecycle or a baseline no longer on the page, 422 for a site's bad settings, 403 for another unit's, 413 for a body too large, 503 for storage trouble.
    static func error(_ error: SecurityError) -> Response {
        let message = Localizer.bilingual { $0.message(error) }
        switch error {
        case .badEvents(let problems):
            return JSONResponse.object(
                ["error": ["code": "invalid_events", "message": message, "problems": problems.map { problem in ["code": problem.code, "message": Localizer.bilingual { $0.message(problem) }] }] as [String: Any]],
                status: .unprocessableContent)
        case .alertNotFound: return JSONResponse.error(.notFound, code: "not_found", message: message)
        case .invalidTransition: return JSONResponse.error(.conflict, code: "invalid_transition", message: message, field: "status")
        case .otherUnit: return JSONResponse.error(.forbidden, code: "out_of_scope", message: message, field: "unit")
        case .tooMany: return JSONResponse.error(.contentTooLarge, code: "too_many", message: message)
        case .bodyTooLarge: return JSONResponse.error(.contentTooLarge, code: "too_large", message: message)
        case .invalidQuery(let field, _): return JSONResponse.error(.badRequest, code: "invalid_input", message: message, field: field)
        case .invalidSite(let field, _): return JSONResponse.error(.unprocessableContent, code: "invalid_site", message: message, field: field)
        case .siteNotFound, .incidentNotFound: return JSONResponse.error(.notFound, code: "not_found", message: message)
        case .noPageYet: return JSONResponse.error(.conflict, code: "no_page_yet", message: message)
        case .pageChanged: return JSONResponse.error(.conflict, code: "page_changed", message: message, field: "domHash")
        case .storage: return JSONResponse.error(.serviceUnavailable, code: "storage", message: message)
        }
    }
}
