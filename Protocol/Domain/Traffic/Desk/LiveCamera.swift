import TrafficAnalysis
import TrafficForecast

/// A camera's state inside the node's engine right now: what the live pages show between the
/// 5-minute intervals that reach the replica.
public struct LiveCamera: Codable, Sendable {
    public var camera: String
    public var congestion: CongestionLevel
    public var congestionSinceMillis: Int64
    public var lastDetectionMillis: Int64?
    public var detectionsAnalysed: Int
    public var lateDetections: Int
    public var activeTracks: Int
    public var idSwitchesBridged: Int
    /// How much the camera's tracker output needed mending (tracks split, bridged) since start.
    public var trackQuality: TrackQuality
    /// Crossings per line, class and direction since the analyzer started.
    public var lineCounts: [LineCounts]
    /// The latest 30-second intervals, oldest first (every subject).
    public var recent: [IntervalAggregate]
    /// Forecasts of every model with enough history.
    public var forecasts: [FlowForecast]
    /// Each model's accuracy so far, per horizon.
    public var accuracy: [ForecastAccuracy]
}
