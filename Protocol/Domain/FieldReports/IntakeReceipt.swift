import CRDT

/// What intake answers: the new (or, for a repeated delivery, the existing) report.
public struct IntakeReceipt: Sendable, Hashable {
    public var report: EntityID
    public var `case`: EntityID
    public var trackingCode: String
    /// The delivery repeated one already taken (same channel and external id).
    public var duplicate: Bool
}
