import CRDT

/// Why the replica refused or failed an operation. Messages say what an officer or an
/// operator can do about it.
public enum ReplicaError: Error, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case diskFull(path: String)
    case storage(String)
    case notFound(EntityID)
    case invalidEdit(String)
    case sequenceGap(origin: SiteID, expected: UInt64, received: UInt64)
    case corruptState(EntityID, String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            "cannot open the replica database at \(path): \(reason)"
        case let .diskFull(path):
            "ổ đĩa đã đầy, chưa ghi gì / the disk holding \(path) is full: nothing was written; free some space and try again"
        case let .storage(reason):
            "the replica database failed: \(reason)"
        case let .notFound(id):
            "no record with id \(id)"
        case let .invalidEdit(reason):
            "invalid edit: \(reason)"
        case let .sequenceGap(origin, expected, received):
            "changes of site \(origin) arrived out of order (expected #\(expected), got #\(received)); the sender resumes from #\(expected)"
        case let .corruptState(id, reason):
            "the stored state of \(id) cannot be read (\(reason)); restore the database or resync this node"
        }
    }
}
