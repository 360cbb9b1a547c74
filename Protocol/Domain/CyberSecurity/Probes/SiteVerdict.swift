/// What the federation concludes about a site from every vantage point that probes it:
/// down everywhere is the site's outage; down from some but not all is those districts' link
/// (the site answers elsewhere); otherwise the worst of what the others see.
///
/// Vantage points whose state is unknown (not yet checked, or not heard from) do not vote.
public enum SiteVerdict: Sendable, Hashable, Codable {
    case unknown
    case up
    case degraded
    /// Every vantage point that voted sees it down.
    case down
    /// Down only from these vantage points (a district code, or `hub`): their link, not the site.
    case unreachableFrom([String])

    public init(_ states: [String: VantageState.State]) {
        let voting = states.filter { $0.value != .unknown }
        guard !voting.isEmpty else {
            self = .unknown
            return
        }
        let down = voting.filter { $0.value == .down }.map(\.key).sorted()
        if down.count == voting.count {
            self = .down
        } else if !down.isEmpty {
            self = .unreachableFrom(down)
        } else if voting.values.contains(.degraded) {
            self = .degraded
        } else {
            self = .up
        }
    }

    /// The wall's colour: red for a site down, amber for degraded or a district's link, green.
    public var colour: String {
        switch self {
        case .down: "red"
        case .degraded, .unreachableFrom: "amber"
        case .up: "green"
        case .unknown: "grey"
        }
    }
}
