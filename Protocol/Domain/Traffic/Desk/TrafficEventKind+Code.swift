import TrafficAnalysis

extension TrafficEventKind {
    /// Stable code stored with the event and used in filters and the API.
    public var code: String {
        switch self {
        case .congestionRaised: "congestion_raised"
        case .congestionCleared: "congestion_cleared"
        case .stoppedInNoStoppingZone: "no_stopping"
        case .wrongWayAtLine: "wrong_way_line"
        case .wrongWayInLane: "wrong_way_lane"
        case .speeding: "speeding"
        case .redLight: "red_light"
        case .sidewalkEncroachment: "sidewalk"
        }
    }

    /// The zone, line or lane the event is about, if any.
    public var subject: String? {
        switch self {
        case .stoppedInNoStoppingZone(let z), .sidewalkEncroachment(let z): z
        case .wrongWayAtLine(let l), .wrongWayInLane(let l): l
        case .redLight(let s): s
        case .congestionRaised, .congestionCleared, .speeding: nil
        }
    }

    /// Every code, in the order filters list them.
    public static let codes = [
        "congestion_raised", "congestion_cleared", "no_stopping", "wrong_way_line", "wrong_way_lane", "speeding", "red_light", "sidewalk",
    ]
}
