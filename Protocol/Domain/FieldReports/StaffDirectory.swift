import Foundation
import GRDB
import Identity
import Replica

/// The staff accounts of one site (a node's officers, the hub's operators): kept in the
/// site's database beside the replica, never replicated, passwords as scrypt hashes.
///
/// Guarantees: a password is never stored or logged in clear; `verify` takes the same
/// scrypt time whether or not the account exists, so timing does not reveal user names.
public struct StaffDirectory: Sendable {
    public struct Account: Sendable, Hashable {
        public var user: String
        public var name: String
    }

    let replica: Replica
    private static let decoyHash = (try? PasswordHash.make(password: "decoy-\(UUID().uuidString)")) ?? ""

    public init(replica: Replica) throws(ReplicaError) {
        self.replica = replica
        try replica.withDatabase { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS staff (
                    user TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, password_hash TEXT NOT NULL, created_ms INTEGER NOT NULL
                ) WITHOUT ROWID
                """)
        }
    }

    /// Creates or replaces an account. User names are 2–40 of a–z, 0–9, `.`, `-`, `_`.
    public func put(user: String, name: String, password: String) throws(RecordError) {
        guard (2...40).contains(user.count), user.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || ".-_".contains($0)) }) else {
            throw .invalid("user", .invalidUserName)
        }
        guard password.count >= 8 else { throw .invalid("password", .passwordTooShort(min: 8)) }
        let hash: String
        do { hash = try PasswordHash.make(password: password) } catch { throw RecordError(.storage, .storage("\(error)")) }
        let displayName = name.trimmingCharacters(in: .whitespaces).isEmpty ? user : name
        do {
            try replica.withDatabase { db in
                try db.execute(
                    sql: "INSERT OR REPLACE INTO staff (user, name, password_hash, created_ms) VALUES (?, ?, ?, ?)",
                    arguments: [user, displayName, hash, Int64(Date().timeIntervalSince1970 * 1000)])
            }
        } catch { throw RecordError(error) }
    }

    /// The account, if `password` is its password.
    public func verify(user: String, password: String) async -> Account? {
        let row = try? await replica.read { db -> [String]? in
            try Row.fetchOne(db, sql: "SELECT name, password_hash FROM staff WHERE user = ?", arguments: [user]).map { [$0[0], $0[1]] }
        }
        let hash = row?[1] ?? Self.decoyHash
        let matches = PasswordHash.verify(password: password, against: hash)
        guard let row, matches else { return nil }
        return Account(user: user, name: row[0])
    }

    public func account(_ user: String) async -> Account? {
        guard let name = try? await replica.read({ db in try String.fetchOne(db, sql: "SELECT name FROM staff WHERE user = ?", arguments: [user]) }) else {
            return nil
        }
        return Account(user: user, name: name)
    }

    public func list() throws(ReplicaError) -> [Account] {
        try replica.withDatabase { db in
            try Row.fetchAll(db, sql: "SELECT user, name FROM staff ORDER BY user").map { Account(user: $0[0], name: $0[1]) }
        }
    }
}

extension StaffDirectory {
    /// The first line of standard input, for `staff add --password-stdin` (so passwords
    /// never appear in a process list or shell history).
    public static func passwordFromStandardInput() -> String? {
        readLine(strippingNewline: true)
    }
}
