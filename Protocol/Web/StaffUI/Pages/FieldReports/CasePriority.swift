/// How urgently a case should be handled, chosen by staff when accepting it.
public enum CasePriority: String, CaseIterable, Hashable, Sendable {
    case low
    case normal
    case high
    case urgent
}
