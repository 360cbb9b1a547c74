import CRDT
import Foundation
import GRDB
import Replica

extension SecurityDesk {
    /// Alerts newest first, filtered by units, lowest band, open or all, host.
    public func alerts(
        units: [String]? = nil, minimumBand: SeverityBand? = nil, openOnly: Bool = false, host: String? = nil, limit: Int = 200
    ) async throws(SecurityError) -> [SecurityAlert] {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let units { clauses.append("unit IN (\(units.map { _ in "?" }.joined(separator: ",")))"); arguments += StatementArguments(units) }
        if let minimumBand { clauses.append("band >= ?"); arguments += [minimumBand.rawValue] }
        if openOnly { clauses.append("status IN ('new', 'acknowledged', 'investigating')") }
        if let host { clauses.append("host = ?"); arguments += [host] }
        let sql = "SELECT doc, id FROM security_alert \(clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")) ORDER BY last_ms DESC LIMIT \(max(1, min(limit, 1000)))"
        let finalArguments = arguments
        do {
            return try await replica.read { db in
                try Row.fetchAll(db, sql: sql, arguments: finalArguments).compactMap { Self.alert(doc: $0["doc"], id: $0["id"]) }
            }
        } catch { throw .storage("\(error)") }
    }

    /// Tells each open alert (`new`) at or above `minimumBand` that was not yet told at its
    /// band, newest first, at most `limit` per call; returns those told.
    ///
    /// Guarantees: an alert is marked told (`told_band`) only when `tell` returns true, so a
    /// failed delivery is tried again at the next call; an alert is told once per band it
    /// reaches (again when high becomes critical) and again when it recurs after being
    /// resolved. Run at the hub only (one teller).
    @discardableResult
    public func tellAlerts(minimumBand: SeverityBand = .high, limit: Int = 50, tell: (SecurityAlert) async -> Bool) async throws(SecurityError) -> [SecurityAlert] {
        let due: [SecurityAlert]
        do {
            due = try await replica.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT doc, id FROM security_alert WHERE band >= ? AND status = 'new'
                            AND ifnull(json_extract(doc, '$.told_band'), -1) < band ORDER BY last_ms DESC LIMIT ?
                        """, arguments: [minimumBand.rawValue, max(1, limit)]
                ).compactMap { Self.alert(doc: $0["doc"], id: $0["id"]) }
            }
        } catch { throw .storage("\(error)") }
        var told: [SecurityAlert] = []
        for alert in due where await tell(alert) {
            guard let entity = EntityID(alert.id) else { continue }
            do {
                _ = try await replica.write(
                    [EntityWrite(id: entity, type: Self.alertType, scope: Self.scope(of: alert.unit), edits: [Edit("told_band", .assign(JSONFragment.encode(alert.band.rawValue)))], mustExist: true)],
                    author: "monitor")
            } catch { throw .storage("\(error)") }
            told.append(alert)
        }
        return told
    }

    public func alert(_ id: String) async throws(SecurityError) -> SecurityAlert {
        let found: SecurityAlert?
        do {
            found = try await replica.read { db in
                try Row.fetchOne(db, sql: "SELECT doc, id FROM security_alert WHERE id = ?", arguments: [id]).flatMap { Self.alert(doc: $0["doc"], id: $0["id"]) }
            }
        } catch { throw .storage("\(error)") }
        guard let found else { throw .alertNotFound(id) }
        return found
    }

    /// Moves an alert along its lifecycle, assigns it, or adds a remark; each is one line of
    /// its history with who and when. Refuses a step back (`AlertStatus.allows`).
    @discardableResult
    public func handle(
        _ id: String, status: AlertStatus? = nil, assignee: String? = nil, note: String? = nil, by author: String
    ) async throws(SecurityError) -> SecurityAlert {
        let current = try await alert(id)
        if let status, status != current.status, !current.status.allows(status) {
            throw .invalidTransition(from: current.status, to: status)
        }
        var edits: [Edit] = []
        if let status, status != current.status { edits.append(Edit("status", .assign(JSONFragment.encode(status.rawValue)))) }
        if let assignee, assignee != current.assignee { edits.append(Edit("assignee", .assign(JSONFragment.encode(assignee)))) }
        let changedStatus = status.flatMap { $0 != current.status ? $0 : nil }
        let text = [note, assignee.map { "→ \($0)" }].compactMap { $0 }.joined(separator: " ")
        if changedStatus != nil || !text.isEmpty { edits.append(Edit("notes", .append(Self.note(text, status: changedStatus)))) }
        guard !edits.isEmpty, let entity = EntityID(id) else { return current }
        do {
            _ = try await replica.write([EntityWrite(id: entity, type: Self.alertType, scope: Self.scope(of: current.unit), edits: edits, mustExist: true)], author: author)
        } catch { throw .storage("\(error)") }
        return try await alert(id)
    }

    /// Events per hour by band, oldest first, from `since` (every unit given, summed).
    public func hourly(units: [String]? = nil, since: Int64) async throws(SecurityError) -> [(hour: Int64, counts: [SeverityBand: Int])] {
        var arguments: StatementArguments = [since]
        var unitClause = ""
        if let units { unitClause = "AND unit IN (\(units.map { _ in "?" }.joined(separator: ",")))"; arguments += StatementArguments(units) }
        let sql = "SELECT hour_ms, sum(low), sum(medium), sum(high), sum(critical) FROM security_hour WHERE hour_ms >= ? \(unitClause) GROUP BY hour_ms ORDER BY hour_ms"
        let finalArguments = arguments
        do {
            return try await replica.read { db in
                try Row.fetchAll(db, sql: sql, arguments: finalArguments).map { row in
                    (row[0], [.low: row[1], .medium: row[2], .high: row[3], .critical: row[4]])
                }
            }
        } catch { throw .storage("\(error)") }
    }

    // The alert's document as `DocumentRenderer` writes it: registers, the counter's sum,
    // the notes history as {at, by, entry}.
    private struct Document: Decodable {
        struct HistoryItem: Decodable {
            struct Entry: Decodable {
                var text: String
                var status: AlertStatus?
            }
            var at: Int64
            var by: String
            var entry: Entry
        }
        var unit: String
        var key: String
        var source: SecurityEventSource
        var host: String
        var rule: String
        var title: String
        var category: String?
        var techniques: [String]?
        var band: Int
        var count: Int?
        var first_ms: Int64
        var last_ms: Int64
        var status: AlertStatus
        var assignee: String?
        var due_ms: Int64
        var notes: [HistoryItem]?
    }

    static func alert(doc: String, id: String) -> SecurityAlert? {
        guard let d = try? JSONDecoder().decode(Document.self, from: Data(doc.utf8)) else { return nil }
        return SecurityAlert(
            id: id, unit: d.unit, key: d.key, source: d.source, host: d.host, rule: d.rule, title: d.title, category: d.category ?? "",
            techniques: d.techniques ?? [], band: SeverityBand(rawValue: d.band) ?? .low, count: d.count ?? 0, firstSeen: d.first_ms,
            lastSeen: d.last_ms, status: d.status, assignee: d.assignee, due: d.due_ms,
            notes: (d.notes ?? []).map { SecurityAlert.Note(at: $0.at, by: $0.by, text: $0.entry.text, status: $0.entry.status) })
    }
}
