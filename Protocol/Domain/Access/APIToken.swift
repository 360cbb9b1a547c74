import CRDT

/// A credential for a machine rather than a person: the one-stop system, the SOC, a camera
/// gateway, a chat channel. It holds one permission, in one district (or the province),
/// until it expires or an administrator revokes it.
///
/// Its text (`ioc_<id>_<secret>`) is shown once, when it is made; sites keep only the
/// SHA-256 of the secret (the secret is 256 random bits, so a fast hash loses nothing to
/// guessing), replicated with the token's scope like accounts.
public struct APIToken: Sendable, Hashable {
    /// Public and unique: 16 hex digits, the middle of the token's text.
    public var id: String
    /// What it is for, in words ("Cổng dịch vụ công tỉnh").
    public var label: String
    /// A district code, or `Scope.province` for every district.
    public var district: String
    public var permission: Permission
    public var createdBy: String
    public var createdMillis: Int64
    public var expiresMillis: Int64
    public var revoked: Bool
    var secretHash: String

    public init(
        id: String, label: String, district: String, permission: Permission, createdBy: String, createdMillis: Int64, expiresMillis: Int64,
        revoked: Bool = false, secretHash: String = ""
    ) {
        self.id = id
        self.label = label
        self.district = district
        self.permission = permission
        self.createdBy = createdBy
        self.createdMillis = createdMillis
        self.expiresMillis = expiresMillis
        self.revoked = revoked
        self.secretHash = secretHash
    }

    /// The beginning of every token's text, so a leaked one is recognisable in a scan.
    public static let prefix = "ioc_"

    /// Whether the token opens anything at `nowMillis`.
    public func isValid(nowMillis: Int64) -> Bool { !revoked && nowMillis < expiresMillis }

    /// The account a request made with this token acts as: no roles, named for the token
    /// (`token-<id>`), in the token's district; the audit log and authorship show that name.
    public var account: Account {
        Account(district: district, user: "token-\(id)", name: label, roles: [])
    }

    /// Permissions no token may hold: a token never makes accounts, tokens or certificates,
    /// so one leaked credential cannot mint others.
    public static let withheld: Set<Permission> = [.accountsManage, .enrolmentManage]
}
