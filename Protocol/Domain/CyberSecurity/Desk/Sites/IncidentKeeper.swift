import SiteProbes
import Synchronization

/// The hub's reading of every vantage point's reports into site incidents: a site down
/// everywhere is down; down from some districts only is their link; a page likely defaced,
/// or a certificate failing or about to expire, is an incident of its own.
///
/// Guarantees: an incident opens once per site and kind while its cause lasts, dated from
/// its cause's start (an outage from its first failed check); it closes when the cause is
/// gone, and the districts of a link incident follow what the vantage points report.
/// Reports older than `staleMillis` do not vote (a node cut from the hub says nothing of the
/// site). A district's link opens only when it has lasted two of the site's intervals and a
/// tick: vantage points confirm an outage one after the other, and the first to confirm is
/// not a district cut off. Nothing opens during a site's maintenance window. Incidents an
/// operator opened are left to operators. Run at the hub only.
public final class IncidentKeeper: Sendable {
    public let desk: SecurityDesk
    public let staleMillis: Int64
    let tickMillis: Int64
    let notify: @Sendable (IncidentNotice) async -> Void
    let didWrite: @Sendable () -> Void
    let onFailure: @Sendable (SecurityError) -> Void
    private let loop = Mutex<Task<Void, Never>?>(nil)
    /// When each link cause (by site) was first seen, while it waits for its grace.
    private let pendingLinks = Mutex<[String: Int64]>([:])

    public init(
        desk: SecurityDesk, staleMillis: Int64 = 180_000, tickMillis: Int64 = 1_000, notify: @escaping @Sendable (IncidentNotice) async -> Void = { _ in },
        didWrite: @escaping @Sendable () -> Void = {}, onFailure: @escaping @Sendable (SecurityError) -> Void = { _ in }
    ) {
        self.desk = desk
        self.staleMillis = staleMillis
        self.tickMillis = tickMillis
        self.notify = notify
        self.didWrite = didWrite
        self.onFailure = onFailure
    }

    public func start() {
        let task = Task.detached { [self] in
            while !Task.isCancelled {
                do throws(SecurityError) { _ = try await self.evaluate() } catch { self.onFailure(error) }
                try? await Task.sleep(for: .milliseconds(self.tickMillis))
            }
        }
        loop.withLock { $0 = task }
    }

    public func stop() { loop.withLock { $0?.cancel() } }

    /// What one site's reports call for now: each kind with the vantage points and start.
    struct Cause: Equatable {
        var vantages: [String]
        var start: Int64
        var detail: String
    }

    static func causes(site: MonitoredSite, reports: [VantageReport], now: Int64, staleMillis: Int64) -> [SiteIncident.Kind: Cause] {
        let voting = reports.filter { site.vantages.includes($0.vantage) && $0.isFresh(at: now, staleMillis: staleMillis) }
        var causes: [SiteIncident.Kind: Cause] = [:]
        let down = voting.filter { $0.state == .down }
        let start = down.compactMap(\.since).min() ?? now
        let reasons = Set(down.flatMap(\.reasons)).sorted().joined(separator: ", ")
        switch SiteStatus.verdict(site: site, reports: reports, now: now, staleMillis: staleMillis) {
        case .down: causes[.down] = Cause(vantages: down.map(\.vantage).sorted(), start: start, detail: reasons)
        case .unreachableFrom(let vantages): causes[.link] = Cause(vantages: vantages, start: start, detail: reasons)
        default: break
        }
        let defaced = voting.filter { $0.page == .likelyDefaced }
        if !defaced.isEmpty {
            let phrases = Set(defaced.flatMap(\.pagePhrases)).sorted()
            causes[.likelyDefaced] = Cause(
                vantages: defaced.map(\.vantage).sorted(), start: defaced.map(\.checkedAt).min() ?? now,
                detail: phrases.isEmpty ? "" : phrases.map { "“\($0)”" }.joined(separator: ", "))
        }
        let certificate = voting.filter { report in
            report.certificateValid == false || (report.certificateDays.map { $0 < site.expectation.certificateWarningDays } ?? false)
        }
        if !certificate.isEmpty {
            let days = certificate.compactMap(\.certificateDays).min()
            causes[.certificate] = Cause(
                vantages: certificate.map(\.vantage).sorted(), start: certificate.map(\.checkedAt).min() ?? now,
                detail: [days.map { "certificate_days:\($0)" }, certificate.contains { $0.certificateValid == false } ? "certificate_invalid" : nil]
                    .compactMap { $0 }.joined(separator: ", "))
        }
        return causes
    }

    /// Opens, updates and closes incidents to match what the vantage points report now;
    /// returns what it did, in order.
    @discardableResult
    public func evaluate() async throws(SecurityError) -> [IncidentNotice] {
        let now = desk.nowMillis
        let sites = try await desk.sites()
        let reports = Dictionary(grouping: try await desk.vantageReports(), by: \.site)
        let open = Dictionary(grouping: try await desk.incidents(openOnly: true, limit: 5000).filter { $0.openedBy == "monitor" }, by: \.site)
        var notices: [IncidentNotice] = []
        for site in sites {
            var causes = Self.causes(site: site, reports: reports[site.code] ?? [], now: now, staleMillis: staleMillis)
            let grace = 2 * site.intervalMillis + tickMillis
            let linkSince = pendingLinks.withLock { pending -> Int64? in
                guard causes[.link] != nil else {
                    pending[site.code] = nil
                    return nil
                }
                if pending[site.code] == nil { pending[site.code] = now }
                return pending[site.code]
            }
            if let linkSince, now - linkSince < grace, !(open[site.code] ?? []).contains(where: { $0.kind == .link }) { causes[.link] = nil }
            var openKinds = Set<SiteIncident.Kind>()
            for incident in open[site.code] ?? [] {
                openKinds.insert(incident.kind)
                if let cause = causes[incident.kind] {
                    if cause.vantages != incident.vantages {
                        let updated = try await desk.updateIncident(incident.id, vantages: cause.vantages, by: "monitor")
                        notices.append(IncidentNotice(event: .changed, incident: updated, site: site))
                    }
                } else {
                    let closed = try await desk.updateIncident(incident.id, end: now, by: "monitor")
                    notices.append(IncidentNotice(event: .closed, incident: closed, site: site))
                }
            }
            guard !site.inMaintenance(at: now) else { continue }
            for kind in SiteIncident.Kind.allCases where !openKinds.contains(kind) {
                guard let cause = causes[kind] else { continue }
                let opened = try await desk.openIncident(site: site.code, kind: kind, start: cause.start, vantages: cause.vantages, detail: cause.detail, by: "monitor")
                notices.append(IncidentNotice(event: .opened, incident: opened, site: site))
            }
        }
        if !notices.isEmpty { didWrite() }
        for notice in notices { await notify(notice) }
        return notices
    }
}

/// An incident opened, changed or closed, as notifications tell it.
public struct IncidentNotice: Sendable, Hashable {
    public enum Event: String, Sendable, Hashable, Codable {
        case opened, changed, closed
    }
    public var event: Event
    public var incident: SiteIncident
    public var site: MonitoredSite
}
