/// The pages citizens can see (staff use them too): each function takes a view model and the
/// page context and returns a complete HTML5 document, built as `HTML` (text escaped by construction).
///
/// - `reportForm(_:context:)` — `/report`, or `/ui/reports/new` for staff hotline entry
/// - `receipt(_:context:)` — after a report is saved
/// - `tracking(_:context:)` — `/track`
/// - `error(_:context:)` — 400, 404, 500…
public enum PublicPages {}
