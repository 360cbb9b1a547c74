import Access
import WebForms

extension StaffPages {
    /// `/ui/admin/lockouts`: who is locked out of signing in at this site, until when, with a
    /// button ending each lockout early.
    public static func lockouts(_ lockouts: [SignInThrottle.Lockout], context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<h1>\(l.lockoutsTitle)</h1>\n<p>\(l.lockoutsIntro)</p>\n"
        guard !lockouts.isEmpty else {
            return PageLayout.render(title: l.lockoutsTitle, body: html + "<p class=\"card muted\">\(l.noLockouts)</p>\n", context: context)
        }
        html += "<div class=\"table-wrap\"><table>\n<thead><tr>"
            + [l.lockoutKind, l.lockoutKey, l.lockoutFailures, l.lockoutUntil, ""].map { "<th scope=\"col\">\($0)</th>" as HTML }.joined()
            + "</tr></thead>\n<tbody>\n"
        for lockout in lockouts {
            let (kind, key, kindName): (String, String, String) =
                switch lockout.key {
                case let .account(name): ("account", name, l.lockoutAccount)
                case let .address(address): ("address", address, l.lockoutAddress)
                }
            html += "<tr><td>\(kindName)</td><th scope=\"row\" class=\"code\">\(key)</th><td>\(lockout.failures)</td>"
                + "<td>\(Badge.time(millis: lockout.untilMillis))</td><td>"
                + "<form method=\"post\" action=\"/ui/admin/lockouts/\(kind)/\(URLEncodedForm.percentEncode(key, spaceAsPlus: false))/release\">\(FormControls.csrfField(context))"
                + "<button type=\"submit\" class=\"secondary\">\(l.release)</button></form></td></tr>\n"
        }
        return PageLayout.render(title: l.lockoutsTitle, body: html + "</tbody></table></div>\n", context: context)
    }
}
