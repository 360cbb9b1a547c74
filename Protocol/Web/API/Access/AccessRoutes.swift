import Access
import Foundation
import Hummingbird
import StaffUI

/// The administration every site serves: the landing page `/ui/admin`, and the sign-in
/// lockouts at this site (`SignInThrottle`) as JSON (`GET /api/v1/access/lockouts`,
/// `DELETE /api/v1/access/lockouts/{kind}/{key}`) and as a page (`/ui/admin/lockouts`).
///
/// Guarantees: lockouts need `accounts.manage`; the landing page lists only the pages its
/// reader may use; every write with a session cookie needs the session's CSRF token (the
/// page's form) or this site's Origin (the API), like every write.
struct AccessRoutes: Sendable {
    let web: WebRoutes
    var api: RecordRoutes { web.api }

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("api/v1/access/lockouts") { request, _ in
            await api.staff(request, .accountsManage) { _ in
                let now = Self.nowMillis()
                let items = api.auth.throttle.lockouts(nowMillis: now).map { lockout -> [String: Any] in
                    let (kind, key) = Self.parts(lockout.key)
                    return [
                        "kind": kind, "key": key, "failures": lockout.failures,
                        "until": ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(lockout.untilMillis) / 1000)),
                        "retry_after": Int((lockout.untilMillis - now + 999) / 1000),
                    ]
                }
                return JSONResponse.object(["items": items, "count": items.count])
            }
        }
        router.delete("api/v1/access/lockouts/:kind/:key") { request, context in
            await api.staff(request, .accountsManage) { _ in
                guard let key = Self.key(kind: context.parameters.get("kind"), context.parameters.get("key")) else {
                    let refusal = HTTPRefusal.unknownLockoutKind(context.parameters.get("kind") ?? "")
                    return JSONResponse.error(.notFound, code: "not_found", message: Localizer.bilingual { $0.message(refusal) })
                }
                api.auth.throttle.release(key)
                return Response(status: .noContent)
            }
        }
        router.get("ui/admin") { request, _ in
            await web.signedIn(request, .accountsManage) { principal in
                WebRoutes.html(StaffPages.administration(links(for: principal, web.localizer(request)), context: web.context(request, audience: .staff)))
            }
        }
        router.get("ui/admin/lockouts") { request, _ in
            await web.signedIn(request, .accountsManage) { _ in lockoutsPage(request, flash: nil) }
        }
        router.post("ui/admin/lockouts/:kind/:key/release") { request, context in
            await web.signedIn(request, .accountsManage) { _ in
                await web.withStaffForm(request) { _ in
                    guard let key = Self.key(kind: context.parameters.get("kind"), context.parameters.get("key")) else {
                        return web.errorPage(request, .notFound, web.localizer(request).message(HTTPRefusal.unknownLockoutKind(context.parameters.get("kind") ?? "")))
                    }
                    api.auth.throttle.release(key)
                    return lockoutsPage(request, flash: .init(.success, web.localizer(request).lockoutReleased(Self.parts(key).1)))
                }
            }
        }
    }

    private func lockoutsPage(_ request: Request, flash: PageContext.Flash?) -> Response {
        WebRoutes.html(StaffPages.lockouts(api.auth.throttle.lockouts(nowMillis: Self.nowMillis()), context: web.context(request, audience: .staff, flash: flash)))
    }

    /// The administration pages `principal` may use at this site.
    private func links(for principal: Principal, _ l: Localizer) -> [StaffPages.AdministrationLink] {
        var links: [StaffPages.AdministrationLink] = []
        if principal.may(.accountsManage), web.administersAccounts {
            links.append(.init(path: "/ui/admin/accounts", title: l.accountsTitle, summary: l.accountsIntro))
            links.append(.init(path: "/ui/admin/tokens", title: l.tokensTitle, summary: l.tokensIntro))
        }
        if principal.may(.accountsManage) { links.append(.init(path: "/ui/admin/lockouts", title: l.lockoutsTitle, summary: l.lockoutsIntro)) }
        if principal.may(.auditRead) { links.append(.init(path: "/ui/admin/audit", title: l.auditTitle, summary: l.auditIntro)) }
        return links
    }

    static func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// The throttle key a path names (`account`/`address` and the value), nil for another kind.
    static func key(kind: String?, _ value: String?) -> SignInThrottle.Key? {
        let value = value?.removingPercentEncoding ?? value ?? ""
        switch kind {
        case "account": return SignInThrottle.account(value)
        case "address": return .address(value)
        default: return nil
        }
    }

    /// The kind (`account`, `address`) and the value of a throttle key.
    static func parts(_ key: SignInThrottle.Key) -> (String, String) {
        switch key {
        case let .account(name): ("account", name)
        case let .address(address): ("address", address)
        }
    }
}
