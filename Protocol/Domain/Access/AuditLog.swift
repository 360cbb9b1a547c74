import CRDT
import Foundation
import GRDB
import Replica

/// The audit log on the replica: entities of type `audit`, one per entry, scoped to the
/// site that recorded them (a node's district, or `Scope.hub`), so a node's entries reach
/// the hub with its other records and the hub's stay there.
///
/// Guarantees:
/// - `record` returns once the entry is durable, in the replica's order of local writes;
/// - an entry never changes once written: the hub refuses any node change to an existing
///   entry (`nodeWriteRefusal`);
/// - `entries` reads `AuditProjection`'s indexed table, newest first.
public struct AuditLog: Sendable {
    public static let entityType = "audit"

    public let replica: Replica
    /// Where this site's entries are recorded: its district, or `Scope.hub`.
    public let site: String
    private let now: @Sendable () -> Int64

    public init(replica: Replica, site: String, now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }) {
        self.replica = replica
        self.site = site
        self.now = now
    }

    /// Records one entry made now at this site.
    @discardableResult
    public func record(account: String, roles: [String], address: String, action: AuditEntry.Action, request: String, status: Int)
        async throws(AccessError) -> AuditEntry
    {
        let entry = AuditEntry(
            atMillis: now(), site: site, account: String(account.prefix(120)), roles: roles, address: String(address.prefix(64)), action: action,
            request: String(request.prefix(300)), status: status)
        do {
            _ = try await replica.write(entity: entry.id, type: Self.entityType, scope: site, edits: Self.edits(entry), author: entry.account)
        } catch { throw .storage(error.description) }
        return entry
    }

    /// The entries `query` selects, newest first, and whether more follow.
    public func entries(_ query: AuditQuery) async throws(AccessError) -> (entries: [AuditEntry], more: Bool) {
        var sql = "SELECT id, at_ms, site, account, roles, address, action, request, status FROM audit_log WHERE 1"
        var arguments: StatementArguments = []
        if let account = query.account, !account.isEmpty {
            sql += " AND (account = ? OR account LIKE ? ESCAPE '\\')"
            arguments += [account, Self.likePrefix(account.contains("@") ? account : account + "@")]
        }
        if let site = query.site, !site.isEmpty {
            sql += " AND site = ?"
            arguments += [site]
        }
        if let action = query.action {
            sql += " AND action = ?"
            arguments += [action.rawValue]
        }
        if let address = query.address, !address.isEmpty {
            sql += " AND address = ?"
            arguments += [address]
        }
        if let since = query.sinceMillis {
            sql += " AND at_ms >= ?"
            arguments += [since]
        }
        if let until = query.untilMillis {
            sql += " AND at_ms < ?"
            arguments += [until]
        }
        if query.refusedOnly { sql += " AND refused = 1" }
        sql += " ORDER BY at_ms DESC, id DESC LIMIT ? OFFSET ?"
        arguments += [query.limit + 1, query.offset]
        let (statement, values) = (sql, arguments)
        do {
            let entries = try await replica.read { db in
                try Row.fetchAll(db, sql: statement, arguments: values).compactMap { row -> AuditEntry? in
                    guard let id = EntityID(bytes: row[0] as Data) else { return nil }
                    let roles: String = row[4]
                    return AuditEntry(
                        id: id, atMillis: row[1], site: row[2], account: row[3], roles: roles.isEmpty ? [] : roles.split(separator: ",").map(String.init),
                        address: row[5], action: AuditEntry.Action(rawValue: row[6]), request: row[7], status: row[8])
                }
            }
            return (Array(entries.prefix(query.limit)), entries.count > query.limit)
        } catch { throw .storage(error.description) }
    }

    /// What a node may write of the audit log, checked by the hub on every push: new entries
    /// of its own district (the scope rule holds that), and an entry again with the values the
    /// hub holds (a node that recovers from a clock ahead of the hub's, or from an older copy,
    /// writes its changes again under a new incarnation); never a different value.
    public static func nodeWriteRefusal(_ change: Change, current: EntityState?, district: String) -> String? {
        guard let current else { return nil }
        for op in change.ops {
            guard let held = current.registers[op.field]?.value else { continue }
            if op.kind != .assign || held != op.value { return "an audit entry never changes once recorded (field \(op.field))" }
        }
        return nil
    }

    // MARK: Encoding

    static func edits(_ entry: AuditEntry) -> [Edit] {
        [
            .assign("at", json: "\(entry.atMillis)"),
            .assign("account", json: JSONFragment.text(entry.account)),
            .assign("roles", json: JSONFragment.text(entry.roles)),
            .assign("address", json: JSONFragment.text(entry.address)),
            .assign("action", json: JSONFragment.text(entry.action.rawValue)),
            .assign("request", json: JSONFragment.text(entry.request)),
            .assign("status", json: "\(entry.status)"),
        ]
    }

    static func decode(_ document: String, id: EntityID, site: String) -> AuditEntry? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(document.utf8))) as? [String: Any],
            let at = (object["at"] as? NSNumber)?.int64Value, let account = object["account"] as? String, let action = object["action"] as? String
        else { return nil }
        return AuditEntry(
            id: id, atMillis: at, site: site, account: account, roles: object["roles"] as? [String] ?? [],
            address: object["address"] as? String ?? "", action: AuditEntry.Action(rawValue: action), request: object["request"] as? String ?? "",
            status: (object["status"] as? NSNumber)?.intValue ?? 0)
    }

    private static func likePrefix(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
    }
}
