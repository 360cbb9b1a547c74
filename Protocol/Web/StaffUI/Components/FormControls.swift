/// Markup for the form controls the pages share, with labels tied to inputs and errors tied
/// to fields (`aria-invalid`, `aria-describedby`). Labels and values are text, escaped by `HTML`.
enum FormControls {
    /// The hidden `csrf_token` field when the context has a token, else "".
    static func csrfField(_ context: PageContext) -> HTML {
        guard let token = context.csrfToken else { return "" }
        return "<input type=\"hidden\" name=\"csrf_token\" value=\"\(token)\">"
    }

    /// `<option>`s for `choices`, the one whose code is `selected` marked, preceded by an
    /// empty-valued `placeholder` option when one is given.
    static func options(_ choices: [CodeName], selected: String?, placeholder: String? = nil) -> HTML {
        var html: HTML = placeholder.map { "<option value=\"\">\($0)</option>" } ?? ""
        for choice in choices {
            html += "<option value=\"\(choice.code)\"\(HTML.selected(choice.code == selected))>"
                + "\(choice.name)</option>"
        }
        return html
    }

    /// A labelled select inside `<div class="field">`.
    static func select(
        id: String, name: String, label: String, choices: [CodeName], selected: String?, placeholder: String? = nil,
        required: Bool = false
    ) -> HTML {
        """
        <div class="field"><label for="\(id)">\(label)</label>\
        <select id="\(id)" name="\(name)"\(required ? " required" : "")>\
        \(options(choices, selected: selected, placeholder: placeholder))</select></div>
        """
    }

    /// A labelled textarea inside `<div class="field">`.
    static func textarea(id: String, name: String, label: String, required: Bool = false, rows: Int = 3) -> HTML {
        """
        <div class="field"><label for="\(id)">\(label)</label>\
        <textarea id="\(id)" name="\(name)" rows="\(rows)"\(required ? " required" : "")></textarea></div>
        """
    }
}
