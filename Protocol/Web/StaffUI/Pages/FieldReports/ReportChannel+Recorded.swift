extension ReportChannel {
    /// The channel a report records (`web`, `hotline`, `walk_in`, `zalo`, `open311`…), as
    /// the pages group them: Open311 clients are apps; anything unknown is `other`.
    public init(recorded raw: String) {
        switch raw {
        case "web": self = .web
        case "hotline": self = .hotline
        case "walk_in": self = .walkIn
        case "zalo": self = .zalo
        case "open311": self = .app
        default: self = .other
        }
    }
}
