import CRDT
import Foundation
import GRDB
import Identity
import Replica
import Vietnam

/// The staff accounts on the replica: entities of type `account`, scoped to their district
/// or to the province, so they replicate like reference data.
///
/// Guarantees:
/// - a password is stored only as its scrypt hash and hashed and checked on
///   `PasswordWorkers` threads, never on the cooperative pool;
/// - `verify` takes one scrypt check whether or not the account exists, so timing does not
///   tell which user names exist;
/// - a password change, disabling and `endSessions` raise the account's epoch (a counter,
///   so raises made at two sites both count): every session opened before is over;
/// - writes are validated whole before anything is stored.
public struct AccountBook: Sendable {
    public static let entityType = "account"
    /// The fields a node may write on its own district's accounts (a password change, a
    /// sign-out everywhere); everything else about an account changes at the hub.
    public static let nodeWritableFields: Set<String> = ["password_hash", "epoch"]
    public static let minimumPasswordLength = 8

    public let replica: Replica
    public let workers: PasswordWorkers
    private static let decoyHash = (try? PasswordHash.make(password: "decoy-\(UUID().uuidString)")) ?? ""

    public init(replica: Replica, workers: PasswordWorkers) {
        self.replica = replica
        self.workers = workers
    }

    /// The entity of the account `user` of `district`: the same at every site.
    public static func id(district: String, user: String) -> EntityID { StableID.make(entityType, "\(district)/\(user)") }

    // MARK: Reading

    public func account(district: String, user: String) async -> Account? {
        guard let snapshot = try? await replica.entity(Self.id(district: district, user: user)), snapshot.type == Self.entityType else { return nil }
        return Self.decode(snapshot.document, scope: snapshot.scope)
    }

    /// The account a sign-in names: `user@district` exactly, else `user` of `home` (the
    /// node's district), else the province's `user`.
    public func resolve(_ name: String, home: String?) async -> Account? {
        if let at = name.lastIndex(of: "@") {
            return await account(district: String(name[name.index(after: at)...]), user: String(name[..<at]))
        }
        if let home, home != Scope.province, let found = await account(district: home, user: name) { return found }
        return await account(district: Scope.province, user: name)
    }

    /// Every account (of `district` only, when given), by district then user name.
    public func list(district: String? = nil) async throws(AccessError) -> [Account] {
        do {
            let summaries = try await replica.list(type: Self.entityType, scope: district, limit: 100_000)
            return summaries.compactMap { Self.decode($0.document, scope: $0.scope) }.sorted { ($0.district, $0.user) < ($1.district, $1.user) }
        } catch { throw .storage(error.description) }
    }

    /// The account behind `name` if `password` is its password and it is not disabled.
    /// - Throws: `.busy` when the password threads are full.
    public func verify(_ name: String, password: String, home: String?) async throws(AccessError) -> Account? {
        let found = await resolve(name, home: home)
        let matches = try await workers.verify(password, against: found?.passwordHash ?? Self.decoyHash)
        guard let found, matches, !found.disabled else { return nil }
        return found
    }

    // MARK: Writing

    /// Creates `account` with `password`, or replaces the account of the same key when
    /// `replacing` (the bootstrap commands).
    @discardableResult
    public func create(_ account: Account, password: String, author: String, replacing: Bool = false) async throws(AccessError) -> Account {
        try Self.validate(account)
        guard password.count >= Self.minimumPasswordLength else { throw .passwordTooShort(minimum: Self.minimumPasswordLength) }
        if !replacing, await self.account(district: account.district, user: account.user) != nil {
            throw .accountExists(account.qualifiedName)
        }
        let hash = try await workers.hash(password)
        var edits = Self.profileEdits(account)
        edits.append(.assign("user", json: JSONFragment.text(account.user)))
        edits.append(.assign("password_hash", json: JSONFragment.text(hash)))
        if replacing { edits.append(Edit("epoch", .increment(1))) }
        try await write(account, edits, author: author)
        return await self.account(district: account.district, user: account.user) ?? account
    }

    /// Changes what an account is (name, roles, unit, disabled). Disabling ends its sessions.
    public func update(_ account: Account, author: String) async throws(AccessError) {
        try Self.validate(account)
        guard let current = await self.account(district: account.district, user: account.user) else { throw .noSuchAccount(account.qualifiedName) }
        var edits = Self.profileEdits(account)
        if account.disabled && !current.disabled { edits.append(Edit("epoch", .increment(1))) }
        try await write(account, edits, author: author, mustExist: true)
    }

