import Access

/// One account as `staff list` prints it: `user@district`, name, roles, unit, state,
/// separated by tabs, for reading and for `cut`.
public enum AccountLine {
    public static func text(_ account: Account) -> String {
        [
            account.qualifiedName, account.name, account.roles.sorted().map(\.rawValue).joined(separator: ","), account.unit ?? "-",
            account.disabled ? "disabled" : "active",
        ].joined(separator: "\t")
    }
}
