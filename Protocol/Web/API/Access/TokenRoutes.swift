import Access
import CRDT
import FieldReports
import Foundation
import Hummingbird
import StaffUI
import Vietnam

/// Integrators' API tokens, at the hub where they are made: `GET`/`POST
/// /api/v1/access/tokens`, `DELETE /api/v1/access/tokens/{id}`, and the page
/// `/ui/admin/tokens` with its forms.
///
/// Guarantees: every route needs `accounts.manage` (so no token manages tokens:
/// `APIToken.withheld`); a token's text is in the answer that made it and nowhere else,
/// never in a list, a log or a URL; revocation holds here at once and at every node after
/// sync; each write is in the audit log under the signed-in administrator.
struct TokenRoutes: Sendable {
    let web: WebRoutes
    var api: RecordRoutes { web.api }
    var book: APITokenBook { api.auth.tokens }

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("api/v1/access/tokens") { request, _ in
            await api.staff(request, .accountsManage) { _ in
                do throws(AccessError) {
                    let now = Self.nowMillis()
                    let items = try await book.list(district: RecordRoutes.parameters(request)["district"]).map { Self.json($0, nowMillis: now) }
                    return JSONResponse.object(["items": items, "count": items.count])
                } catch { return JSONResponse.error(error) }
            }
        }
        router.post("api/v1/access/tokens") { request, context in
            await api.staff(request, .accountsManage) { principal in
                await api.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
                    let object = try RecordDesk.jsonObject(body)
                    do throws(AccessError) {
                        let (token, text) = try await create(
                            label: object["label"] as? String ?? "", district: object["district"] as? String ?? Scope.province,
                            permission: object["permission"] as? String ?? "", days: Self.days(object["days"]), author: principal.author)
                        var answer = Self.json(token, nowMillis: token.createdMillis)
                        answer["token"] = text
                        return JSONResponse.object(answer, status: .created)
                    } catch { return JSONResponse.error(error) }
                }
            }
        }
        router.delete("api/v1/access/tokens/:id") { request, context in
            await api.staff(request, .accountsManage) { principal in
                do throws(AccessError) {
                    try await book.revoke(id: context.parameters.get("id") ?? "", author: principal.author)
                    api.didWrite()
                    return Response(status: .noContent)
                } catch {
                    if case .noSuchToken = error {
                        return JSONResponse.error(.notFound, code: "not_found", message: Localizer.bilingual { $0.message(error) })
                    }
                    return JSONResponse.error(error)
                }
            }
        }
        router.get("ui/admin/tokens") { request, _ in
            await web.signedIn(request, .accountsManage) { _ in await page(request, made: nil, errorText: nil, flash: nil, status: .ok) }
        }
        router.post("ui/admin/tokens") { request, _ in
            await web.signedIn(request, .accountsManage) { principal in
                await web.withStaffForm(request) { form in
                    do throws(AccessError) {
                        let made = try await create(
                            label: form["label"] ?? "", district: form["district"] ?? Scope.province, permission: form["permission"] ?? "",
                            days: Int(form["days"] ?? "365") ?? 0, author: principal.author)
                        // Answered here, never redirected: the token's text must not reach a URL or a second request.
                        var response = await page(request, made: made, errorText: nil, flash: nil, status: .created)
                        response.headers[.cacheControl] = "no-store"
                        return response
                    } catch {
                        return await page(request, made: nil, errorText: web.localizer(request).message(error), flash: nil, status: AccountRoutes.status(error))
                    }
                }
            }
        }
        router.post("ui/admin/tokens/:id/revoke") { request, context in
            await web.signedIn(request, .accountsManage) { principal in
                await web.withStaffForm(request) { _ in
                    let id = context.parameters.get("id") ?? ""
                    do throws(AccessError) {
                        try await book.revoke(id: id, author: principal.author)
                        api.didWrite()
                        return await page(request, made: nil, errorText: nil, flash: .init(.success, web.localizer(request).tokenRevoked(id)), status: .ok)
                    } catch {
                        let status: HTTPResponse.Status = if case .noSuchToken = error { .notFound } else { .serviceUnavailable }
                        return await page(request, made: nil, errorText: nil, flash: .init(.error, web.localizer(request).message(error)), status: status)
                    }
                }
            }
        }
    }

    private func create(label: String, district: String, permission: String, days: Int, author: String) async throws(AccessError) -> (token: APIToken, text: String) {
        let made = try await book.create(
            label: label, district: district, permission: Permission(permission), days: days, known: api.auth.policy.known, author: author,
            nowMillis: Self.nowMillis())
        api.didWrite()
        return made
    }

    private func page(_ request: Request, made: (token: APIToken, text: String)?, errorText: String?, flash: PageContext.Flash?, status: HTTPResponse.Status) async -> Response {
        do throws(AccessError) {
            let tokens = try await book.list()
            let grantable = api.auth.policy.known.subtracting(APIToken.withheld).sorted()
            let html = StaffPages.tokens(
                tokens, made: made, grantable: grantable, errorText: errorText, nowMillis: Self.nowMillis(),
                context: web.context(request, audience: .staff, flash: flash))
            return WebRoutes.html(html, status: status)
        } catch { return web.errorPage(request, .serviceUnavailable, web.localizer(request).message(error)) }
    }

    static func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// Whole days from a JSON value: 365 when absent, 0 (refused) when not a whole number.
    static func days(_ value: Any?) -> Int {
        guard let value else { return 365 }
        guard !(value is Bool), let number = value as? NSNumber, number.doubleValue == number.doubleValue.rounded(), abs(number.doubleValue) < 1e6
        else { return 0 }
        return number.intValue
    }

    static func json(_ token: APIToken, nowMillis: Int64) -> [String: Any] {
        [
            "id": token.id, "label": token.label, "district": token.district, "permission": token.permission.rawValue,
            "created_by": token.createdBy, "created_at": VietnamTime.iso8601(VietnamTime.instant(millis: token.createdMillis)),
            "expires_at": VietnamTime.iso8601(VietnamTime.instant(millis: token.expiresMillis)),
            "state": token.revoked ? "revoked" : token.isValid(nowMillis: nowMillis) ? "active" : "expired",
        ]
    }
}
