extension PublicPages {
    /// The report form, `multipart/form-data` to `/report` (citizens) or `/ui/reports` (staff
    /// entry). Errors are listed in a summary at the top, linked to their fields, and repeated
    /// beside each field (`aria-invalid`, `aria-describedby`); the values typed come back.
    /// The location can be picked on an SVG sketch of the province (a tiny inline script
    /// fills `lat` and `lon`); without JavaScript the coordinates can be typed, or left out in
    /// favour of the address.
    public static func reportForm(_ page: ReportFormPage, context: PageContext) -> String {
        let l = context.localizer
        let v = page.values
        let title = page.staffEntry ? l.staffEntryTitle : l.reportFormTitle
        var html: HTML = "<h1>\(title)</h1>\n"
        html += "<p>\(page.staffEntry ? l.staffEntryIntro : l.reportFormIntro)</p>\n"
        html += errorSummary(page.errors, l)
        html += "<form class=\"card report-form\" method=\"post\" action=\"\(page.action)\" enctype=\"multipart/form-data\">"
        html += FormControls.csrfField(context) + "\n"

        // What and where.
        let categories = page.categories.map { CodeName(code: $0.code, name: $0.name) }
        html += field("category", l.category, required: true, errors: page.errors, l) { attributes in
            "<select id=\"field-category\" name=\"category\" required\(attributes)>"
                + FormControls.options(categories, selected: v.category, placeholder: l.chooseOne) + "</select>"
        }
        let described = page.categories.filter { !($0.description ?? "").isEmpty }
        if !described.isEmpty {
            html += "<details class=\"field\"><summary>\(l.categoryHelp)</summary><dl class=\"details\">"
            for category in described {
                html += "<dt>\(category.name)</dt><dd>\(category.description ?? "")</dd>"
            }
            html += "</dl></details>\n"
        }
        if !page.districts.isEmpty {
            html += field("district", l.district, required: true, errors: page.errors, l) { attributes in
                "<select id=\"field-district\" name=\"district\" required\(attributes)>"
                    + FormControls.options(page.districts, selected: v.district, placeholder: l.chooseOne) + "</select>"
            }
        }
        html += field("description", l.reportDescription, hint: l.descriptionHint, required: true, errors: page.errors, l) {
            "<textarea id=\"field-description\" name=\"description\" rows=\"5\" required\($0)>"
                + "\(v.description)</textarea>"
        }

        html += "<fieldset class=\"map\"><legend>\(l.locationLegend)</legend>\n"
        html += field("address", l.address, hint: l.addressHint, errors: page.errors, l) {
            "<input type=\"text\" class=\"wide\" id=\"field-address\" name=\"address\" autocomplete=\"street-address\" "
                + "value=\"\(v.address)\"\($0)>"
        }
        html += "<p class=\"hint\" id=\"map-hint\">\(l.mapPickerHint)</p>"
        let point = Double(v.latitude).flatMap { latitude in Double(v.longitude).map { (latitude, $0) } }
        html += ProvinceMap.svg(title: l.mapTitle, titleID: "picker-title", point: point, pickerID: "map-picker", inputs: ("field-lat", "field-lon"))
        html += "<p class=\"map-note\">\(l.mapScaleNote)</p>\n<div class=\"coords\">"
        html += field("lat", l.latitude, errors: page.errors, describedBy: "map-hint", l) {
            "<input type=\"number\" id=\"field-lat\" name=\"lat\" step=\"any\" min=\"-90\" max=\"90\" inputmode=\"decimal\" "
                + "value=\"\(v.latitude)\"\($0)>"
        }
        html += field("lon", l.longitude, errors: page.errors, describedBy: "map-hint", l) {
            "<input type=\"number\" id=\"field-lon\" name=\"lon\" step=\"any\" min=\"-180\" max=\"180\" inputmode=\"decimal\" "
                + "value=\"\(v.longitude)\"\($0)>"
        }
        html += "</div></fieldset>\n"

        html += field("photos", l.photosUpload, errors: page.errors, l) {
            "<input type=\"file\" id=\"field-photos\" name=\"photos\" multiple accept=\"image/jpeg,image/png,image/webp\"\($0)>"
        }

        // Who.
        html += "<fieldset><legend>\(page.staffEntry ? l.callerLegend : l.contactLegend)</legend>"
        html += "<p class=\"hint\">\(l.contactPrivacy)</p>\n"
        if page.staffEntry {
            let channels = ReportChannel.staffEntryChoices.map { CodeName(code: $0.rawValue, name: l.channel($0)) }
            html += field("channel", l.channelLabel, required: true, errors: page.errors, l) { attributes in
                "<select id=\"field-channel\" name=\"channel\" required\(attributes)>"
                    + FormControls.options(channels, selected: (v.channel ?? .hotline).rawValue) + "</select>"
            }
        }
        html += field("name", page.staffEntry ? l.callerName : l.name, errors: page.errors, l) {
            "<input type=\"text\" id=\"field-name\" name=\"name\" autocomplete=\"name\" value=\"\(v.name)\"\($0)>"
        }
        html += field("phone", page.staffEntry ? l.callerPhone : l.phone, errors: page.errors, l) {
            "<input type=\"tel\" id=\"field-phone\" name=\"phone\" autocomplete=\"tel\" value=\"\(v.phone)\"\($0)>"
        }
        html += field("email", l.email, errors: page.errors, l) {
            "<input type=\"email\" id=\"field-email\" name=\"email\" autocomplete=\"email\" value=\"\(v.email)\"\($0)>"
        }
        html += "</fieldset>\n"
        html += "<button type=\"submit\">\(page.staffEntry ? l.saveReport : l.submitReport)</button></form>\n"
        return PageLayout.render(title: title, body: html, context: context, scripts: [.mapPicker])
    }

