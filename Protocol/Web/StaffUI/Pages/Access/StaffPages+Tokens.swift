import Access
import CRDT

extension StaffPages {
    /// `/ui/admin/tokens`: a token just made (its text, shown this once), every token with
    /// its state and a revoke button, and the form that makes one. `grantable` lists the
    /// permissions a token may hold.
    public static func tokens(
        _ tokens: [APIToken], made: (token: APIToken, text: String)?, grantable: [Permission], errorText: String?, nowMillis: Int64,
        context: PageContext
    ) -> String {
        let l = context.localizer
        var html: HTML = "<h1>\(l.tokensTitle)</h1>\n<p>\(l.tokensIntro)</p>\n"
        if let made {
            html += "<section class=\"card\" role=\"status\"><h2>\(made.token.label)</h2><p><strong>\(l.tokenShownOnce)</strong></p>"
                + "<p><output class=\"code token-text\" id=\"token-text\">\(made.text)</output></p></section>\n"
        }
        if tokens.isEmpty {
            html += "<p class=\"card muted\">\(l.noTokens)</p>\n"
        } else {
            html += "<div class=\"table-wrap\"><table>\n<thead><tr>"
                + ["ID", l.tokenLabel, l.districtOrProvince, l.tokenPermission, l.tokenCreatedBy, l.tokenExpires, l.stateLabel, ""]
                .map { "<th scope=\"col\">\($0)</th>" as HTML }.joined()
                + "</tr></thead>\n<tbody>\n"
            for token in tokens {
                let state = token.revoked ? l.tokenRevokedState : token.isValid(nowMillis: nowMillis) ? l.tokenActive : l.tokenExpired
                let scope = token.district == Scope.province ? l.provinceScope : context.districtName(token.district)
                html += "<tr\(token.isValid(nowMillis: nowMillis) ? "" : " class=\"muted\"" as HTML)><th scope=\"row\" class=\"code\">\(token.id)</th>"
                    + "<td>\(token.label)</td><td>\(scope)</td><td>\(l.permission(token.permission)) <span class=\"code muted\">\(token.permission.rawValue)</span></td>"
                    + "<td class=\"code\">\(token.createdBy)</td><td>\(Badge.time(millis: token.expiresMillis))</td><td>\(state)</td><td>"
                if !token.revoked {
                    html += "<form method=\"post\" action=\"/ui/admin/tokens/\(token.id)/revoke\">\(FormControls.csrfField(context))"
                        + "<button type=\"submit\" class=\"danger\">\(l.revoke)</button></form>"
                }
                html += "</td></tr>\n"
            }
            html += "</tbody></table></div>\n"
        }
        html += "<form class=\"card\" method=\"post\" action=\"/ui/admin/tokens\"><h2>\(l.createToken)</h2>\(FormControls.csrfField(context))"
        if let errorText { html += "<p class=\"error-text\" role=\"alert\">\(errorText)</p>" }
        html += "<div class=\"field\"><label for=\"token-label\">\(l.tokenLabel)</label>"
            + "<input id=\"token-label\" name=\"label\" required maxlength=\"80\" autocomplete=\"off\"></div>"
        let scopes = [CodeName(code: Scope.province, name: l.provinceScope)] + context.districts
        html += FormControls.select(id: "token-district", name: "district", label: l.districtOrProvince, choices: scopes, selected: Scope.province, required: true)
        let permissions = grantable.map { CodeName(code: $0.rawValue, name: "\(l.permission($0)) (\($0.rawValue))") }
        html += FormControls.select(id: "token-permission", name: "permission", label: l.tokenPermission, choices: permissions, selected: nil, placeholder: l.chooseOne, required: true)
        html += "<div class=\"field\"><label for=\"token-days\">\(l.tokenDays)</label>"
            + "<input type=\"number\" id=\"token-days\" name=\"days\" value=\"365\" min=\"1\" max=\"\(APITokenBook.maximumDays)\" required></div>"
        html += "<button type=\"submit\">\(l.createToken)</button></form>\n"
        return PageLayout.render(title: l.tokensTitle, body: html, context: context)
    }
}
