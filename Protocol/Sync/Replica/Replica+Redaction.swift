import CRDT
import Foundation
import GRDB
import Wire

extension Replica {
    /// JSON `null`, what a redacted value becomes.
    static let redactedValue: Payload = Array("null".utf8)

    /// Replaces the values of `fields` by JSON `null` in every change this replica holds for
    /// `entities` (plain assignments, and the copies of whole states that transfers carry):
    /// personal data erased by a later assignment then no longer sits in the log that peers
    /// are served from. Returns how many change bodies were rewritten.
    ///
    /// Guarantees:
    /// - origins, sequence numbers, stamps and bases are kept, so version vectors and sync are
    ///   unaffected; a peer served a rewritten change merges to the same state, since the
    ///   erasing assignment replaced every value the rewritten ones held;
    /// - the merged states are not touched: call it once the erasure itself is applied;
    /// - idempotent; reads in one snapshot off the write queue, then rewrites in one write
    ///   transaction, skipping a change whose body changed in between.
    @discardableResult
    public func redact(fields: Set<String>, of entities: Set<EntityID>) async throws(ReplicaError) -> Int {
        guard !entities.isEmpty, !fields.isEmpty else { return 0 }
        let ids = Set(entities.map { Data($0.bytes) })
        let rewrites: [(origin: Int64, seq: Int64, old: Data, new: Data)] = try await read { db in
            var found: [(Int64, Int64, Data, Data)] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT origin, seq, body FROM change")
            while let row = try rows.next() {
                let body = row[2] as Data
                guard let redacted = try Self.redacted(body, ids: ids, fields: fields) else { continue }
                found.append((row[0], row[1], body, redacted))
            }
            return found
        }
        guard !rewrites.isEmpty else { return 0 }
        return try await withDatabase { db in
            var count = 0
            for rewrite in rewrites {
                try db.execute(
                    sql: "UPDATE change SET body = ? WHERE origin = ? AND seq = ? AND body = ?",
                    arguments: [rewrite.new, rewrite.origin, rewrite.seq, rewrite.old])
                count += db.changesCount
            }
            return count
        }
    }

    /// The body with `fields` redacted if it is a change of one of `ids` holding a value of
    /// them; nil when there is nothing to redact.
    static func redacted(_ body: Data, ids: Set<Data>, fields: Set<String>) throws -> Data? {
        var change = try Ioc_Sync_V1_Change(serializedBytes: body)
        guard ids.contains(change.entityID) else { return nil }
        var touched = false
        for index in change.ops.indices {
            let op = change.ops[index]
            switch op.kind {
            case .assign where fields.contains(op.field) && op.value != Data(redactedValue):
                change.ops[index].value = Data(redactedValue)
                touched = true
            case .snapshot:
                var state = try EntityStateCodec.decode([UInt8](op.value))
                var changed = false
                for field in fields {
                    guard let register = state.registers[field], register.frontier.contains(where: { $0.value != redactedValue }) else { continue }
                    let frontier = register.frontier.map { MVRegister<Payload>.Write(stamp: $0.stamp, value: redactedValue, base: $0.base, author: $0.author) }
                    state.registers[field] = MVRegister(frontier: frontier, superseded: register.superseded, seen: register.seen)
                    changed = true
                }
                if changed {
                    change.ops[index].value = Data(EntityStateCodec.encode(state))
                    touched = true
                }
            default: continue
            }
        }
        return touched ? try change.serializedBytes() : nil
    }
}
