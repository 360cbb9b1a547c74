/// One service's tile on the wall: its few numbers that matter, each with its trend, and
/// the service page it links to (with the same filters).
public struct WallTile: Sendable, Hashable, Codable {
    /// One number: what it counts, its value as the reader's language writes it, and how it
    /// moved against the previous period.
    public struct Figure: Sendable, Hashable, Codable {
        public enum Tone: String, Sendable, Hashable, Codable {
            case good, neutral, bad
        }

        /// Stable within its tile (`overdue`, `down`): the live updates find it by this.
        public var key: String
        public var label: String
        public var value: Double
        public var text: String
        /// The change against the previous period, written out ("+3 so với hôm qua"); nil: none.
        public var trend: String?
        public var tone: Tone

        public init(key: String, label: String, value: Double, text: String, trend: String? = nil, tone: Tone = .neutral) {
            self.key = key
            self.label = label
            self.value = value
            self.text = text
            self.trend = trend
            self.tone = tone
        }
    }

    /// The service's code (`field-reports`, `dossiers`, `security`, …).
    public var service: String
    public var title: String
    public var href: String
    public var figures: [Figure]

    public init(service: String, title: String, href: String, figures: [Figure]) {
        self.service = service
        self.title = title
        self.href = href
        self.figures = figures
    }
}
