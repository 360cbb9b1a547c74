/// The sync daemon's view of its link to the hub, for `/api/v1/sync` and the status command.
public struct SyncStatus: Sendable, Equatable {
    public var connected = false
    public var lastSuccessMillis: Int64?
    public var lastAttemptMillis: Int64?
    /// Why the last attempt failed.
    public var lastError: SyncProblem?
    /// The hub's clock minus ours at the last answer.
    public var hubClockOffsetMillis: Int64?
    /// The hub's enrolled (base) site, from its last answer: the node takes province data
    /// from any incarnation of it (a hub restored from a backup continues as a new one).
    public var hubSite: UInt64 = 0
    public var pushed = 0
    public var pulled = 0
    /// Relayed changes refused here (province data not made by the hub).
    public var refused = 0
    public var rounds = 0
    /// Test-only: duplicated or reordered requests sent (`IOC_TEST_REPLAY_PERCENT`).
    public var replaysSentForTests = 0
    /// Incarnations whose changes the hub keeps in quarantine (stamped ahead of its clock),
    /// with the hub's words.
    public var waitingForTime: [String] = []
    /// Rewinds detected and recovered since start (`SyncDaemon.recoverIfRewound`), and the last.
    public var recoveries = 0
    public var lastRecovery: String?
    /// Photos the hub confirmed since start.
    public var photosSent = 0
    /// The resync performed or under way since start (`ioc-node resync`), if any.
    public var resync: Resync.Progress?

    public init() {}
}
