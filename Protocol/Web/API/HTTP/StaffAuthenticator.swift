import FieldReports
import Foundation
import Hummingbird
import Identity
import Replica
import Synchronization

/// Who is asking: a staff session cookie (the web UI) or HTTP Basic credentials (API
/// clients), checked against the site's `StaffDirectory`.
///
/// Guarantees: cookies are HMAC-SHA-256 signed with a per-site secret kept in the
/// database and expire after `sessionSeconds`; Basic credentials that verified are
/// remembered (as a hash, never in clear) for 5 minutes so API clients do not pay scrypt
/// on every request.
public final class StaffAuthenticator: Sendable {
    public let directory: StaffDirectory
    private let secret: [UInt8]
    private let verified = Mutex<[String: (account: StaffDirectory.Account, until: UInt64)]>([:])
    public static let cookieName = "ioc_session"
    public static let sessionSeconds: UInt64 = 12 * 3600

    public init(replica: Replica) throws(ReplicaError) {
        directory = try StaffDirectory(replica: replica)
        if let stored = try replica.meta("session_secret"), stored.count == 64 {
            secret = Array(stored.utf8)
        } else {
            var bytes = [UInt8](repeating: 0, count: 32)
            var rng = SystemRandomNumberGenerator()
            for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255, using: &rng) }
            let hex = Hex.encode(bytes)
            try replica.setMeta("session_secret", hex)
            secret = Array(hex.utf8)
        }
    }

    /// The staff account behind `request`, or nil.
    public func account(for request: Request) async -> StaffDirectory.Account? {
        if let cookie = Self.cookie(Self.cookieName, in: request), let user = userFromSession(cookie) {
            return await directory.account(user)
        }
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("basic "),
            let decoded = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
            let text = String(data: decoded, encoding: .utf8), let colon = text.firstIndex(of: ":")
        else { return nil }
        let user = String(text[..<colon])
        let password = String(text[text.index(after: colon)...])
        let key = SHA256.hex(Array(secret) + Array(text.utf8))
        let now = UInt64(Date().timeIntervalSince1970)
        if let hit = verified.withLock({ $0[key] }), hit.until > now { return hit.account }
        guard let account = await directory.verify(user: user, password: password) else { return nil }
        verified.withLock { cache in
            if cache.count > 1_000 { cache.removeAll() }
            cache[key] = (account, now + 300)
        }
        return account
    }

    /// A `Set-Cookie` value opening a session for `user`.
    public func sessionCookie(for user: String) -> String {
        let expiry = UInt64(Date().timeIntervalSince1970) + Self.sessionSeconds
        let payload = "\(user)~\(expiry)"
        let mac = HMACSHA256.hex(key: secret, message: Array(payload.utf8))
        return "\(Self.cookieName)=\(payload)~\(mac); Path=/; HttpOnly; SameSite=Lax; Max-Age=\(Self.sessionSeconds)"
    }

    public static var clearingCookie: String { "\(cookieName)=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0" }

    func userFromSession(_ value: String) -> String? {
        let parts = value.split(separator: "~").map(String.init)
        guard parts.count == 3, let expiry = UInt64(parts[1]), expiry > UInt64(Date().timeIntervalSince1970) else { return nil }
        let expected = HMACSHA256.mac(key: secret, message: Array("\(parts[0])~\(parts[1])".utf8))
        guard let given = try? Hex.decode(Array(parts[2].utf8)), HMACSHA256.equal(expected, given) else { return nil }
        return parts[0]
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
