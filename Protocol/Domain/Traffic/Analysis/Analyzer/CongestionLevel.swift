/// Traffic state of a camera's view, from best to worst. Ordered: `freeFlow < … < stationary`.
public enum CongestionLevel: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case freeFlow
    case light
    case heavy
    case congested
    case stationary

    var severity: Int {
        switch self {
        case .freeFlow: 0
        case .light: 1
        case .heavy: 2
        case .congested: 3
        case .stationary: 4
        }
    }

    init(severity: Int) {
        self = [CongestionLevel.freeFlow, .light, .heavy, .congested, .stationary][max(0, min(4, severity))]
    }

    public static func < (a: CongestionLevel, b: CongestionLevel) -> Bool { a.severity < b.severity }
}
