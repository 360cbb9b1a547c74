extension PublicPages {
    /// The staff sign-in form (posts `user`, `password` and `next` to `/ui/login`), with
    /// an error line when a previous attempt failed.
    public static func login(next: String, failed: Bool, context: PageContext) -> String {
        let l = context.localizer
        let title = l.signInTitle
        var html: HTML = "<h1>\(title)</h1>\n<section class=\"card\">"
        if failed {
            html += "<p class=\"error\" role=\"alert\">\(l.wrongCredentials)</p>"
        }
        html += "<form method=\"post\" action=\"/ui/login\">"
        html += "<input type=\"hidden\" name=\"next\" value=\"\(next)\">"
        html += "<p><label for=\"user\">\(l.userName)</label><br>"
        html += "<input id=\"user\" name=\"user\" autocomplete=\"username\" required></p>"
        html += "<p><label for=\"password\">\(l.password)</label><br>"
        html += "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required></p>"
        html += "<p><button type=\"submit\">\(l.signIn)</button></p></form></section>\n"
        return PageLayout.render(title: title, body: html, context: context)
    }
}
