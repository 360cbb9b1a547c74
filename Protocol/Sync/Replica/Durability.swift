/// How far a committed local edit survives (SQLite's `synchronous` in WAL mode).
///
/// Measured by `ioc-bench sync` (`write_full_vs_normal_ratio`). With `.normal` a commit
/// survives a killed process but a power loss can undo the last commits; if the hub had
/// acknowledged them, the node reissues their numbers, which the handshake detects and
/// `Replica.rebase` recovers (the hub's copies come back, nothing is lost). `.full` makes
/// every commit survive a power loss at the cost of an fsync per commit.
public enum Durability: String, Sendable, CaseIterable {
    case normal = "NORMAL"
    case full = "FULL"
}
