import CRDT
import Replica

extension SyncService {
    /// Checks who may write what before any change of a push is applied (DESIGN §5,
    /// issue 10). A node may
    /// - create entities only in its own district;
    /// - change only entities that live in its district, or that a transfer moved out of
    ///   its district (an edit made before the node learned of the transfer; it cannot
    ///   move the entity back, since a transfer outranks plain edits);
    /// - move an entity that lives in its district to another district by a transfer
    ///   whose carried state holds no other site's write the hub does not hold;
    /// and never writes province data, which changes only at the hub; nor anything a
    /// service's `NodeWriteRule` refuses.
    ///
    /// The changes are checked in order, each against the entity as the changes before
    /// it in the push leave it, so a push may create an entity and transfer it.
    /// - Throws: `.outOfScope` naming the first change that breaks a rule.
    func authorize(_ changes: [Change], from node: Enrolment, sites: Set<SiteID>) throws(SyncRefusal) {
        var states: [EntityID: EntityState] = [:]
        for change in changes {
            let current: EntityState?
            if let known = states[change.entityID] {
                current = known
            } else {
                current = try storage { () throws(ReplicaError) in try replica.entity(change.entityID)?.state }
            }
            try authorize(change, current: current, from: node, sites: sites)
            var next = current ?? EntityState(entityType: change.entityType, scope: change.scope)
            next.apply(change)
            states[change.entityID] = next
        }
    }

    private func authorize(_ change: Change, current: EntityState?, from node: Enrolment, sites: Set<SiteID>) throws(SyncRefusal) {
        func refuse(_ reason: String) -> SyncRefusal {
            SyncRefusal(.outOfScope, "change #\(change.seq) of \(node.name) (district \(node.district)) on \(change.entityType) \(change.entityID): \(reason); nothing of this push was applied")
        }
        if change.scope == Scope.province || current?.scope == Scope.province {
            throw refuse("province data (categories, units, calendar, cameras, watch-list) changes only at the hub")
        }
        if let rule = nodeWriteRules[current?.entityType ?? change.entityType] ?? nodeWriteRules[change.entityType],
            let reason = rule.refusal(change, current, node.district)
        {
            throw refuse(reason)
        }
        if change.ops.contains(where: { $0.kind == .snapshot }) {
            guard let current, current.scope == node.district else {
                throw refuse("a transfer may move only a record that lives in district \(node.district); this one lives in \(current?.scope ?? "no district (it is not at the hub)")")
            }
            for op in change.ops where op.kind == .snapshot {
                let carried: EntityState
                do { carried = try EntityStateCodec.decode(op.value) } catch { throw refuse("its transfer state does not decode") }
                if let forged = carried.firstForeignStamp(notKnownTo: current, own: sites) {
                    throw refuse("its transfer carries a write \(forged) of another site that the hub does not hold")
                }
            }
            return
        }
        guard change.scope == node.district else {
            throw refuse("it writes scope \(change.scope), but this node writes only district \(node.district)")
        }
        guard let current, current.scope != node.district else { return }
        let source = try storage { () throws(ReplicaError) in try replica.transferSource(of: current) }
        guard source == node.district else {
            throw refuse("the record lives in \(current.scope) and was never transferred out of \(node.district)")
        }
    }
}
