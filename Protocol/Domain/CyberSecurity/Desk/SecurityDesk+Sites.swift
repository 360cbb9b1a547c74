import CRDT
import Foundation
import GRDB
import Replica
import SiteProbes

extension SecurityDesk {
    public static let siteType = "security-site"
    public static let baselineType = "security-baseline"
    public static let pageType = "security-page"

    static func siteID(_ code: String) -> EntityID { StableID.make(siteType, code) }
    static func baselineID(_ code: String) -> EntityID { StableID.make(baselineType, code) }
    static func pageID(_ code: String) -> EntityID { StableID.make(pageType, code) }

    /// Registers a site or replaces its settings (by code). Reference data: written at the
    /// hub, in scope `province`, so every node receives it. Idempotent: the same settings
    /// again write nothing.
    @discardableResult
    public func register(_ site: MonitoredSite, author: String) async throws(SecurityError) -> MonitoredSite {
        let site = try site.validated()
        if let stored = try await self.site(site.code), stored == site { return site }
        let write = EntityWrite(id: Self.siteID(site.code), type: Self.siteType, scope: Scope.province, edits: [Edit("site", .assign(JSONFragment.encoded(site)))])
        do { _ = try await replica.write([write], author: author) } catch { throw .storage("\(error)") }
        return site
    }

    /// Every registered site, by code; retired ones only when asked.
    public func sites(includingRetired: Bool = false) async throws(SecurityError) -> [MonitoredSite] {
        do {
            return try await replica.read { db in
                try String.fetchAll(db, sql: "SELECT doc FROM security_site \(includingRetired ? "" : "WHERE retired = 0") ORDER BY code")
                    .compactMap { try? JSONDecoder().decode(MonitoredSite.self, from: Data($0.utf8)) }
            }
        } catch { throw .storage("\(error)") }
    }

    public func site(_ code: String) async throws(SecurityError) -> MonitoredSite? {
        do {
            return try await replica.read { db in
                try String.fetchOne(db, sql: "SELECT doc FROM security_site WHERE code = ?", arguments: [code])
                    .flatMap { try? JSONDecoder().decode(MonitoredSite.self, from: Data($0.utf8)) }
            }
        } catch { throw .storage("\(error)") }
    }

    /// Every site (or the one named) as the federation sees it now; `expectedVantages` are
    /// the vantage points there are (the hub and each node's district), shown even before
    /// they report.
    public func statuses(code: String? = nil, expectedVantages: [String], staleMillis: Int64) async throws(SecurityError) -> [SiteStatus] {
        let now = now()
        let sites = try await sites().filter { code == nil || $0.code == code }
        let reports = Dictionary(grouping: try await vantageReports(site: code), by: \.site)
        let open = Dictionary(grouping: try await incidents(site: code, openOnly: true, limit: 5000), by: \.site)
        return sites.map {
            SiteStatus(
                site: $0, reports: reports[$0.code] ?? [], openIncidents: open[$0.code] ?? [], expected: expectedVantages, now: now, staleMillis: staleMillis)
        }
    }

    /// The site's availability over the last `days` days, up to now.
    public func availability(_ site: MonitoredSite, days: Int) async throws(SecurityError) -> SiteAvailability {
        try await availability(site, from: now() - Int64(days) * 86_400_000, to: now())
    }

    public func availability(_ site: MonitoredSite, from: Int64, to: Int64) async throws(SecurityError) -> SiteAvailability {
        SiteAvailability(site: site, incidents: try await incidents(site: site.code, since: from, limit: 5000), from: from, to: to, now: now())
    }

    /// The page a site's monitor last saw from the hub, when it differs from what came before
    /// (what an operator approves as the baseline).
    public func latestPage(_ code: String) async throws(SecurityError) -> ObservedPage? {
        do {
            return try await replica.read { db in
                try Row.fetchOne(db, sql: "SELECT fingerprint, seen_ms FROM security_page WHERE site = ?", arguments: [code]).flatMap { row in
                    (try? JSONDecoder().decode(PageFingerprint.self, from: Data((row["fingerprint"] as String).utf8))).map {
                        ObservedPage(fingerprint: $0, at: row["seen_ms"], by: nil)
                    }
                }
            }
        } catch { throw .storage("\(error)") }
    }

    /// The approved baseline of a site's page, if an operator approved one.
    public func baseline(_ code: String) async throws(SecurityError) -> ObservedPage? {
        do {
            return try await replica.read { db in
                try Row.fetchOne(db, sql: "SELECT fingerprint, approved_ms, approved_by FROM security_baseline WHERE site = ?", arguments: [code]).flatMap { row in
                    (try? JSONDecoder().decode(PageFingerprint.self, from: Data((row["fingerprint"] as String).utf8))).map {
                        ObservedPage(fingerprint: $0, at: row["approved_ms"], by: row["approved_by"])
                    }
                }
            }
        } catch { throw .storage("\(error)") }
    }

    /// Every approved baseline, by site code.
    public func baselines() async throws(SecurityError) -> [String: PageFingerprint] {
        do {
            return try await replica.read { db in
                var found: [String: PageFingerprint] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT site, fingerprint FROM security_baseline") {
                    if let print = try? JSONDecoder().decode(PageFingerprint.self, from: Data((row["fingerprint"] as String).utf8)) { found[row["site"]] = print }
                }
                return found
            }
        } catch { throw .storage("\(error)") }
    }

    /// Approves the page last seen as the site's baseline. `domHash`, when given, must be the
    /// page's: the operator approves what they looked at, not a page that changed since.
    @discardableResult
    public func approveBaseline(_ code: String, domHash: String?, author: String) async throws(SecurityError) -> ObservedPage {
        guard try await site(code) != nil else { throw .siteNotFound(code) }
        guard let page = try await latestPage(code) else { throw .noPageYet(code) }
        if let domHash, domHash != page.fingerprint.domHash { throw .pageChanged(code) }
        let at = now()
        let write = EntityWrite(
            id: Self.baselineID(code), type: Self.baselineType, scope: Scope.province,
            edits: [
                Edit("site", .assign(JSONFragment.encode(code))), Edit("fingerprint", .assign(JSONFragment.encoded(page.fingerprint))),
                Edit("approved_ms", .assign(JSONFragment.encode(at))), Edit("approved_by", .assign(JSONFragment.encode(author))),
            ])
        do { _ = try await replica.write([write], author: author) } catch { throw .storage("\(error)") }
        return ObservedPage(fingerprint: page.fingerprint, at: at, by: author)
    }

    /// The hub's refusal of a node's change to reference data: sites and baselines come from the hub.
    public static func nodeWriteRefusal(_ change: Change, current: EntityState?, district: String) -> String? {
        "monitored sites and their baselines come from the hub; a node does not write them"
    }
}

/// A page's fingerprint with when it was seen or approved, and by whom.
public struct ObservedPage: Sendable, Hashable {
    public var fingerprint: PageFingerprint
    public var at: Int64
    public var by: String?
}
