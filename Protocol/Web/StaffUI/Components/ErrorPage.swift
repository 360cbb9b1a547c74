/// An error page: the HTTP status and an optional explanation already in the page's language.
/// Without one, the page says what the status means.
public struct ErrorPage: Hashable, Sendable {
    public var status: Int
    public var message: String?

    public init(status: Int, message: String? = nil) {
        self.status = status
        self.message = message
    }
}
