import SiteProbes

/// A monitored site as the federation sees it now: the verdict from every vantage point
/// that still speaks (`VantageReport.isFresh`), their reports, and the open incidents.
public struct SiteStatus: Sendable, Hashable {
    public var site: MonitoredSite
    public var verdict: SiteVerdict
    /// Every vantage point named for the site (the hub first), with its report when it has one.
    public var vantages: [Vantage]

    public struct Vantage: Sendable, Hashable {
        public var name: String
        public var report: VantageReport?
        /// Whether its report still votes.
        public var fresh: Bool
    }
    public var openIncidents: [SiteIncident]

    public init(site: MonitoredSite, reports: [VantageReport], openIncidents: [SiteIncident], expected: [String], now: Int64, staleMillis: Int64) {
        self.site = site
        let named = reports.filter { site.vantages.includes($0.vantage) }
        let byName = Dictionary(named.map { ($0.vantage, $0) }, uniquingKeysWith: { a, _ in a })
        let names = Set(expected.filter { site.vantages.includes($0) }).union(byName.keys).sorted { a, b in
            a == SiteVantages.hubName ? b != SiteVantages.hubName : b == SiteVantages.hubName ? false : a < b
        }
        vantages = names.map { name in
            let report = byName[name]
            return Vantage(name: name, report: report, fresh: report?.isFresh(at: now, staleMillis: staleMillis) ?? false)
        }
        verdict = Self.verdict(site: site, reports: reports, now: now, staleMillis: staleMillis)
        self.openIncidents = openIncidents
    }

    /// The verdict of the vantage points named for `site` whose reports are fresh.
    public static func verdict(site: MonitoredSite, reports: [VantageReport], now: Int64, staleMillis: Int64) -> SiteVerdict {
        let voting = reports.filter { site.vantages.includes($0.vantage) && $0.isFresh(at: now, staleMillis: staleMillis) }
        return SiteVerdict(Dictionary(voting.map { ($0.vantage, $0.state) }, uniquingKeysWith: { a, _ in a }))
    }

    /// The page's worst verdict among fresh reports (nil: no baseline, or no page).
    public var page: DefacementCheck.Verdict? {
        let verdicts = vantages.filter(\.fresh).compactMap { $0.report?.page }
        if verdicts.contains(.likelyDefaced) { return .likelyDefaced }
        if verdicts.contains(.changed) { return .changed }
        return verdicts.first
    }

    /// The wall's colour: the verdict's, red for a page likely defaced, amber for a changed one.
    public var colour: String {
        if page == .likelyDefaced { return "red" }
        if page == .changed, verdict.colour == "green" { return "amber" }
        if openIncidents.contains(where: { $0.kind == .certificate }), verdict.colour == "green" { return "amber" }
        return verdict.colour
    }
}
