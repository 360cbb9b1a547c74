import Access
import CRDT
import Foundation
import Hummingbird
import StaffUI

/// The administrators' account pages, at the hub where accounts are made:
/// `/ui/admin/accounts` (the list and a new account) and
/// `/ui/admin/accounts/{district}/{user}` (name, roles, unit, disabling, a new password,
/// "sign out everywhere").
///
/// Guarantees: every route needs `accounts.manage` and every form the session's CSRF
/// token; a refused form is shown again with the reason and nothing written; a success
/// answers 303 to the account's page (a reload does not repeat it); disabling, a new
/// password and "sign out everywhere" end the account's sessions here at once and at every
/// node after sync; each write is in the audit log under the signed-in administrator.
struct AccountRoutes: Sendable {
    let web: WebRoutes
    var auth: StaffAuthenticator { web.api.auth }

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("ui/admin/accounts") { request, _ in
            await web.signedIn(request, .accountsManage) { _ in await listPage(request, draft: .init(), errorText: nil, status: .ok) }
        }
        router.post("ui/admin/accounts") { request, _ in
            await web.signedIn(request, .accountsManage) { principal in
                await web.withStaffForm(request) { form in
                    let draft = Self.draft(form, district: form["district"] ?? Scope.province, user: form["user"] ?? "")
                    do throws(AccessError) {
                        let account = try Self.account(draft)
                        try await auth.accounts.create(account, password: form.fields["password"] ?? "", author: principal.author)
                        web.api.didWrite()
                        return Self.done(account.district, account.user, "created")
                    } catch {
                        return await listPage(request, draft: draft, errorText: web.localizer(request).message(error), status: Self.status(error))
                    }
                }
            }
        }
        router.get("ui/admin/accounts/:district/:user") { request, context in
            await web.signedIn(request, .accountsManage) { _ in
                guard let account = await account(context) else { return notFound(request, context) }
                let l = web.localizer(request)
                let flash: PageContext.Flash? =
                    switch RecordRoutes.parameters(request)["done"] {
                    case "created": .init(.success, l.accountCreated(account.qualifiedName))
                    case "saved": .init(.success, l.accountSaved(account.qualifiedName))
                    case "password": .init(.success, l.passwordSet(account.qualifiedName))
                    case "signed-out": .init(.success, l.sessionsEnded(account.qualifiedName))
                    default: nil
                    }
                return accountPage(request, .init(account), errorText: nil, flash: flash, status: .ok)
            }
        }
        router.post("ui/admin/accounts/:district/:user") { request, context in
            await web.signedIn(request, .accountsManage) { principal in
                await web.withStaffForm(request) { form in
                    guard let current = await account(context) else { return notFound(request, context) }
                    var draft = Self.draft(form, district: current.district, user: current.user)
                    draft.disabled = form["disabled"] != nil
                    do throws(AccessError) {
                        try await auth.accounts.update(try Self.account(draft), author: principal.author)
                        web.api.didWrite()
                        return Self.done(current.district, current.user, "saved")
                    } catch {
                        return accountPage(request, draft, errorText: web.localizer(request).message(error), flash: nil, status: Self.status(error))
                    }
                }
            }
        }
        router.post("ui/admin/accounts/:district/:user/password") { request, context in
            await web.signedIn(request, .accountsManage) { principal in
                await web.withStaffForm(request) { form in
                    guard let current = await account(context) else { return notFound(request, context) }
                    do throws(AccessError) {
                        try await auth.accounts.setPassword(district: current.district, user: current.user, password: form.fields["password"] ?? "", author: principal.author)
                        web.api.didWrite()
                        return Self.done(current.district, current.user, "password")
                    } catch {
                        return accountPage(request, .init(current), errorText: web.localizer(request).message(error), flash: nil, status: Self.status(error))
                    }
                }
            }
        }
        router.post("ui/admin/accounts/:district/:user/sign-out") { request, context in
            await web.signedIn(request, .accountsManage) { principal in
                await web.withStaffForm(request) { _ in
                    guard let current = await account(context) else { return notFound(request, context) }
                    do throws(AccessError) {
                        try await auth.accounts.endSessions(district: current.district, user: current.user, author: principal.author)
                        web.api.didWrite()
                        return Self.done(current.district, current.user, "signed-out")
                    } catch {
                        return accountPage(request, .init(current), errorText: web.localizer(request).message(error), flash: nil, status: Self.status(error))
                    }
                }
            }
        }
    }

    // MARK: Pages

    private func listPage(_ request: Request, draft: StaffPages.AccountDraft, errorText: String?, status: HTTPResponse.Status) async -> Response {
        do throws(AccessError) {
            let accounts = try await auth.accounts.list()
            return WebRoutes.html(StaffPages.accounts(accounts, draft: draft, errorText: errorText, context: web.context(request, audience: .staff)), status: status)
        } catch { return web.errorPage(request, .serviceUnavailable, web.localizer(request).message(error)) }
    }

    private func accountPage(_ request: Request, _ draft: StaffPages.AccountDraft, errorText: String?, flash: PageContext.Flash?, status: HTTPResponse.Status) -> Response {
        WebRoutes.html(StaffPages.account(draft, errorText: errorText, context: web.context(request, audience: .staff, flash: flash)), status: status)
    }

    private func account<Context: RequestContext>(_ context: Context) async -> Account? {
        guard let district = context.parameters.get("district"), let user = context.parameters.get("user") else { return nil }
        return await auth.accounts.account(district: district, user: user)
    }

    private func notFound<Context: RequestContext>(_ request: Request, _ context: Context) -> Response {
        let name = "\(context.parameters.get("user") ?? "")@\(context.parameters.get("district") ?? "")"
        return web.errorPage(request, .notFound, web.localizer(request).message(AccessError.noSuchAccount(String(name.prefix(80)))))
    }

    // MARK: Forms

    static func draft(_ form: FormInput, district: String, user: String) -> StaffPages.AccountDraft {
        StaffPages.AccountDraft(
            district: district, user: user.trimmingCharacters(in: .whitespaces), name: form["name"] ?? "",
            roles: Set((form.values["role"] ?? []).compactMap(Role.init(rawValue:))), unit: form["unit"] ?? "")
    }

    static func account(_ draft: StaffPages.AccountDraft) throws(AccessError) -> Account {
        let unit = draft.unit.trimmingCharacters(in: .whitespaces)
        return Account(
            district: draft.district, user: draft.user, name: draft.name, roles: draft.roles, unit: unit.isEmpty ? nil : unit, disabled: draft.disabled)
    }

    static func done(_ district: String, _ user: String, _ what: String) -> Response {
        Response(status: .seeOther, headers: [.location: StaffPages.accountPath(district, user) + "?done=\(what)"])
    }

    static func status(_ error: AccessError) -> HTTPResponse.Status {
        switch error {
        case .accountExists: .conflict
        case .busy, .storage: .serviceUnavailable
        case .noSuchAccount: .notFound
        default: .badRequest
        }
    }
}
