import CRDT
import HubKit
import SyncSession

/// A node's own changes as the sync daemon sends them: `Push` requests in signed envelopes,
/// each batch cut by `Replica.ownChanges(after:maxBytes:)`.
struct SealedPushes {
    /// The session the envelopes name, as the hub that answers them must know it.
    let sessions = SessionBook()
    /// The envelopes, in the order the daemon sends them.
    var envelopes: [[UInt8]] = []
    /// The same changes, decoded as the hub decodes them.
    var changes: [Change] = []
    /// Bytes of every envelope: what crosses the wire, before nng's framing.
    var envelopeBytes = 0
    /// Bytes of the encoded `Change` messages alone.
    var changeBytes = 0
    /// Bytes of the field values (`FieldOp.value`) alone: the raw payload.
    var payloadBytes = 0
    /// Time to read the batches from the replica, encode and sign them.
    var seconds = 0.0
}
