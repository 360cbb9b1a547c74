import CRDT
import Foundation
import Replica

/// One field report as the API would create it: its id, the edits `RecordDesk.createReport`
/// writes, and the JSON document a plain table would store for it.
struct GeneratedReport: Sendable {
    let id: EntityID
    let edits: [Edit]
    /// The fields as one JSON object, keys sorted: what the replica renders into `entity.doc`.
    let document: String

    var idData: Data { Data(id.bytes) }
}
