import Access
import FieldReports
import Foundation
import StaffUI
import Hummingbird

/// JSON answers and the API's error shape: `{"error": {"code", "message", "field"}}`.
public enum JSONResponse {
    public static func ok(_ data: Data, status: HTTPResponse.Status = .ok, contentType: String = "application/json") -> Response {
        Response(status: status, headers: [.contentType: "\(contentType); charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `value` as JSON with sorted keys (the same value always gives the same bytes).
    public static func encoded<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else {
            return error(.internalServerError, code: "encoding", message: Localizer.bilingual { $0.message(HTTPRefusal.couldNotEncode) })
        }
        return ok(data, status: status)
    }

    public static func object(_ object: Any, status: HTTPResponse.Status = .ok) -> Response {
        ok(RecordDesk.serialize(object), status: status)
    }

    public static func error(_ status: HTTPResponse.Status, code: String, message: String, field: String? = nil) -> Response {
        var body: [String: Any] = ["code": code, "message": message]
        if let field { body["field"] = field }
        return object(["error": body], status: status)
    }

    public static func error(_ error: RecordError) -> Response {
        let status: HTTPResponse.Status =
            switch error.kind {
            case .invalidInput: .badRequest
            case .notFound: .notFound
            case .outOfScope: .forbidden
            case .conflict: .conflict
            case .storage: .serviceUnavailable
            }
        return Self.error(status, code: error.kind.rawValue, message: Localizer.bilingual { $0.message(error) }, field: error.field)
    }

    /// 429 with `Retry-After` (to local midnight) for a daily limit; 413 for one report's photos.
    public static func error(_ refusal: IntakeRefusal) -> Response {
        var response = Self.error(
            refusal.retryAfterSeconds == nil ? .contentTooLarge : .tooManyRequests, code: "intake_limit", message: Localizer.bilingual { $0.message(refusal) })
        if let seconds = refusal.retryAfterSeconds { response.headers[.retryAfter] = "\(seconds)" }
        return response
    }

    public static func error(_ error: AccessError) -> Response {
        let (status, code): (HTTPResponse.Status, String) =
            switch error {
            case .forbidden: (.forbidden, "forbidden")
            case .otherDistrict: (.forbidden, "out_of_scope")
            case .busy: (.serviceUnavailable, "busy")
            case .tooManyAttempts: (.tooManyRequests, "too_many_attempts")
            case .noSuchAccount: (.notFound, "not_found")
            case .accountExists: (.conflict, "conflict")
            case .storage: (.serviceUnavailable, "storage")
            default: (.badRequest, "invalid_input")
            }
        var response = Self.error(status, code: code, message: Localizer.bilingual { $0.message(error) })
        if case .busy = error { response.headers[.retryAfter] = "1" }
        if case let .tooManyAttempts(seconds) = error { response.headers[.retryAfter] = "\(seconds)" }
        return response
    }
}
