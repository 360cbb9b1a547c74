/// A field's value as replicated: an opaque byte string. The replica stores JSON
/// fragments here; the merge rules never look inside.
public typealias Payload = [UInt8]

/// One operation on one field of an entity, carried by a `Change`.
public struct FieldOp: Hashable, Sendable {
    /// How the field merges; fixed per field by the entity's schema.
    public enum Kind: UInt8, Sendable, CaseIterable {
        /// Scalar field, last-writer-wins with conflicts kept (`MVRegister`); `base` is the frontier replaced.
        case assign = 0
        /// Add `value` to an add-wins set (`ORSet`); the change's stamp is the tag.
        case setAdd = 1
        /// Remove `value` from the set; `base` holds the observed tags.
        case setRemove = 2
        /// Append `value` to an append-only history (`History`).
        case append = 3
        /// Set the origin site's own total of a per-site counter (`SiteCounter`); `value` is the total as decimal text.
        case count = 4
        /// Merge a whole entity state (`value`, in `EntityStateCodec`'s format) into the
        /// entity: how a transfer carries every field and its history into a scope that
        /// never received the entity's earlier changes. The change's scope becomes the
        /// entity's scope.
        case snapshot = 5
    }

    public var field: String
    public var kind: Kind
    public var value: Payload
    public var base: [Stamp]

    public init(field: String, kind: Kind = .assign, value: Payload, base: [Stamp] = []) {
        self.field = field
        self.kind = kind
        self.value = value
        self.base = base
    }
}
