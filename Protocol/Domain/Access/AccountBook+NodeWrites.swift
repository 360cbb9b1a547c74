import CRDT

extension AccountBook {
    /// What a node may write of accounts, checked by the hub on every push (`NodeWriteRule`):
    /// - a new account of its own district only as a district officer, enabled, with no unit
    ///   (the node's bootstrap `ioc-node staff add` and the carry-over of its former staff);
    /// - on an existing account, only the password and the sign-out epoch (a password change
    ///   or "sign out everywhere" made at the node, also during an outage).
    /// Roles, units and disabling change at the hub alone.
    /// - Returns: why the change is refused, or nil.
    public static func nodeWriteRefusal(_ change: Change, current: EntityState?, district: String) -> String? {
        let fields = Set(change.ops.map(\.field))
        if current != nil {
            let others = fields.subtracting(nodeWritableFields).sorted()
            return others.isEmpty ? nil : "a node changes only the password and the sign-out of its district's accounts, not \(others.joined(separator: ", "))"
        }
        func value(_ field: String) -> String? {
            change.ops.last { $0.field == field }.map { String(decoding: $0.value, as: UTF8.self) }
        }
        guard value("roles") == "[\"\(Role.districtOfficer.rawValue)\"]", value("disabled") != "true", [nil, "null"].contains(value("unit")),
            change.scope == district
        else { return "a node creates only district officers of its own district; other accounts are created at the hub" }
        return nil
    }
}
