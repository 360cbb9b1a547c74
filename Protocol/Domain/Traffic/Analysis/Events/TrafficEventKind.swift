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

    /// Title shown to staff.
    public var vietnameseTitle: String {
        switch self {
        case .congestionRaised(let l): "Cảnh báo giao thông: \(l.vietnameseLabel)"
        case .congestionCleared: "Giao thông đã thông thoáng trở lại"
        case .stoppedInNoStoppingZone(let z): "Dừng, đỗ xe nơi cấm dừng (\(z))"
        case .wrongWayAtLine(let l): "Đi ngược chiều qua vạch \(l)"
        case .wrongWayInLane(let l): "Đi ngược chiều trên làn \(l)"
        case .speeding: "Chạy quá tốc độ quy định"
        case .redLight(let s): "Vượt đèn đỏ tại \(s)"
        case .sidewalkEncroachment(let z): "Đi xe trên vỉa hè (\(z))"
        }
    }

    public var englishTitle: String {
        switch self {
        case .congestionRaised(let l): "Congestion raised: \(l.englishLabel)"
        case .congestionCleared: "Congestion cleared"
        case .stoppedInNoStoppingZone(let z): "Stopped in no-stopping zone \(z)"
        case .wrongWayAtLine(let l): "Wrong way across line \(l)"
        case .wrongWayInLane(let l): "Wrong way in lane \(l)"
        case .speeding: "Speeding"
        case .redLight(let s): "Red-light violation at \(s)"
        case .sidewalkEncroachment(let z): "Vehicle on sidewalk \(z)"
        }
    }
}
