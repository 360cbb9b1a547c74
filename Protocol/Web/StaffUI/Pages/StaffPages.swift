/// The staff pages. Each function takes a view model and the page context and returns a
/// complete HTML5 document. Pages are built as `HTML`, so every piece of text from the view
/// models is escaped by construction; the functions are pure and never fail.
///
/// - `inbox(_:context:)` — `/ui/inbox`
/// - `caseDetail(_:context:)` — `/ui/cases/{caseID}`
/// - `statistics(_:context:)` — `/ui/stats`
/// - `trafficOverview(_:context:)` — `/ui/traffic`
/// - `trafficCamera(_:context:)` — `/ui/traffic/cameras/{cameraID}?period=30s|5m|15m`
/// - `trafficEvents(_:context:)` — `/ui/traffic/events`
/// - `trafficEvent(_:context:)` — `/ui/traffic/events/{eventID}`
/// - `plateSearch(_:context:)` — `/ui/traffic/plates?q=`
/// - `watchlist(_:context:)` — `/ui/traffic/watchlist`
///
/// The report form, receipt, tracking and error pages, which citizens also see, are in
/// `PublicPages`.
public enum StaffPages {}
