/// Who writes figures, and where: the web layer makes one from the signed-in account.
public struct IndicatorActor: Sendable, Hashable {
    public var author: String
    /// The areas the account enters figures for; nil for every area (a provincial account).
    public var areas: Set<String>?
    /// Holds `indicators.approve`: approves, returns and locks reports, and revises
    /// submitted and locked figures.
    public var approves: Bool

    public init(author: String, areas: Set<String>?, approves: Bool) {
        self.author = author
        self.areas = areas
        self.approves = approves
    }

    public func enters(_ area: String) -> Bool { areas?.contains(area) ?? true }
}
