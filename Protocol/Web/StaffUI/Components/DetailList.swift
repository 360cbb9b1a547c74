/// A `<dl>` of label–value pairs: the facts of a case, a camera, an event or a route.
/// Labels are text (escaped); values are markup already built by the caller.
struct DetailList {
    var rows: [(label: String, value: HTML)]

    init(_ rows: [(label: String, value: HTML)]) {
        self.rows = rows
    }

    /// `<dl class="details …">` with one `<dt>`/`<dd>` pair a row, in order, one a line.
    func render(classes: String = "details") -> HTML {
        let items = rows.map { row -> HTML in "<dt>\(row.label)</dt><dd>\(row.value)</dd>" }
        return "<dl class=\"\(classes)\">\n\(items.joined(separator: "\n"))\n</dl>"
    }
}
