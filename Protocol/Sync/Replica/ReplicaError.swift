import CRDT

/// Why the replica refused or failed an operation: a code with its values.
///
/// The web layer and the commands word it in the reader's language
/// (`Localizer.message(_:)`); `description` is the English text for logs.
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
    case backupFailed(path: String, reason: BackupFailure)
    /// Not enough free space for the copy: `needed` and `available` in bytes.
    case notEnoughSpace(path: String, needed: Int64, available: Int64)
    /// The file is not a readable replica database.
    case notAReplica(path: String, reason: String)
    /// The file is a replica database of another site.
    /// `found` is nil when the file holds none of this site's changes.
    case wrongSite(path: String, expected: SiteID, found: SiteID?)
    /// Another process has the database open (the running node or hub, or a command).
    case inUse(path: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            "cannot open the replica database at \(path): \(reason)"
        case let .diskFull(path):
            "the disk holding \(path) is full: nothing was written; free some space and try again"
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
            "the backup could not be written to \(path): \(reason)"
        case let .notEnoughSpace(path, needed, available):
            "not enough free space for \(path): needs about \(needed / 1_048_576 + 1) MiB, "
                + "\(available / 1_048_576) MiB free; nothing was written, free some space or choose another disk"
        case let .notAReplica(path, reason):
            "\(path) is not a replica database: \(reason)"
        case let .wrongSite(path, expected, found):
            "\(path) is a backup of \(found.map { "site \($0)" } ?? "another site (it holds none of this site's changes)"), not of this data folder's site \(expected) "
                + "(its key); restore only a backup of this node or hub"
        case let .inUse(path):
            "\(path) is open in another process (`serve` or another command is running): "
                + "stop it first, then run the command again"
        }
    }
}

/// Why a backup could not be written.
public enum BackupFailure: Sendable, Equatable, CustomStringConvertible {
    /// The target's folder does not exist.
    case folderMissing(String)
    /// The target is the live database (or one of its -wal, -shm, -journal files).
    case isLiveDatabase
    /// The target exists and replacing was not asked for.
    case targetExists
    /// No file can be created in the folder (read-only, no permission).
    case cannotCreate(folder: String, detail: String)
    /// The copy itself failed (I/O, SQLite's check); the detail is technical.
    case failed(String)

    public var description: String {
        switch self {
        case let .folderMissing(folder): "the folder \(folder) does not exist"
        case .isLiveDatabase: "that is the live database itself; choose another file"
        case .targetExists: "the file already exists; choose another name or pass --replace"
        case let .cannotCreate(folder, detail): "cannot create a file in \(folder): \(detail)"
        case let .failed(detail): detail
        }
    }
}
