import CRDT

/// A service's own limit on what a node may write of one entity type, checked by the hub
/// after the general rules (own district, no province data) for every change of a push.
///
/// The hub assembles the rules of the services it runs (the accounts' rule: a node changes
/// only the password and sign-out epoch of its district's accounts); the sync layer knows
/// no entity type by name.
public struct NodeWriteRule: Sendable {
    public let entityType: String
    /// Why `change` is refused from a node of `district`, given the entity's state before it
    /// (nil: the change creates it); nil to accept.
    public let refusal: @Sendable (_ change: Change, _ current: EntityState?, _ district: String) -> String?

    public init(entityType: String, refusal: @escaping @Sendable (Change, EntityState?, String) -> String?) {
        self.entityType = entityType
        self.refusal = refusal
    }
}
