import CRDT

extension AccountBook {
    /// What a node may write of accounts, checked by the hub on every push (`NodeWriteRule`):
    /// - a new account of its own district only as a district officer, enabled, with no unit
    ///   (the node's bootstrap `ioc-node staff add` and the carry-over of its former staff),
    ///   also when the hub holds that same enabled officer already;
    /// - on an existing account, only the password and the sign-out epoch (a password change
    ///   or "sign out everywhere" made at the node, also during an outage).
    /// Roles, units and disabling change at the hub alone.
    /// - Returns: why the change is refused, or nil.
    public static func nodeWriteRefusal(_ change: Change, current: EntityState?, district: String) -> String? {
        func value(_ field: String) -> String? {
            change.ops.last { $0.field == field }.map { String(decoding: $0.value, as: UTF8.self) }
        }
        func held(_ field: String) -> String? { current?.registers[field]?.value.map { String(decoding: $0, as: UTF8.self) } }
        let fields = Set(change.ops.map(\.field))
        if current != nil, fields.isSubset(of: nodeWritableFields) { return nil }
        let officer = "[\"\(Role.districtOfficer.rawValue)\"]"
        let bootstrap = change.scope == district && value("roles") == officer && value("disabled") != "true" && [nil, "null"].contains(value("unit"))
        guard bootstrap else {
            return current == nil
                ? "a node creates only district officers of its own district; other accounts are created at the hub"
                : "a node changes only the password and the sign-out of its district's accounts, not \(fields.subtracting(nodeWritableFields).sorted().joined(separator: ", "))"
        }
        // The same officer made again (two nodes of one district, or a node restored from an
        // older copy): accepted while the hub holds it as exactly that, so it changes nothing
        // but the name and password a node may change anyway.
        if current != nil, held("roles") != officer || held("disabled") == "true" || ![nil, "null"].contains(held("unit")) {
            return "the account exists at the hub with other roles, a unit or disabled; it changes only there"
        }
        return nil
    }
}
