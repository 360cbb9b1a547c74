extension PublicPages {
    /// An error page in the context's language: what the status means, the caller's
    /// message if any (else a default explanation), and a link back to the start.
    public static func error(_ page: ErrorPage, context: PageContext) -> String {
        let l = context.localizer
        let title = l.errorTitle(page.status)
        let home = context.audience == .staff ? "/ui/inbox" : "/report"
        let message = page.message.flatMap { $0.isEmpty ? nil : $0 } ?? l.errorMessage(page.status)
        let html: HTML = """
            <h1>\(title)</h1>
            <section class="card"><p class="muted">\(l.errorCode(page.status))</p>\
            <p>\(message)</p><p><a href="\(home)">\(l.backToStart)</a></p></section>

            """
        return PageLayout.render(title: title, body: html, context: context)
    }
}
