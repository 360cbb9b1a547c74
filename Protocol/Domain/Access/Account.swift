import CRDT

/// A staff account: who someone is in the organisation, replicated like reference data.
///
/// An account belongs to a district (its officers, a district unit's handlers) or to the
/// province (the hub's operators, administrators, leaders); it is keyed by that and its
/// user name, so every district may have its own `can-bo`. It replicates with its scope:
/// a district's accounts reach that district's node and the hub, the province's reach
/// every site, so a node signs its people in while the hub is out of reach.
public struct Account: Sendable, Hashable {
    /// A district code, or `Scope.province`.
    public var district: String
    public var user: String
    public var name: String
    public var roles: Set<Role>
    /// The handling unit's code, for a unit handler.
    public var unit: String?
    public var disabled: Bool
    /// Raised by a password change, by disabling and by "sign out everywhere": sessions
    /// opened under an earlier epoch are over, at every site once the change has synced.
    public var epoch: Int
    /// The scrypt hash (`PasswordHash`); never shown.
    var passwordHash: String

    public init(
        district: String, user: String, name: String, roles: Set<Role>, unit: String? = nil, disabled: Bool = false, epoch: Int = 0,
        passwordHash: String = ""
    ) {
        self.district = district
        self.user = user
        self.name = name
        self.roles = roles
        self.unit = unit
        self.disabled = disabled
        self.epoch = epoch
        self.passwordHash = passwordHash
    }

    /// `user@district`, how an account is named where user names alone are ambiguous
    /// (sign-in at the hub, the audit log): `can-bo@651`, `dieu-hanh@province`.
    public var qualifiedName: String { "\(user)@\(district)" }

    /// Whether the account belongs to the province rather than to one district.
    public var isProvincial: Bool { district == Scope.province }
}