    /// The order fields appear in, for the error summary.
    static let reportFieldOrder = [
        "category", "district", "description", "address", "lat", "lon", "photos", "channel", "name", "phone", "email",
    ]

    private static func errorSummary(_ errors: [String: String], _ l: Localizer) -> HTML {
        guard !errors.isEmpty else { return "" }
        let known = reportFieldOrder.filter { errors[$0] != nil }
        let unknown = errors.keys.filter { !reportFieldOrder.contains($0) }.sorted()
        var html: HTML = "<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">"
            + "<h2 id=\"error-summary-title\">\(l.errorSummaryTitle)</h2><ul>"
        for name in known {
            html += "<li><a href=\"#field-\(name)\">\(errors[name] ?? "")</a></li>"
        }
        for name in unknown { html += "<li>\(errors[name] ?? "")</li>" }
        return html + "</ul></div>\n"
    }

    /// A labelled field. `control` receives the extra attributes to put on the input:
    /// `aria-invalid` when the field has an error, and `aria-describedby` naming the error
    /// and `describedBy`.
    private static func field(
        _ name: String, _ label: String, hint: String? = nil, required: Bool = false, errors: [String: String],
        describedBy: String? = nil, _ l: Localizer, control: (HTML) -> HTML
    ) -> HTML {
        var html: HTML = "<div class=\"field\"><label for=\"field-\(name)\">\(label)"
        if required { html += " <span class=\"required\" aria-hidden=\"true\">*</span>" }
        html += "</label>"
        if let hint { html += "<p class=\"hint\">\(hint)</p>" }
        var described = describedBy.map { [$0] } ?? []
        var attributes: HTML = ""
        if let error = errors[name] {
            html += "<p class=\"error-text\" id=\"field-\(name)-error\">\(error)</p>"
            attributes = " aria-invalid=\"true\""
            described.append("field-\(name)-error")
        }
        if !described.isEmpty { attributes += " aria-describedby=\"\(described.joined(separator: " "))\"" }
        return html + control(attributes) + "</div>\n"
    }
}
