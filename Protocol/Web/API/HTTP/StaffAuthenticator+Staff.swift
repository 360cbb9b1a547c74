import Access
import Hummingbird
import StaffUI

extension StaffAuthenticator {
    /// Runs `body` for a principal allowed `permission`. Answers 401 without credentials,
    /// 403 without the permission, 403 for a write with a session cookie that does not
    /// prove it comes from this site (CSRF), 429 while the name or address is locked out,
    /// 503 when password checks are full. Writes and refusals are audited.
    public func staff(_ request: Request, _ permission: Permission, _ body: (Principal) async -> Response) async -> Response {
        let principal: Principal?
        do throws(AccessError) { principal = try await self.principal(for: request) } catch { return JSONResponse.error(error) }
        guard let principal else {
            var response = JSONResponse.error(.unauthorized, code: "unauthenticated", message: Localizer.bilingual { $0.message(HTTPRefusal.signInRequired) })
            response.headers[.wwwAuthenticate] = "Basic realm=\"ioc\", charset=\"UTF-8\""
            return response
        }
        let response: Response
        if !principal.may(permission) {
            response = JSONResponse.error(AccessError.forbidden(permission))
        } else if principal.method == .session, ![.get, .head].contains(request.method), !writeIsFromThisSite(request) {
            response = JSONResponse.error(.forbidden, code: "csrf", message: Localizer.bilingual { $0.message(HTTPRefusal.crossSiteWrite) })
        } else {
            response = await body(principal)
        }
        await audit(request, principal, permission, status: response.status)
        return response
    }
}
