import TrafficAnalysis

/// What a node reports about one of its cameras besides intervals and events: the current
/// congestion, the latest flow and speed, and the forecast; replicated so the hub's province
/// view shows every camera's state.
public struct CameraLiveState: Codable, Sendable, Hashable {
    public var camera: String
    public var congestion: CongestionLevel
    public var congestionSinceMillis: Int64
    public var lastDetectionMillis: Int64?
    /// Flow of the latest closed 30-second interval, veh/h (sum over lanes, or the first line).
    public var flowVehiclesPerHour: Double?
    public var meanSpeedKmh: Double?
    /// Crossings of the camera's first counting line since the node started counting, by class code.
    public var countsByClass: [String: Int]
    /// Forecast flow 15, 30 and 60 min ahead (time-of-week average when it has the history, else Holt-Winters), veh/h.
    public var forecast: [String: Double]
    public var updatedMillis: Int64
    /// Tracks the node's analyzer followed since it started, and the share of them it had to
    /// split or bridge (``TrafficAnalysis/TrackQuality``); nil from nodes before this field.
    public var tracksFollowed: Int?
    public var adjustedTrackShare: Double?

    public init(
        camera: String, congestion: CongestionLevel, congestionSinceMillis: Int64, lastDetectionMillis: Int64?, flowVehiclesPerHour: Double?,
        meanSpeedKmh: Double?, countsByClass: [String: Int], forecast: [String: Double], updatedMillis: Int64,
        tracksFollowed: Int? = nil, adjustedTrackShare: Double? = nil
    ) {
        self.camera = camera
        self.congestion = congestion
        self.congestionSinceMillis = congestionSinceMillis
        self.lastDetectionMillis = lastDetectionMillis
        self.flowVehiclesPerHour = flowVehiclesPerHour
        self.meanSpeedKmh = meanSpeedKmh
        self.countsByClass = countsByClass
        self.forecast = forecast
        self.updatedMillis = updatedMillis
        self.tracksFollowed = tracksFollowed
        self.adjustedTrackShare = adjustedTrackShare
    }
}
