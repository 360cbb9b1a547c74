/// The state of a traffic signal input.
public enum SignalPhase: String, Codable, Sendable, Hashable, CaseIterable {
    case green
    case amber
    case red
    /// No phase received yet; never treated as red.
    case unknown
}
