/// The staff pages. Each function takes a view model and the page context and returns a
/// complete HTML5 document. Every piece of text from the view models is HTML-escaped; the
/// functions are pure and never fail.
///
/// - `inbox(_:context:)` — `/ui/inbox`
/// - `caseDetail(_:context:)` — `/ui/cases/{caseID}`
/// - `statistics(_:context:)` — `/ui/stats`
///
/// The report form, receipt, tracking and error pages, which citizens also see, are in
/// `PublicPages`.
public enum StaffPages {}
