import Replica

/// Why a report or case request was refused. `message` is for the officer (Vietnamese
/// first); `field` names the input at fault, if one is.
public struct RecordError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case invalidInput = "invalid_input"
        case notFound = "not_found"
        case outOfScope = "out_of_scope"
        /// The request does not fit the record's current state (an action from a status that does not allow it).
        case conflict = "conflict"
        case storage = "storage"
    }

    public var kind: Kind
    public var message: String
    public var field: String?

    public init(_ kind: Kind, _ message: String, field: String? = nil) {
        self.kind = kind
        self.message = message
        self.field = field
    }

    public static func invalid(_ field: String, _ message: String) -> RecordError {
        RecordError(.invalidInput, message, field: field)
    }

    public init(_ error: ReplicaError) {
        switch error {
        case .notFound: self.init(.notFound, "Không tìm thấy bản ghi / record not found")
        case let .invalidEdit(reason): self.init(.invalidInput, reason)
        default: self.init(.storage, error.description)
        }
    }

    public var description: String { field.map { "\($0): \(message)" } ?? message }
}
