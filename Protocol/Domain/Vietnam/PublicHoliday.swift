/// A day off by law, with the names staff read.
public struct PublicHoliday: Hashable, Sendable {
    public var date: CivilDate
    public var name: String
    public var englishName: String
    /// A day off given because a holiday fell on a weekend (Labour Code 2019, art. 112(3)).
    public var isCompensatory: Bool

    public init(date: CivilDate, name: String, englishName: String, isCompensatory: Bool = false) {
        self.date = date
        self.name = name
        self.englishName = englishName
        self.isCompensatory = isCompensatory
    }
}
