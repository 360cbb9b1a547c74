import Access
import Foundation
import Hummingbird
import StaffUI

/// The administrators' view of sign-in lockouts at this site (`SignInThrottle`):
/// `GET /api/v1/access/lockouts` lists the account names and addresses locked now, and
/// `DELETE /api/v1/access/lockouts/{kind}/{key}` ends one early.
///
/// Guarantees: both need `accounts.manage`; a cookie-authenticated DELETE needs the
/// session's CSRF token or this site's Origin, like every write.
struct AccessRoutes: Sendable {
    let api: RecordRoutes

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("api/v1/access/lockouts") { request, _ in
            await api.staff(request, .accountsManage) { _ in
                let now = Int64(Date().timeIntervalSince1970 * 1000)
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
                let key = context.parameters.get("key") ?? ""
                switch context.parameters.get("kind") {
                case "account": api.auth.throttle.release(SignInThrottle.account(key))
                case "address": api.auth.throttle.release(.address(key))
                default:
                    let refusal = HTTPRefusal.unknownLockoutKind(context.parameters.get("kind") ?? "")
                    return JSONResponse.error(.notFound, code: "not_found", message: Localizer.bilingual { $0.message(refusal) })
                }
                return Response(status: .noContent)
            }
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
