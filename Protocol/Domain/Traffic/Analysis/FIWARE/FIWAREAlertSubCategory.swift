/// The Smart Data Models `Alert.subCategory` values (category `traffic`) that traffic events map
/// onto. The model's list has no value for speeding, red-light running or riding on the pavement,
/// so those take the generic `hazardOnRoad`; the exact event is in the alert's `data.event`.
public enum FIWAREAlertSubCategory: String, Codable, Sendable, Hashable, CaseIterable {
    case trafficJam
    case carStopped
    case carWrongDirection
    case hazardOnRoad

    /// - congestion raised / cleared → `trafficJam`
    /// - stopped in a no-stopping zone → `carStopped`
    /// - wrong way at a line or in a lane → `carWrongDirection`
    /// - speeding, red light, vehicle on the sidewalk → `hazardOnRoad`
    public init(_ kind: TrafficEventKind) {
        switch kind {
        case .congestionRaised, .congestionCleared: self = .trafficJam
        case .stoppedInNoStoppingZone: self = .carStopped
        case .wrongWayAtLine, .wrongWayInLane: self = .carWrongDirection
        case .speeding, .redLight, .sidewalkEncroachment: self = .hazardOnRoad
        }
    }
}
