import WebForms

extension PublicPages {
    /// The receipt: the tracking code in large type, how to look it up (`/track?code=…`), and
    /// for staff a link to the new case and to record another report.
    public static func receipt(_ page: ReportReceiptPage, context: PageContext) -> String {
        let l = context.localizer
        let trackLink = "/track?" + URLEncodedForm(fields: [.init("code", page.trackingCode)]).encoded
        var html = "<h1>\(HTML.escape(l.receiptTitle))</h1>\n<section class=\"card\">"
        html += "<p>\(HTML.escape(l.receiptThanks))</p><p>\(HTML.escape(l.yourTrackingCode))</p>"
        html += "<p class=\"tracking-code\">\(HTML.escape(page.trackingCode))</p>"
        html += "<p>\(HTML.escape(l.howToLookUp))</p>"
        html += "<p><a href=\"\(HTML.escape(trackLink))\">\(HTML.escape(l.trackNow))</a></p>"
        if context.audience == .staff {
            if let caseID = page.caseID {
                html += "<p><a href=\"\(HTML.escape(StaffPages.caseLink(caseID)))\">\(HTML.escape(l.openCase))</a></p>"
            }
            html += "<p><a href=\"/ui/reports/new\">\(HTML.escape(l.anotherReport))</a></p>"
        }
        html += "</section>\n"
        return PageLayout.render(title: l.receiptTitle, body: html, context: context)
    }
}
