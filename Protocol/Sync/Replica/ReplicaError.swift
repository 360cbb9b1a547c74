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
    /// A backup could not be written to `path` (folder missing or read-only, the file
    /// exists, it is the live database itself, an I/O error).
    case backupFailed(path: String, reason: String)
    /// Not enough free space for the copy: `needed` and `available` in bytes.
    case notEnoughSpace(path: String, needed: Int64, available: Int64)
    /// The file is not a readable replica database.
    case notAReplica(path: String, reason: String)
    /// The file is a replica database of another site.
    case wrongSite(path: String, expected: SiteID, found: String)
    /// Another process has the database open (the running node or hub, or a command).
    case inUse(path: String)

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
        case let .backupFailed(path, reason):
            "không ghi được bản sao lưu / the backup could not be written to \(path): \(reason)"
        case let .notEnoughSpace(path, needed, available):
            "ổ đĩa không đủ chỗ, chưa ghi gì / not enough free space for \(path): needs about \(needed / 1_048_576 + 1) MiB, "
                + "\(available / 1_048_576) MiB free; nothing was written, free some space or choose another disk"
        case let .notAReplica(path, reason):
            "tệp không phải cơ sở dữ liệu bản sao / \(path) is not a replica database: \(reason)"
        case let .wrongSite(path, expected, found):
            "bản sao lưu của nơi khác / \(path) is a backup of site \(found), not of this data folder's site \(expected) "
                + "(its key); restore only a backup of this node or hub"
        case let .inUse(path):
            "cơ sở dữ liệu đang được mở / \(path) is open in another process (`serve` or another command is running): "
                + "stop it first, then run the command again"
        }
    }
}