    /// A new password; every session of the account ends.
    public func setPassword(district: String, user: String, password: String, author: String) async throws(AccessError) {
        guard password.count >= Self.minimumPasswordLength else { throw .passwordTooShort(minimum: Self.minimumPasswordLength) }
        guard let current = await account(district: district, user: user) else { throw .noSuchAccount("\(user)@\(district)") }
        let hash = try await workers.hash(password)
        try await write(current, [.assign("password_hash", json: JSONFragment.text(hash)), Edit("epoch", .increment(1))], author: author, mustExist: true)
    }

    /// Ends every session of the account, here at once and elsewhere after sync.
    public func endSessions(district: String, user: String, author: String) async throws(AccessError) {
        guard let current = await account(district: district, user: user) else { throw .noSuchAccount("\(user)@\(district)") }
        try await write(current, [Edit("epoch", .increment(1))], author: author, mustExist: true)
    }

    /// Turns the staff table of a site from before accounts were replicated into accounts,
    /// keeping each password hash: at a node each becomes an officer of `home`, at the hub
    /// (`home` is the province) an operator and administrator. Idempotent: the old table is
    /// renamed once it is carried over.
    /// - Returns: the accounts carried over.
    @discardableResult
    public func migrateLegacyStaff(home: String, author: String) async throws(AccessError) -> [Account] {
        let rows: [(user: String, name: String, hash: String)]
        do {
            rows = try await replica.read { db in
                guard try db.tableExists("staff") else { return [] }
                return try Row.fetchAll(db, sql: "SELECT user, name, password_hash FROM staff ORDER BY user").map { ($0[0], $0[1], $0[2]) }
            }
        } catch { throw .storage(error.description) }
        let roles: Set<Role> = home == Scope.province ? [.provincialOperator, .administrator] : [.districtOfficer]
        var carried: [Account] = []
        for row in rows where await account(district: home, user: row.user) == nil {
            let account = Account(district: home, user: row.user, name: row.name, roles: roles)
            var edits = Self.profileEdits(account)
            edits.append(.assign("user", json: JSONFragment.text(row.user)))
            edits.append(.assign("password_hash", json: JSONFragment.text(row.hash)))
            try await write(account, edits, author: author)
            carried.append(account)
        }
        do {
            try await replica.withDatabase { db in
                if try db.tableExists("staff") { try db.execute(sql: "ALTER TABLE staff RENAME TO staff_before_accounts") }
            }
        } catch { throw .storage(error.description) }
        return carried
    }

    // MARK: Encoding

    private func write(_ account: Account, _ edits: [Edit], author: String, mustExist: Bool = false) async throws(AccessError) {
        do {
            _ = try await replica.write(
                entity: Self.id(district: account.district, user: account.user), type: Self.entityType, scope: account.district, edits: edits,
                author: author, mustExist: mustExist)
        } catch { throw .storage(error.description) }
    }

    private static func profileEdits(_ account: Account) -> [Edit] {
        [
            .assign("district", json: JSONFragment.text(account.district)),
            .assign("name", json: JSONFragment.text(account.name.trimmingCharacters(in: .whitespaces).isEmpty ? account.user : account.name)),
            .assign("roles", json: JSONFragment.text(account.roles.sorted().map(\.rawValue))),
            .assign("unit", json: JSONFragment.text(account.unit)),
            .assign("disabled", json: account.disabled ? "true" : "false"),
        ]
    }

    static func validate(_ account: Account) throws(AccessError) {
        let user = account.user
        guard (2...40).contains(user.count), user.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || ".-_".contains($0)) }) else {
            throw .invalidUserName(user)
        }
        guard account.district == Scope.province || AdministrativeUnit.named(account.district)?.code == account.district else {
            throw .invalidDistrict(account.district)
        }
        guard !account.roles.isEmpty else { throw .noRoles }
        if account.roles.contains(.unitHandler), (account.unit ?? "").isEmpty { throw .unitRequired }
    }

    static func decode(_ document: String, scope: String) -> Account? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(document.utf8))) as? [String: Any], let user = object["user"] as? String
        else { return nil }
        let roles = Set((object["roles"] as? [String] ?? []).compactMap(Role.init(rawValue:)))
        return Account(
            district: scope, user: user, name: object["name"] as? String ?? user, roles: roles, unit: object["unit"] as? String,
            disabled: object["disabled"] as? Bool ?? false, epoch: (object["epoch"] as? NSNumber)?.intValue ?? 0,
            passwordHash: object["password_hash"] as? String ?? "")
    }
}
