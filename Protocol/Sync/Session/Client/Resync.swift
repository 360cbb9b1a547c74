import Foundation
import Replica

/// Rebuilding a node's replica from the hub (`ioc-node resync`): the request, and how far
/// the sync daemon has got with it.
///
/// The request is a key in the node's own database (`requestKey`), so it is durable and
/// needs no running process: `ioc-node resync` sets it whether or not the node runs, and
/// the sync daemon performs it at its next round with the hub, right after the handshake
/// (or at the first round after the next start). It is cleared only once the rebuilt state
/// has been committed; a resync cut short (link lost, process stopped) resumes at the next
/// round from what its fresh file already holds.
///
/// What the daemon does: pulls everything of the node's scopes (its district and
/// `province`) from an empty version vector into a fresh replica file beside the
/// database (`node.sqlite.resync`), then swaps its replicated state in with
/// `Replica.adoptResync` in one transaction, keeping the node's own changes the hub does
/// not hold (pushed in the same round). The node keeps serving all along; its identity
/// (key, site, incarnation, district, name), staff accounts, sessions and photos stay.
public enum Resync {
    /// Meta key: when the resync was requested (epoch ms).
    public static let requestKey = "resync.requested"
    /// Meta key: one line on the last finished resync.
    public static let lastKey = "resync.last"

    /// Asks the node's sync daemon to rebuild the replica at its next round.
    public static func request(on replica: Replica, atMillis millis: Int64 = Int64(Replica.systemMillis())) throws(ReplicaError) {
        try replica.setMeta(requestKey, String(millis))
    }

    /// Withdraws a request not yet performed. - Returns: whether there was one.
    @discardableResult
    public static func cancel(on replica: Replica) throws(ReplicaError) -> Bool {
        try replica.removeMeta(requestKey)
    }

    /// When the pending request was made, if there is one.
    public static func requested(on replica: Replica) throws(ReplicaError) -> Int64? {
        try replica.meta(requestKey).map { Int64($0) ?? 0 }
    }

    /// Clears the request the daemon performed (unless a newer one replaced it meanwhile)
    /// and records `summary` as the last resync.
    static func finish(on replica: Replica, request: String, summary: String) throws(ReplicaError) {
        try replica.removeMeta(requestKey, ifValue: request)
        try replica.setMeta(lastKey, summary)
    }

    /// How far the sync daemon has got with a resync (`GET /api/v1/sync`, `resync`).
    public struct Progress: Sendable, Equatable {
        public enum Phase: String, Sendable {
            /// Pulling everything of the node's scopes from the hub into the fresh file.
            case pulling
            /// Swapping the rebuilt state in (one transaction).
            case replacing
            case done
            /// Cut short (the error says why); the daemon resumes it at its next round.
            case failed
        }

        public var phase: Phase
        public var requestedAtMillis: Int64?
        public var startedMillis: Int64
        public var finishedMillis: Int64?
        /// Changes received from the hub so far.
        public var pulled = 0
        /// About how many changes the node held of its scopes before (a guide for `pulled`).
        public var estimated = 0
        /// Own changes the hub did not hold, kept (when done).
        public var keptLocal = 0
        /// Entities after the resync (when done).
        public var entities = 0
        public var error: SyncProblem?

        public init(phase: Phase, requestedAtMillis: Int64?, startedMillis: Int64, estimated: Int) {
            self.phase = phase
            self.requestedAtMillis = requestedAtMillis
            self.startedMillis = startedMillis
            self.estimated = estimated
        }
    }
}
