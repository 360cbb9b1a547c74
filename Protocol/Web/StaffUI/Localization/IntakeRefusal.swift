/// A public submission refused by the site's daily limits (`PublicIntakeQuota`).
public struct IntakeRefusal: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case reportsPerClient(limit: Int)
        case photoBytesPerClient(limit: Int)
        case photoBytesPerReport(limit: Int)
        case reportsPerSite(limit: Int)
        case photoBytesPerSite(limit: Int)
    }

    public var reason: Reason
    /// Seconds until the limit lifts (local midnight); nil when waiting does not help.
    public var retryAfterSeconds: Int?

    public init(_ reason: Reason, retryAfterSeconds: Int?) {
        self.reason = reason
        self.retryAfterSeconds = retryAfterSeconds
    }
}
