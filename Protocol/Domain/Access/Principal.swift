import CRDT

/// Who is asking, and so what they may do and see: an account with the permissions its
/// roles hold under the site's policy.
///
/// What an account reads follows from where it belongs: a district's account reads that
/// district's records only; a province account reads every district. A unit handler (with
/// no officer or operator role beside it) reads only the cases assigned to its unit.
public struct Principal: Sendable, Hashable {
    public let account: Account
    public let permissions: Set<Permission>
    /// How the request proved who it is.
    public let method: Method

    public enum Method: String, Sendable, Hashable {
        /// A staff session cookie (a browser): writes need the session's CSRF token or an Origin of this site.
        case session
        /// HTTP Basic credentials (an API client).
        case basic
        /// An integrator's `APIToken` (`Authorization: Bearer`).
        case token
    }

    public init(account: Account, policy: AccessPolicy, method: Method) {
        self.account = account
        permissions = account.disabled ? [] : policy.permissions(of: account.roles)
        self.method = method
    }

    /// A request made with `token`: its one permission while it is valid, in its district.
    public init(token: APIToken, nowMillis: Int64) {
        account = token.account
        permissions = token.isValid(nowMillis: nowMillis) ? [token.permission] : []
        method = .token
    }

    public func may(_ permission: Permission) -> Bool { permissions.contains(permission) }

    /// The districts whose records this account reads; nil for every district.
    public var districts: Set<String>? { account.isProvincial ? nil : [account.district] }

    public func sees(district: String) -> Bool { districts?.contains(district) ?? true }

    /// The district a query of this account reads, given the one it asked for (nil or
    /// empty: none): for a province account the one asked, nil meaning every district; for a
    /// district's account its own.
    /// - Throws: `.otherDistrict` when a district's account asks for another.
    public func district(reading asked: String?) throws(AccessError) -> String? {
        let asked = asked.flatMap { $0.isEmpty ? nil : $0 }
        guard !account.isProvincial else { return asked }
        if let asked, asked != account.district { throw .otherDistrict(asked) }
        return account.district
    }

    /// The unit whose cases alone this account reads, for a unit handler.
    public var unitOnly: String? {
        let roles = account.roles
        guard roles.contains(.unitHandler), !roles.contains(.districtOfficer), !roles.contains(.provincialOperator) else { return nil }
        return account.unit
    }

    /// Whether a case of `district`, assigned to `unit`, is within what this account reads.
    public func sees(caseOf district: String, unit: String?) -> Bool {
        guard sees(district: district) else { return false }
        guard let only = unitOnly else { return true }
        return unit == only
    }

    /// The author recorded on what this account writes.
    public var author: String { account.user }
}
