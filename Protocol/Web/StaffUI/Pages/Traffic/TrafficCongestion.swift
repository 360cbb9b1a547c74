/// The traffic state at a camera as the pages show it, from best to worst, plus `unknown`
/// when no recent figures exist. The raw values are the analytics core's names
/// (`freeFlow` … `stationary`), so the server can map them with `init(rawValue:)`.
///
/// Colour is never the only signal: every badge and map tooltip also says the label.
public enum TrafficCongestion: String, CaseIterable, Hashable, Sendable {
    case freeFlow
    case light
    case heavy
    case congested
    case stationary
    /// No figures yet, or the camera has been silent too long.
    case unknown

    /// The CSS class of the badge and of the map dot: `congestion-free-flow` (green),
    /// `congestion-light`, `congestion-heavy` (amber), `congestion-congested` (red),
    /// `congestion-stationary` (dark red), `congestion-unknown` (grey).
    public var cssClass: String {
        switch self {
        case .freeFlow: "congestion-free-flow"
        case .light: "congestion-light"
        case .heavy: "congestion-heavy"
        case .congested: "congestion-congested"
        case .stationary: "congestion-stationary"
        case .unknown: "congestion-unknown"
        }
    }
}
