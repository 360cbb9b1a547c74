/// Why the web layer refused a request before any service looked at it: codes with their
/// values, said by the Localizer like every other message. The HTTP status and the JSON
/// `code` stay with the route that refuses.
public enum HTTPRefusal: Error, Sendable, Hashable {
    case signInRequired
    /// A write with a session cookie but without the session's token or this site's Origin.
    case crossSiteWrite
    case bodyTooLarge(limit: Int)
    case formTooLarge(limit: Int)
    case malformedForm(detail: String)
    case fieldNotUTF8(String)
    case photoNotHereYet
    case unknownChannel(String, choices: [String])
    case webhooksNotConfigured
    case badWebhookSignature
    case notAUUID
    case pageOutOfRange
    case couldNotEncode
    case hubDoesNotAnalyse
    case noSuchCamera(String)
    case noSuchEvent
    case noSuchPlateOnList
    case notAPlate(String)
    case noSuchTrackingCode(String)
    /// A lockout's kind other than `account` or `address`.
    case unknownLockoutKind(String)
    /// A date filter that is neither `YYYY-MM-DD` nor an ISO 8601 timestamp.
    case invalidDate(field: String, String)
}
