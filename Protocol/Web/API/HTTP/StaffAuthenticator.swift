import Access
import CRDT
import Foundation
import HTTPTypes
import Hummingbird
import Identity
import Replica
import Synchronization

/// Who is asking: a staff session (the web UI), HTTP Basic credentials (API clients) or an
/// integrator's token (`Authorization: Bearer ioc_…`), resolved to a `Principal` under the
/// site's access policy.
///
/// Guarantees:
/// - sessions are server-side (`StaffSessions`): sign-out ends one at once; a password
///   change, disabling or "sign out everywhere" raises the account's epoch and ends all of
///   them, here at once and at every other site after sync;
/// - the cookie is `HttpOnly`, `SameSite=Strict`, `Secure` when the site serves HTTPS, and
///   named for the site (`ioc_session_<site>`), so a hub and nodes on one host never share one;
/// - Basic credentials that verified are remembered (as an HMAC, never in clear) for five
///   minutes, and are refused at once when the account is disabled or its epoch moves;
/// - a token is checked on every request (a hash and a read, no password work), so a
///   revocation holds from the moment it reaches the site; a wrong token counts against
///   the address like a failed sign-in and is audited;
/// - password checks run on `PasswordWorkers`, never on the cooperative pool;
/// - failed sign-ins, by form and by Basic credentials alike, count against the account name
///   and the client's address (`SignInThrottle`); a locked key is refused with
///   `.tooManyAttempts` before any password is hashed;
/// - every sign-in, failed sign-in and sign-out is in the audit log (`audit`) before the
///   answer leaves, with the account, its roles, the address and the time; so is every
///   staff write and every refusal (`audit(_:_:_:status:)`).
public final class StaffAuthenticator: Sendable {
    public let accounts: AccountBook
    public let tokens: APITokenBook
    public let sessions: StaffSessions
    public let policy: AccessPolicy
    public let throttle: SignInThrottle
    public let audit: AuditLog
    /// The node's district, or `Scope.province` at the hub: where a bare user name is looked up first.
    public let home: String
    public let cookieName: String
    public let secureCookies: Bool
    private let remembered = Mutex<[String: (district: String, user: String, epoch: Int, until: Int64)]>([:])
    private let now: @Sendable () -> Int64

