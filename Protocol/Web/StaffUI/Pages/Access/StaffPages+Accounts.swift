import Access
import CRDT
import WebForms

extension StaffPages {
    /// What the account form shows again after a refusal: the values typed (never the password).
    public struct AccountDraft: Sendable, Hashable {
        public var district: String
        public var user: String
        public var name: String
        public var roles: Set<Role>
        public var unit: String
        public var disabled: Bool

        public init(district: String = Scope.province, user: String = "", name: String = "", roles: Set<Role> = [], unit: String = "", disabled: Bool = false) {
            self.district = district
            self.user = user
            self.name = name
            self.roles = roles
            self.unit = unit
            self.disabled = disabled
        }

        public init(_ account: Account) {
            self.init(
                district: account.district, user: account.user, name: account.name, roles: account.roles, unit: account.unit ?? "",
                disabled: account.disabled)
        }
    }

    /// `/ui/admin/accounts`: every account (who, name, roles, unit, state, a link to change
    /// it), then the form that creates one. `errorText` and `draft` show a refused form again.
    public static func accounts(_ accounts: [Account], draft: AccountDraft, errorText: String?, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<h1>\(l.accountsTitle)</h1>\n<p>\(l.accountsIntro)</p>\n"
        if accounts.isEmpty {
            html += "<p class=\"card muted\">\(l.noAccounts)</p>\n"
        } else {
            html += "<div class=\"table-wrap\"><table>\n<thead><tr>"
                + [l.accountColumn, l.fullName, l.rolesLabel, l.unitCode, l.stateLabel, ""].map { "<th scope=\"col\">\($0)</th>" as HTML }.joined()
                + "</tr></thead>\n<tbody>\n"
            for account in accounts {
                html += "<tr\(account.disabled ? " class=\"muted\"" : "" as HTML)><th scope=\"row\" class=\"code\">\(account.qualifiedName)</th>"
                    + "<td>\(account.name)</td><td>\(account.roles.sorted().map(l.role).joined(separator: ", "))</td>"
                    + "<td class=\"code\">\(account.unit ?? "")</td><td>\(account.disabled ? l.accountDisabled : l.accountActive)</td>"
                    + "<td><a href=\"\(accountPath(account.district, account.user))\">\(l.edit)</a></td></tr>\n"
            }
            html += "</tbody></table></div>\n"
        }
        html += "<form class=\"card\" method=\"post\" action=\"/ui/admin/accounts\"><h2>\(l.createAccount)</h2>\(FormControls.csrfField(context))"
        if let errorText { html += "<p class=\"error-text\" role=\"alert\">\(errorText)</p>" }
        let scopes = [CodeName(code: Scope.province, name: l.provinceScope)] + context.districts
        html += FormControls.select(id: "account-district", name: "district", label: l.districtOrProvince, choices: scopes, selected: draft.district, required: true)
        html += "<div class=\"field\"><label for=\"account-user\">\(l.userName)</label><p class=\"hint\" id=\"account-user-hint\">\(l.userNameHint)</p>"
            + "<input id=\"account-user\" name=\"user\" value=\"\(draft.user)\" required autocomplete=\"off\" aria-describedby=\"account-user-hint\"></div>"
        html += accountProfileFields(draft, idPrefix: "account", context)
        html += "<div class=\"field\"><label for=\"account-password\">\(l.initialPassword)</label>"
            + "<input type=\"password\" id=\"account-password\" name=\"password\" required minlength=\"\(AccountBook.minimumPasswordLength)\" autocomplete=\"new-password\"></div>"
        html += "<button type=\"submit\">\(l.createAccount)</button></form>\n"
        return PageLayout.render(title: l.accountsTitle, body: html, context: context)
    }

    /// `/ui/admin/accounts/{district}/{user}`: the account's name, roles, unit and state; a
    /// new password; "sign out everywhere".
    public static func account(_ draft: AccountDraft, errorText: String?, context: PageContext) -> String {
        let l = context.localizer
        let name = "\(draft.user)@\(draft.district)"
        let path = accountPath(draft.district, draft.user)
        var html: HTML = "<p><a href=\"/ui/admin/accounts\">← \(l.accountsTitle)</a></p><h1 class=\"code\">\(name)</h1>\n"
        html += "<form class=\"card\" method=\"post\" action=\"\(path)\"><h2>\(l.saveAccount)</h2>\(FormControls.csrfField(context))"
        if let errorText { html += "<p class=\"error-text\" role=\"alert\">\(errorText)</p>" }
        html += accountProfileFields(draft, idPrefix: "edit", context)
        html += "<div class=\"field\"><label><input type=\"checkbox\" name=\"disabled\" value=\"1\"\(draft.disabled ? " checked" : "" as HTML)> \(l.disableAccount)</label></div>"
        html += "<button type=\"submit\">\(l.saveAccount)</button></form>\n"
        html += "<form class=\"card\" method=\"post\" action=\"\(path)/password\"><h2>\(l.setPassword)</h2>\(FormControls.csrfField(context))"
            + "<div class=\"field\"><label for=\"edit-password\">\(l.newPassword)</label>"
            + "<input type=\"password\" id=\"edit-password\" name=\"password\" required minlength=\"\(AccountBook.minimumPasswordLength)\" autocomplete=\"new-password\"></div>"
            + "<button type=\"submit\">\(l.setPassword)</button></form>\n"
        html += "<form class=\"card\" method=\"post\" action=\"\(path)/sign-out\"><h2>\(l.signOutEverywhere)</h2>\(FormControls.csrfField(context))"
            + "<p>\(l.signOutEverywhereHint)</p><button type=\"submit\" class=\"danger\">\(l.signOutEverywhere)</button></form>\n"
        return PageLayout.render(title: name, body: html, context: context)
    }

    public static func accountPath(_ district: String, _ user: String) -> String {
        "/ui/admin/accounts/" + URLEncodedForm.percentEncode(district, spaceAsPlus: false) + "/" + URLEncodedForm.percentEncode(user, spaceAsPlus: false)
    }

    private static func accountProfileFields(_ draft: AccountDraft, idPrefix: String, _ context: PageContext) -> HTML {
        let l = context.localizer
        var html: HTML = "<div class=\"field\"><label for=\"\(idPrefix)-name\">\(l.fullName)</label>"
            + "<input id=\"\(idPrefix)-name\" name=\"name\" value=\"\(draft.name)\" autocomplete=\"off\"></div>"
        html += "<fieldset class=\"field\"><legend>\(l.rolesLabel)</legend>"
        for role in Role.allCases {
            html += "<label><input type=\"checkbox\" name=\"role\" value=\"\(role.rawValue)\"\(draft.roles.contains(role) ? " checked" : "" as HTML)> \(l.role(role))</label><br>"
        }
        html += "</fieldset>"
        return html + "<div class=\"field\"><label for=\"\(idPrefix)-unit\">\(l.unitCode)</label>"
            + "<input id=\"\(idPrefix)-unit\" name=\"unit\" value=\"\(draft.unit)\" autocomplete=\"off\"></div>"
    }
}
