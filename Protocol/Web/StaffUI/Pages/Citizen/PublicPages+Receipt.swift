import WebForms

extension PublicPages {
    /// The receipt: the tracking code in large type, how to look it up (`/track?code=…`), and
    /// for staff a link to the new case and to record another report.
    public static func receipt(_ page: ReportReceiptPage, context: PageContext) -> String {
        let l = context.localizer
        let trackLink = "/track?" + URLEncodedForm(fields: [.init("code", page.trackingCode)]).encoded
        var html: HTML = "<h1>\(l.receiptTitle)</h1>\n<section class=\"card\">"
        html += "<p>\(l.receiptThanks)</p><p>\(l.yourTrackingCode)</p>"
        html += "<p class=\"tracking-code\">\(page.trackingCode)</p>"
        html += "<p>\(l.howToLookUp)</p>"
        html += "<p><a href=\"\(trackLink)\">\(l.trackNow)</a></p>"
        if context.audience == .staff {
            if let caseID = page.caseID {
                html += "<p><a href=\"\(StaffPages.caseLink(caseID))\">\(l.openCase)</a></p>"
            }
            html += "<p><a href=\"/ui/reports/new\">\(l.anotherReport)</a></p>"
        }
        html += "</section>\n"
        return PageLayout.render(title: l.receiptTitle, body: html, context: context)
    }
}
