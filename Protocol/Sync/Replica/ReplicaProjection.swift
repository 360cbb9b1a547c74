import CRDT
import GRDB

/// Tables a service keeps beside the replica, derived from entities' merged states
/// (statistics, search, lookups): what a query needs without parsing every document.
///
/// Guarantees the replica gives a projection:
/// - `entityDidChange` runs inside the transaction that changes the entity, local edit
///   or remote apply, so the projection commits with the state it derives from or not
///   at all;
/// - when `version` differs from the version the database last saw (a new projection,
///   or a changed one), `reset` runs and then every stored entity is fed through
///   `entityDidChange` once, before the replica opens.
public protocol ReplicaProjection: Sendable {
    /// Names the projection in the replica's meta table.
    var name: String { get }
    /// Raise to rebuild the projection from every entity on next open.
    var version: Int { get }
    /// Creates the projection's tables if missing (idempotent).
    func prepare(_ db: Database) throws
    /// Empties the projection's tables before a rebuild.
    func reset(_ db: Database) throws
    /// Brings the projection up to date with one entity's new merged state.
    func entityDidChange(_ db: Database, _ entity: ProjectedEntity) throws
}

/// An entity's merged state as a projection sees it.
public struct ProjectedEntity: Sendable {
    public var id: EntityID
    public var type: String
    public var scope: String
    /// The winners as one JSON object (`DocumentRenderer`'s form).
    public var document: String
    public var state: EntityState
}
