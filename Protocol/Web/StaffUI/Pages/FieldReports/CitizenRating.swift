/// A citizen's rating of how their report was handled.
public struct CitizenRating: Hashable, Sendable {
    /// 1 (very dissatisfied) … 5 (very satisfied); values outside are clamped when shown.
    public var stars: Int
    public var comment: String?

    public init(stars: Int, comment: String? = nil) {
        self.stars = stars
        self.comment = comment
    }
}
