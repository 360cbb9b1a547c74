/// The public lookup at `/track`: the lookup form alone (no code), "not found" (a code and no
/// result), or the case's public status (a result). The rating form posts `stars` (1–5) and
/// `comment` to `/track/{trackingCode}/rating`.
public struct TrackingPage: Hashable, Sendable {
    /// The code typed, if any.
    public var code: String?
    public var result: TrackingResult?

    public init(code: String? = nil, result: TrackingResult? = nil) {
        self.code = code
        self.result = result
    }
}
