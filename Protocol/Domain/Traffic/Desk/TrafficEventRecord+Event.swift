import TrafficAnalysis

extension TrafficEventRecord {
    /// The event in the analyzer's shape, for exports that speak it (FIWARE); nil for a kind
    /// code this version does not know.
    public var event: TrafficEvent? {
        let name = subject ?? ""
        let kind: TrafficEventKind
        switch self.kind {
        case "congestion_raised": kind = .congestionRaised(level: congestionLevel ?? .heavy)
        case "congestion_cleared": kind = .congestionCleared
        case "no_stopping": kind = .stoppedInNoStoppingZone(zone: name)
        case "wrong_way_line": kind = .wrongWayAtLine(line: name)
        case "wrong_way_lane": kind = .wrongWayInLane(lane: name)
        case "speeding": kind = .speeding
        case "red_light": kind = .redLight(stopLine: name)
        case "sidewalk": kind = .sidewalkEncroachment(zone: name)
        default: return nil
        }
        return TrafficEvent(cameraID: camera, timeMillis: timeMillis, kind: kind, evidence: evidence)
    }
}
