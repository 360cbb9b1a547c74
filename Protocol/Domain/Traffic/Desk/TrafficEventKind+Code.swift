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

    /// Every code with its Vietnamese and English name, for filters.
    public static let codes: [(code: String, vi: String, en: String)] = [
        ("congestion_raised", "Cảnh báo ùn tắc", "Congestion raised"),
        ("congestion_cleared", "Hết ùn tắc", "Congestion cleared"),
        ("no_stopping", "Dừng, đỗ nơi cấm dừng", "Stopped in no-stopping zone"),
        ("wrong_way_line", "Đi ngược chiều (vạch)", "Wrong way across a line"),
        ("wrong_way_lane", "Đi ngược chiều (làn)", "Wrong way in a lane"),
        ("speeding", "Chạy quá tốc độ", "Speeding"),
        ("red_light", "Vượt đèn đỏ", "Red light"),
        ("sidewalk", "Đi xe trên vỉa hè", "Vehicle on sidewalk"),
    ]
}
