/// What a replica remembers, durably, about syncing with one peer.
public struct PeerState: Sendable, Equatable, Codable {
    public var name: String
    /// The highest of this replica's own changes the peer has acknowledged.
    public var ackedSeq: UInt64
    public var lastSuccessMillis: Int64?
    public var lastAttemptMillis: Int64?
    public var lastError: String?

    public init(name: String, ackedSeq: UInt64 = 0, lastSuccessMillis: Int64? = nil, lastAttemptMillis: Int64? = nil, lastError: String? = nil) {
        self.name = name
        self.ackedSeq = ackedSeq
        self.lastSuccessMillis = lastSuccessMillis
        self.lastAttemptMillis = lastAttemptMillis
        self.lastError = lastError
    }
}
