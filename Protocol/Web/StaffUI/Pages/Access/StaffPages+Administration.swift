extension StaffPages {
    /// One administration page the landing page links to.
    public struct AdministrationLink: Sendable, Hashable {
        public var path: String
        public var title: String
        public var summary: String

        public init(path: String, title: String, summary: String) {
            self.path = path
            self.title = title
            self.summary = summary
        }
    }

    /// `/ui/admin`: the administration pages this reader may use at this site, one card each.
    public static func administration(_ links: [AdministrationLink], context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<h1>\(l.adminTitle)</h1>\n<ul class=\"admin-links\">"
        for link in links {
            html += "<li class=\"card\"><h2><a href=\"\(link.path)\">\(link.title)</a></h2><p>\(link.summary)</p></li>"
        }
        return PageLayout.render(title: l.adminTitle, body: html + "</ul>\n", context: context)
    }
}
