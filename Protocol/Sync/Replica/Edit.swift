import CRDT

/// One local edit of one field, as staff or a service expresses it. The replica turns
/// it into a `FieldOp`, filling in what the edit replaces from the current state.
public struct Edit: Sendable, Hashable {
    public enum Operation: Sendable, Hashable {
        /// Set a scalar field; replaces every value now visible, resolving any conflict.
        case assign(Payload)
        case add(Payload)
        case remove(Payload)
        case append(Payload)
        case increment(Int64)
    }

    public var field: String
    public var operation: Operation

    public init(_ field: String, _ operation: Operation) {
        self.field = field
        self.operation = operation
    }

    /// An assignment of a JSON value given as text (e.g. `"\"new\""`, `42`, `{"lat":12.7}`).
    public static func assign(_ field: String, json: String) -> Edit { Edit(field, .assign(Array(json.utf8))) }
}

/// One entity's part of a multi-entity local write (`Replica.write(_:author:)`).
public struct EntityWrite: Sendable {
    public var id: EntityID
    public var type: String
    public var scope: String
    public var edits: [Edit]
    public var mustExist: Bool
    /// Move the entity to this scope, carrying its whole state (a transfer).
    public var moveTo: String?

    public init(id: EntityID, type: String, scope: String, edits: [Edit], mustExist: Bool = false, moveTo: String? = nil) {
        self.id = id
        self.type = type
        self.scope = scope
        self.edits = edits
        self.mustExist = mustExist
        self.moveTo = moveTo
    }
}
