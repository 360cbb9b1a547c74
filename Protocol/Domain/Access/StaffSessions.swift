import Foundation
import GRDB
import Identity
import Replica

/// The staff sessions open at this site, server-side, beside the replica (never
/// replicated): a browser holds a random id; the site keeps only its HMAC.
///
/// Guarantees: a session is valid until it expires, is ended (sign-out), or its account's
/// epoch moves past the one it was opened under (a password change, disabling, "sign out
/// everywhere", at this site or, after sync, at any other); the stored HMAC of an id opens
/// nothing without the site's secret file.
public struct StaffSessions: Sendable {
    public struct Session: Sendable, Hashable {
        public var district: String
        public var user: String
        public var epoch: Int
        public var expiresMillis: Int64
    }

    public static let lifetimeSeconds: Int64 = 12 * 3600
    let replica: Replica
    let secret: [UInt8]

    public init(replica: Replica, secret: [UInt8]) throws(AccessError) {
        self.replica = replica
        self.secret = secret
        do {
            try replica.withDatabase { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS staff_session (
                        id_mac TEXT PRIMARY KEY NOT NULL, district TEXT NOT NULL, user TEXT NOT NULL, epoch INTEGER NOT NULL,
                        created_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL, ended_ms INTEGER, address TEXT NOT NULL
                    ) WITHOUT ROWID
                    """)
            }
        } catch { throw .storage(error.description) }
    }

    /// Opens a session for `account`; returns the id the browser keeps.
    public func open(_ account: Account, address: String, nowMillis: Int64) async throws(AccessError) -> String {
        let id = Hex.encode(SecureRandom.bytes(32))
        let mac = self.mac(id)
        let expires = nowMillis + Self.lifetimeSeconds * 1000
        do {
            try await replica.withDatabase { db in
                try db.execute(
                    sql: "INSERT INTO staff_session (id_mac, district, user, epoch, created_ms, expires_ms, address) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [mac, account.district, account.user, account.epoch, nowMillis, expires, String(address.prefix(64))])
                try db.execute(sql: "DELETE FROM staff_session WHERE expires_ms < ?", arguments: [nowMillis - 86_400_000])
            }
        } catch { throw .storage(error.description) }
        return id
    }

    /// The open session with this id, if any.
    public func session(_ id: String, nowMillis: Int64) async -> Session? {
        guard id.count == 64 else { return nil }
        let mac = self.mac(id)
        return try? await replica.read { db in
            try Row.fetchOne(
                db, sql: "SELECT district, user, epoch, expires_ms FROM staff_session WHERE id_mac = ? AND ended_ms IS NULL AND expires_ms > ?",
                arguments: [mac, nowMillis]
            ).map { Session(district: $0[0], user: $0[1], epoch: $0[2], expiresMillis: $0[3]) }
        }
    }

    /// Ends the session with this id (sign-out). Idempotent.
    public func end(_ id: String, nowMillis: Int64) async {
        let mac = self.mac(id)
        try? await replica.withDatabase { db in
            try db.execute(sql: "UPDATE staff_session SET ended_ms = ? WHERE id_mac = ? AND ended_ms IS NULL", arguments: [nowMillis, mac])
        }
    }

    /// A token bound to the session, for the forms and cookie-authenticated API writes.
    public func formToken(for id: String) -> String {
        String(HMACSHA256.hex(key: secret, message: Array("form:\(id)".utf8)).prefix(32))
    }

    /// The HMAC of a cookie or credential under this site's secret (for lookups and caches).
    public func mac(_ text: String) -> String { HMACSHA256.hex(key: secret, message: Array(text.utf8)) }
}
