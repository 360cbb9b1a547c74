/// The Smart Data Models `Alert.severity` values, and how a ``TrafficEvent`` maps onto them.
public enum FIWAREAlertSeverity: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case informational
    case low
    case medium
    case high
    case critical

    /// - Congestion raised: light → `low`, heavy → `medium`, congested → `high`,
    ///   stationary → `critical` (free flow, never raised, → `informational`).
    /// - Congestion cleared → `informational`.
    /// - Wrong way (line or lane) and red light → `high`: head-on and side-impact risk.
    /// - Speeding, by the excess over the limit: under 10 km/h → `low`, under 20 → `medium`,
    ///   under 35 → `high`, 35 km/h or more → `critical` (the bands of the traffic-fine schedule);
    ///   `medium` when the speed or the limit is unknown.
    /// - Stopped in a no-stopping zone, vehicle on the sidewalk → `low`.
    public init(_ event: TrafficEvent) {
        switch event.kind {
        case .congestionRaised(let level):
            switch level {
            case .freeFlow: self = .informational
            case .light: self = .low
            case .heavy: self = .medium
            case .congested: self = .high
            case .stationary: self = .critical
            }
        case .congestionCleared:
            self = .informational
        case .wrongWayAtLine, .wrongWayInLane, .redLight:
            self = .high
        case .speeding:
            guard let speed = event.evidence?.speedKmh, let limit = event.evidence?.speedLimitKmh, speed.isFinite, limit.isFinite else {
                self = .medium
                return
            }
            let excess = speed - limit
            self = excess < 10 ? .low : excess < 20 ? .medium : excess < 35 ? .high : .critical
        case .stoppedInNoStoppingZone, .sidewalkEncroachment:
            self = .low
        }
    }

    var rank: Int {
        switch self {
        case .informational: 0
        case .low: 1
        case .medium: 2
        case .high: 3
        case .critical: 4
        }
    }

    public static func < (a: FIWAREAlertSeverity, b: FIWAREAlertSeverity) -> Bool { a.rank < b.rank }
}