    /// - Parameters:
    ///   - site: names the cookie (`hub`, a node's name).
    ///   - secretPath: the session secret's file (`SessionSecret`).
    ///   - auditSite: the scope of this site's audit entries: `home` unless given (the hub
    ///     gives `Scope.hub`, so its entries stay at the hub).
    public init(
        replica: Replica, home: String, site: String, secretPath: String, auditSite: String? = nil, policy: AccessPolicy = .standard,
        workers: PasswordWorkers = PasswordWorkers(), throttle: SignInThrottle = SignInThrottle(), secureCookies: Bool = false,
        now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
    ) throws {
        accounts = AccountBook(replica: replica, workers: workers)
        tokens = APITokenBook(replica: replica)
        sessions = try StaffSessions(replica: replica, secret: try SessionSecret.loadOrCreate(at: secretPath))
        self.policy = policy
        self.throttle = throttle
        audit = AuditLog(replica: replica, site: auditSite ?? home, now: now)
        self.home = home
        cookieName = "ioc_session_" + String(site.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        self.secureCookies = secureCookies
        self.now = now
    }

    /// Carries the accounts of the site's former staff table over (once); call before serving.
    public func prepare() async throws {
        try await accounts.migrateLegacyStaff(home: home, author: "system")
    }

    /// The principal behind `request`; nil when it proves no one.
    /// - Throws: `.busy` when Basic credentials must be checked and the password threads are full.
    public func principal(for request: Request) async throws(AccessError) -> Principal? {
        if let id = Self.cookie(cookieName, in: request), let session = await sessions.session(id, nowMillis: now()) {
            guard let account = await accounts.account(district: session.district, user: session.user), !account.disabled,
                account.epoch == session.epoch
            else { return nil }
            return Principal(account: account, policy: policy, method: .session)
        }
        if let text = Self.bearerToken(request) { return try await tokenPrincipal(text, request) }
        guard let (user, password, text) = Self.basicCredentials(request) else { return nil }
        let key = sessions.mac("basic:" + text)
        let time = now()
        if let hit = remembered.withLock({ $0[key] }), hit.until > time {
            guard let account = await accounts.account(district: hit.district, user: hit.user), !account.disabled, account.epoch == hit.epoch else {
                remembered.withLock { _ = $0.removeValue(forKey: key) }
                return nil
            }
            return Principal(account: account, policy: policy, method: .basic)
        }
        guard let account = try await verify(user, password: password, address: PeerAddress.of(request), via: Self.line(request)) else { return nil }
        remembered.withLock { cache in
            if cache.count > 1_000 { cache.removeAll() }
            cache[key] = (account.district, account.user, account.epoch, time + 300_000)
        }
        return Principal(account: account, policy: policy, method: .basic)
    }

    /// The principal of an integrator's token; nil (counted and audited) for one that opens nothing.
    private func tokenPrincipal(_ text: String, _ request: Request) async throws(AccessError) -> Principal? {
        let address = PeerAddress.of(request)
        let key = SignInThrottle.Key.address(address)
        if let wait = throttle.retryAfter([key], nowMillis: now()) { throw .tooManyAttempts(retryAfterSeconds: wait) }
        let time = now()
        guard let token = await tokens.verify(text, nowMillis: time) else {
            throttle.failed([key], nowMillis: time)
            let named = APITokenBook.parts(text).map { "token-\($0.id)" } ?? "token"
            await record(account: named, roles: [], address: address, action: .signInFailed, request: Self.line(request), status: 401)
            return nil
        }
        return Principal(token: token, nowMillis: time)
    }

    /// Checks a sign-in and opens a session: the account and the `Set-Cookie` value, or nil
    /// for a wrong name or password (or a disabled account).
    /// - Throws: `.tooManyAttempts` while the name or the address is locked out, `.busy` when
    ///   the password threads are full.
    public func signIn(_ name: String, password: String, address: String) async throws(AccessError) -> (account: Account, cookie: String)? {
        guard let account = try await verify(name, password: password, address: address, via: "POST /ui/login") else { return nil }
        let id = try await sessions.open(account, address: address, nowMillis: now())
        return (account, sessionCookie(id))
    }

    /// The account `name` and `password` prove, counted by the throttle; nil when they prove none.
    /// Both outcomes are audited; an attempt refused by the throttle is not (the lockout is
    /// visible to administrators instead, and a flood cannot grow the log).
    private func verify(_ name: String, password: String, address: String, via request: String) async throws(AccessError) -> Account? {
        let keys = [SignInThrottle.account(name), .address(address)]
        if let wait = throttle.retryAfter(keys, nowMillis: now()) { throw .tooManyAttempts(retryAfterSeconds: wait) }
        guard let account = try await accounts.verify(name, password: password, home: home) else {
            throttle.failed(keys, nowMillis: now())
            await record(account: name, roles: [], address: address, action: .signInFailed, request: request, status: 401)
            return nil
        }
        throttle.succeeded(keys[0])
        await record(account: account.qualifiedName, roles: account.roles.sorted().map(\.rawValue), address: address, action: .signIn, request: request, status: 200)
        return account
    }

    /// Ends the request's session, if any; returns the `Set-Cookie` value that clears it.
    public func signOut(_ request: Request) async -> String {
        if let id = Self.cookie(cookieName, in: request) {
            if let session = await sessions.session(id, nowMillis: now()) {
                let roles = await accounts.account(district: session.district, user: session.user)?.roles.sorted().map(\.rawValue) ?? []
                await record(
                    account: "\(session.user)@\(session.district)", roles: roles, address: PeerAddress.of(request), action: .signOut,
                    request: Self.line(request), status: 303)
            }
            await sessions.end(id, nowMillis: now())
        }
        return clearingCookie
    }

    /// Records what `principal` asked under `permission` and how it ended, when the request
    /// writes (any method but GET and HEAD) or was refused; successful reads and data feeds
    /// (`Permission.feeds`) are not recorded.
    public func audit(_ request: Request, _ principal: Principal, _ permission: Permission, status: HTTPResponse.Status) async {
        guard !Permission.feeds.contains(permission), ![.get, .head].contains(request.method) || status.code >= 400 else { return }
        await record(
            account: principal.account.qualifiedName, roles: principal.account.roles.sorted().map(\.rawValue), address: PeerAddress.of(request),
            action: .permission(permission), request: Self.line(request), status: Int(status.code))
    }

    private func record(account: String, roles: [String], address: String, action: AuditEntry.Action, request: String, status: Int) async {
        do throws(AccessError) {
            try await audit.record(account: account, roles: roles, address: address, action: action, request: request, status: status)
        } catch {
            // The action happened; a log that cannot be written must not undo or hide it.
            FileHandle.standardError.write(Data("audit: \(error.description)\n".utf8))
        }
    }

    /// `METHOD /path`, without the query (which may carry a search for a person's name).
    static func line(_ request: Request) -> String { "\(request.method.rawValue) \(request.uri.path)" }

    /// The token the request's session expects on a form or a cookie-authenticated API
    /// write; nil without a session cookie.
    public func formToken(_ request: Request) -> String? {
        Self.cookie(cookieName, in: request).map(sessions.formToken(for:))
    }

    /// Whether a write made with a session cookie proves it comes from this site's pages:
    /// the session's token (`given`, or the `X-CSRF-Token` header), or an `Origin` header
    /// naming this very host. Writes with Basic credentials or tokens need neither.
    public func writeIsFromThisSite(_ request: Request, given: String? = nil) -> Bool {
        guard let expected = formToken(request) else { return false }
        if let token = given ?? request.headers[HTTPField.Name("X-CSRF-Token")!], HMACSHA256.equal(Array(token.utf8), Array(expected.utf8)) {
            return true
        }
        guard let origin = request.headers[.origin], let host = request.head.authority else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }

    func sessionCookie(_ id: String) -> String {
        "\(cookieName)=\(id); Path=/; HttpOnly; SameSite=Strict; Max-Age=\(StaffSessions.lifetimeSeconds)" + (secureCookies ? "; Secure" : "")
    }

    public var clearingCookie: String { "\(cookieName)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + (secureCookies ? "; Secure" : "") }

    /// The token of an `Authorization: Bearer` header.
    static func bearerToken(_ request: Request) -> String? {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else { return nil }
        return String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
    }

    static func basicCredentials(_ request: Request) -> (user: String, password: String, text: String)? {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("basic "),
            let decoded = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
            let text = String(data: decoded, encoding: .utf8), let colon = text.firstIndex(of: ":")
        else { return nil }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]), text)
    }

    static func cookie(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let trimmed = pair.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix(name + "=") { return String(trimmed.dropFirst(name.count + 1)) }
            }
        }
        return nil
    }
}
