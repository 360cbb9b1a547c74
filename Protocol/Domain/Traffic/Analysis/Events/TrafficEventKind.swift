/// What happened.
public enum TrafficEventKind: Codable, Sendable, Hashable {
    case congestionRaised(level: CongestionLevel)
    case congestionCleared
    case stoppedInNoStoppingZone(zone: String)
    case wrongWayAtLine(line: String)
    case wrongWayInLane(lane: String)
    case speeding
    case redLight(stopLine: String)
    case sidewalkEncroachment(zone: String)

    public var isViolation: Bool {
        switch self {
        case .congestionRaised, .congestionCleared: false
        default: true
        }
    }
}
