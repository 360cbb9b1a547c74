/// The numbers both ends of the sync protocol agree on.
public enum SyncLimits {
    /// Bumped on any incompatible change of sync.proto; the hub refuses other versions.
    /// 2: answers are signed and bound to their request; requests name a session and a counter.
    public static let protocolVersion: UInt32 = 2
    /// The most incarnations a site may start (`SiteID.incarnation`): each is a restore
    /// from an old copy or a clock put back, so a node never comes near it.
    public static let maxIncarnation: UInt32 = 10_000
    /// Default size of one push or pull batch of encoded changes.
    public static let defaultBatchBytes = 1 << 20
    /// The largest request the hub reads; larger ones are answered `TOO_LARGE`.
    public static let maxRequestBytes = 4 << 20
    /// nng drops (and closes the pipe of) anything larger still, before it is read.
    public static let socketReceiveLimit = 16 << 20
}
