/// One camera's page (`/ui/traffic/cameras/{id}`): its summary, the counts per line, the
/// interval series of one length with its flow forecasts, and its recent events.
public struct TrafficCameraPage: Hashable, Sendable {
    /// The interval lengths the page offers, seconds, with their `period` query values.
    static let periods: [(seconds: Int, query: String)] = [(30, "30s"), (300, "5m"), (900, "15m")]

    /// The interval length a `period` query value asks for (`30s` → 30, `5m` → 300,
    /// `15m` → 900), or nil for anything else.
    public static func periodSeconds(query: String) -> Int? {
        periods.first { $0.query == query }?.seconds
    }

    /// The `period` query value of an interval length (300 → `5m`), or nil when not offered.
    public static func periodQuery(seconds: Int) -> String? {
        periods.first { $0.seconds == seconds }?.query
    }

    public var camera: TrafficCameraSummary
    public var lines: [TrafficLineCounts]
    /// The series shown, any order (the chart sorts by time; the table lists newest first).
    public var intervals: [TrafficIntervalPoint]
    /// The length of the series shown: 30, 300 or 900; the matching period link is marked current.
    public var intervalPeriodSeconds: Int
    public var forecasts: [TrafficForecastRow]
    /// Newest first, as given.
    public var events: [TrafficEventRow]

    public init(
        camera: TrafficCameraSummary, lines: [TrafficLineCounts] = [], intervals: [TrafficIntervalPoint] = [],
        intervalPeriodSeconds: Int = 300, forecasts: [TrafficForecastRow] = [], events: [TrafficEventRow] = []
    ) {
        self.camera = camera
        self.lines = lines
        self.intervals = intervals
        self.intervalPeriodSeconds = intervalPeriodSeconds
        self.forecasts = forecasts
        self.events = events
    }
}
