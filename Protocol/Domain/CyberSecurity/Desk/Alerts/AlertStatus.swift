/// Where an alert stands in its handling: new → acknowledged → investigating → resolved or
/// false positive. An analyst may skip ahead (acknowledge and resolve at once) but never go
/// back, except that a resolved alert whose events recur is new again (`reopened`).
public enum AlertStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case new
    case acknowledged
    case investigating
    case resolved
    case falsePositive = "false_positive"

    var rank: Int {
        switch self {
        case .new: 0
        case .acknowledged: 1
        case .investigating: 2
        case .resolved, .falsePositive: 3
        }
    }

    /// Whether staff may move an alert from `self` to `next`.
    public func allows(_ next: AlertStatus) -> Bool { next.rank > rank }

    /// Open alerts count toward the wall and their time limit.
    public var isOpen: Bool { rank < 3 }
}
