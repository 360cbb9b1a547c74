/// Why an account operation or a request was refused: a code with its values, worded by
/// the web layer's localization table.
public enum AccessError: Error, Sendable, Equatable, CustomStringConvertible {
    /// User names are 2–40 of a–z, 0–9, `.`, `-`, `_`.
    case invalidUserName(String)
    case invalidDistrict(String)
    case passwordTooShort(minimum: Int)
    case noRoles
    /// A unit handler needs the unit whose cases it handles.
    case unitRequired
    case unknownRole(String)
    case noSuchAccount(String)
    case accountExists(String)
    /// The account may not do this (`permission` names the action).
    case forbidden(Permission)
    /// A district's account asked for another district (the code asked).
    case otherDistrict(String)
    /// Too many password checks are waiting: try again in a moment.
    case busy
    /// Too many failed sign-ins from this address or for this account (`SignInThrottle`).
    case tooManyAttempts(retryAfterSeconds: Int)
    /// A token's label is 1–80 characters on one line.
    case invalidTokenLabel
    /// No service names this permission.
    case unknownPermission(String)
    /// The permission makes credentials (`APIToken.withheld`): people hold it, tokens never.
    case permissionNotForTokens(Permission)
    case invalidTokenLifetime(maximumDays: Int)
    case noSuchToken(String)
    case storage(String)

    public var description: String {
        switch self {
        case let .invalidUserName(user): "invalid user name \(user.prefix(60)): use 2–40 of a–z, 0–9, '.', '-', '_'"
        case let .invalidDistrict(code): "no district \(code.prefix(20))"
        case let .passwordTooShort(minimum): "the password needs at least \(minimum) characters"
        case .noRoles: "an account needs at least one role"
        case .unitRequired: "a unit handler needs the unit code whose cases it handles"
        case let .unknownRole(role): "no role \(role.prefix(40))"
        case let .noSuchAccount(name): "no account \(name)"
        case let .accountExists(name): "the account \(name) exists already"
        case let .forbidden(permission): "this account may not \(permission)"
        case let .otherDistrict(code): "this account reads its own district only, not \(code.prefix(20))"
        case .busy: "too many sign-ins are being checked; try again in a moment"
        case let .tooManyAttempts(seconds): "too many failed sign-ins; try again in \(seconds) s"
        case .invalidTokenLabel: "a token's label is 1–80 characters on one line"
        case let .unknownPermission(name): "no permission \(name.prefix(60))"
        case let .permissionNotForTokens(permission): "a token may not hold \(permission)"
        case let .invalidTokenLifetime(days): "a token lasts 1 to \(days) days"
        case let .noSuchToken(id): "no token \(id)"
        case let .storage(reason): "the account store failed: \(reason)"
        }
    }
}
