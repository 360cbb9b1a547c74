import CRDT
import Foundation
import GRDB
import Replica
import SiteProbes

extension SecurityDesk {
    public static let incidentType = "security-incident"

    static func incidentID(site: String, kind: SiteIncident.Kind, start: Int64) -> EntityID {
        StableID.make(incidentType, "\(site)|\(kind.rawValue)|\(start)")
    }

    /// What every vantage point last reported, by site then vantage point.
    public func vantageReports(site: String? = nil) async throws(SecurityError) -> [VantageReport] {
        do {
            return try await replica.read { db in
                let rows =
                    if let site {
                        try String.fetchAll(db, sql: "SELECT doc FROM security_vantage WHERE site = ? ORDER BY vantage", arguments: [site])
                    } else {
                        try String.fetchAll(db, sql: "SELECT doc FROM security_vantage ORDER BY site, vantage")
                    }
                return rows.compactMap { try? JSONDecoder().decode(VantageReport.self, from: Data($0.utf8)) }
            }
        } catch { throw .storage("\(error)") }
    }

    /// Incidents newest first: of one site, open ones only, at most `limit`.
    public func incidents(site: String? = nil, openOnly: Bool = false, since: Int64? = nil, limit: Int = 200) async throws(SecurityError) -> [SiteIncident] {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let site { clauses.append("site = ?"); arguments += [site] }
        if openOnly { clauses.append("end_ms IS NULL AND status = 'open'") }
        if let since { clauses.append("(end_ms IS NULL OR end_ms >= ?)"); arguments += [since] }
        let sql = "SELECT id, doc FROM security_incident \(clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")) ORDER BY start_ms DESC LIMIT \(max(1, min(limit, 5000)))"
        let finalArguments = arguments
        do {
            return try await replica.read { db in
                try Row.fetchAll(db, sql: sql, arguments: finalArguments).compactMap { Self.incident(doc: $0["doc"], id: $0["id"]) }
            }
        } catch { throw .storage("\(error)") }
    }

    public func incident(_ id: String) async throws(SecurityError) -> SiteIncident {
        let found: SiteIncident?
        do {
            found = try await replica.read { db in
                try Row.fetchOne(db, sql: "SELECT id, doc FROM security_incident WHERE id = ?", arguments: [id]).flatMap { Self.incident(doc: $0["doc"], id: $0["id"]) }
            }
        } catch { throw .storage("\(error)") }
        guard let found else { throw .incidentNotFound(id) }
        return found
    }

    /// The alerts on the site's hosts near the incident (`IncidentCorrelation`): "site
    /// defaced + IDS alert on its server" is one story.
    public func joinedAlerts(_ incident: SiteIncident, correlation: IncidentCorrelation = IncidentCorrelation()) async throws(SecurityError) -> [SecurityAlert] {
        guard let site = try await site(incident.site), let problem = incident.problem(hosts: site.allHosts) else { return [] }
        var candidates: [SecurityAlert] = []
        for host in site.allHosts.sorted() { candidates += try await alerts(host: host, limit: 500) }
        let joined = correlation.incidents(problems: [problem], alerts: candidates).first?.alertIDs ?? []
        let byID = Dictionary(candidates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return joined.compactMap { byID[$0] }
    }

    /// Opens an incident on a site (an operator's judgement of a changed page, or the
    /// monitor's conclusion). Idempotent for the same site, kind and start.
    @discardableResult
    public func openIncident(
        site code: String, kind: SiteIncident.Kind, start: Int64, vantages: [String], detail: String, by author: String
    ) async throws(SecurityError) -> SiteIncident {
        guard try await site(code) != nil else { throw .siteNotFound(code) }
        let id = Self.incidentID(site: code, kind: kind, start: start)
        let write = EntityWrite(
            id: id, type: Self.incidentType, scope: Scope.hub,
            edits: [
                Edit("site", .assign(JSONFragment.encode(code))), Edit("kind", .assign(JSONFragment.encode(kind.rawValue))),
                Edit("start_ms", .assign(JSONFragment.encode(start))), Edit("vantages", .assign(JSONFragment.encode(vantages.sorted()))),
                Edit("detail", .assign(JSONFragment.encode(String(detail.prefix(2000))))), Edit("status", .assign(JSONFragment.encode(SiteIncident.Status.open.rawValue))),
                Edit("opened_by", .assign(JSONFragment.encode(author))),
            ])
        do { _ = try await replica.write([write], author: author) } catch { throw .storage("\(error)") }
        return try await incident(id.description)
    }

    /// Updates what an open incident's monitor sees (the districts cut off change), or
    /// closes it at `end` (resolved), with a note in its history.
    @discardableResult
    public func updateIncident(
        _ id: String, vantages: [String]? = nil, end: Int64? = nil, note: String? = nil, by author: String
    ) async throws(SecurityError) -> SiteIncident {
        let current = try await incident(id)
        var edits: [Edit] = []
        if let vantages, vantages.sorted() != current.vantages { edits.append(Edit("vantages", .assign(JSONFragment.encode(vantages.sorted())))) }
        if let end, current.isOpen {
            edits += [
                Edit("end_ms", .assign(JSONFragment.encode(end))), Edit("status", .assign(JSONFragment.encode(SiteIncident.Status.resolved.rawValue))),
            ]
        }
        if let note, !note.isEmpty { edits.append(Edit("notes", .append(JSONFragment.encode(String(note.prefix(2000)))))) }
        guard !edits.isEmpty, let entity = EntityID(id) else { return current }
        do {
            _ = try await replica.write([EntityWrite(id: entity, type: Self.incidentType, scope: Scope.hub, edits: edits, mustExist: true)], author: author)
        } catch { throw .storage("\(error)") }
        return try await incident(id)
    }

    /// Checks, failures, degraded checks and mean response time per hour of one site, from
    /// every vantage point or one, oldest first.
    public func probeHours(site: String, vantage: String? = nil, since: Int64) async throws(SecurityError) -> [ProbeHour] {
        var arguments: StatementArguments = [site, since]
        var clause = ""
        if let vantage { clause = "AND vantage = ?"; arguments += [vantage] }
        let sql = """
            SELECT hour_ms, vantage, checks, failed, degraded, millis FROM security_probe_hour
            WHERE site = ? AND hour_ms >= ? \(clause) ORDER BY hour_ms, vantage
            """
        let finalArguments = arguments
        do {
            return try await replica.read { db in
                try Row.fetchAll(db, sql: sql, arguments: finalArguments).map {
                    ProbeHour(hour: $0[0], vantage: $0[1], checks: $0[2], failed: $0[3], degraded: $0[4], millis: $0[5])
                }
            }
        } catch { throw .storage("\(error)") }
    }

    /// The structure last recorded of each site's page at the hub.
    func pageHashes() async throws(SecurityError) -> [String: String] {
        do {
            return try await replica.read { db in
                Dictionary(
                    try Row.fetchAll(db, sql: "SELECT site, hash FROM security_page").map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { a, _ in a })
            }
        } catch { throw .storage("\(error)") }
    }

    // The incident's document as `DocumentRenderer` writes it.
    private struct IncidentDocument: Decodable {
        struct HistoryItem: Decodable {
            var at: Int64
            var by: String
            var entry: String
        }
        var site: String
        var kind: SiteIncident.Kind
        var start_ms: Int64
        var end_ms: Int64?
        var vantages: [String]?
        var detail: String?
        var status: SiteIncident.Status
        var opened_by: String?
        var notes: [HistoryItem]?
    }

    static func incident(doc: String, id: String) -> SiteIncident? {
        guard let d = try? JSONDecoder().decode(IncidentDocument.self, from: Data(doc.utf8)) else { return nil }
        return SiteIncident(
            id: id, site: d.site, kind: d.kind, start: d.start_ms, end: d.end_ms, vantages: d.vantages ?? [], detail: d.detail ?? "", status: d.status,
            openedBy: d.opened_by ?? "monitor", notes: (d.notes ?? []).map { SiteIncident.Note(at: $0.at, by: $0.by, text: $0.entry) })
    }
}

/// One hour of one vantage point's checks of one site.
public struct ProbeHour: Sendable, Hashable, Codable {
    public var hour: Int64
    public var vantage: String
    public var checks: Int
    public var failed: Int
    public var degraded: Int
    /// Sum of response times, milliseconds.
    public var millis: Int

    public var meanMillis: Double { checks > 0 ? Double(millis) / Double(checks) : 0 }
}
