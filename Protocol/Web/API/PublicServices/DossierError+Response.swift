import Hummingbird
import PublicServices
import StaffUI

extension JSONResponse {
    /// The HTTP answer for a refused dossier request: 422 with every problem for an import
    /// with bad rows, 400 for a bad query or file, 404 for an unknown dossier, unit or
    /// report or a connector not configured, 403 for another unit's, 413 for a body too large, 503 for storage trouble.
    static func error(_ error: DossierError) -> Response {
        let message = Localizer.bilingual { $0.message(error) }
        switch error {
        case .invalidRows(let problems):
            return JSONResponse.object(
                [
                    "error": [
                        "code": "invalid_rows", "message": message,
                        "problems": problems.map { p -> [String: Any] in
                            var item: [String: Any] = ["row": p.row, "field": p.field, "reason": p.reason.rawValue]
                            if let code = p.code { item["code"] = code }
                            if let value = p.value { item["value"] = value }
                            return item
                        },
                    ] as [String: Any]
                ], status: .unprocessableContent)
        case .invalidQuery(let field, _): return JSONResponse.error(.badRequest, code: "invalid_input", message: message, field: field)
        case .unreadableFile: return JSONResponse.error(.badRequest, code: "unreadable_file", message: message)
        case .tooMany: return JSONResponse.error(.contentTooLarge, code: "too_many", message: message)
        case .bodyTooLarge: return JSONResponse.error(.contentTooLarge, code: "too_large", message: message)
        case .unknownUnit: return JSONResponse.error(.notFound, code: "not_found", message: message, field: "unit")
        case .connectorNotConfigured: return JSONResponse.error(.notFound, code: "connector_not_configured", message: message)
        case .notFound, .reportNotFound: return JSONResponse.error(.notFound, code: "not_found", message: message)
        case .otherUnit: return JSONResponse.error(.forbidden, code: "out_of_scope", message: message, field: "unit")
        case .storage: return JSONResponse.error(.serviceUnavailable, code: "storage", message: message)
        }
    }
}
