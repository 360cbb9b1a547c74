import CRDT

/// A read of one entity: its materialised document and its full merged state.
public struct EntitySnapshot: Sendable {
    public var id: EntityID
    public var type: String
    public var scope: String
    /// The winning value of every field as one JSON object.
    public var document: String
    public var state: EntityState
    public var updatedAt: HLCTimestamp

    /// Concurrent writes nothing has replaced yet, by field.
    public var conflicts: [String: [MVRegister<Payload>.Write]] { state.conflicts }
}
