import WebForms

/// The paths the traffic pages link and post to. Identifiers are percent-encoded as path
/// segments and query values, so no camera, event or plate text can change the route.
enum TrafficLinks {
    static let overview = "/ui/traffic"
    static let events = "/ui/traffic/events"
    static let plates = "/ui/traffic/plates"
    static let watchlist = "/ui/traffic/watchlist"

    /// `/ui/traffic/cameras/{id}`, with `?period=` when given.
    static func camera(_ id: String, period: String? = nil) -> String {
        let path = "/ui/traffic/cameras/" + segment(id)
        return period.map { path + "?period=" + URLEncodedForm.percentEncode($0) } ?? path
    }

    /// `/ui/traffic/events/{id}`.
    static func event(_ id: String) -> String { events + "/" + segment(id) }

    /// `POST /ui/traffic/events/{id}/case`.
    static func openCase(_ eventID: String) -> String { event(eventID) + "/case" }

    /// `POST /ui/traffic/events/{id}/dismiss`.
    static func dismiss(_ eventID: String) -> String { event(eventID) + "/dismiss" }

    /// `/ui/traffic/plates?q={plate}`.
    static func plate(_ plate: String) -> String { plates + "?q=" + URLEncodedForm.percentEncode(plate) }

    /// `POST /ui/traffic/watchlist/{key}/remove`.
    static func removeFromWatchlist(_ plateKey: String) -> String { watchlist + "/" + segment(plateKey) + "/remove" }

    /// `/attachments/{hash}`.
    static func attachment(_ hash: String) -> String { "/attachments/" + segment(hash) }

    private static func segment(_ text: String) -> String { URLEncodedForm.percentEncode(text, spaceAsPlus: false) }
}
