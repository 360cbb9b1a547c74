/// Something wrong with a monitored site over a span of time, as the hub concluded it from
/// every vantage point (`security-incident`, the hub's own scope), or as an operator opened
/// it for a changed page.
///
/// Incidents the monitor opened close themselves when what opened them is gone; those an
/// operator opened close when an operator resolves them.
public struct SiteIncident: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Down from every vantage point that voted.
        case down
        /// Down from some vantage points only: their districts' link, not the site.
        case link
        case likelyDefaced = "likely_defaced"
        /// The page changed from its baseline; opened by an operator who judged it so.
        case changed
        /// The certificate fails verification or expires within the site's warning days.
        case certificate
    }

    public enum Status: String, Sendable, Hashable, Codable {
        case open, resolved
    }

    public struct Note: Sendable, Hashable, Codable {
        public var at: Int64
        public var by: String
        public var text: String
    }

    public var id: String
    public var site: String
    public var kind: Kind
    public var start: Int64
    public var end: Int64?
    /// The vantage points that saw it (for `link`: the districts cut off).
    public var vantages: [String]
    public var detail: String
    public var status: Status
    /// `monitor`, or the operator who opened it.
    public var openedBy: String
    public var notes: [Note]

    public var isOpen: Bool { status == .open }

    /// How long it lasted, up to `now` while open.
    public func duration(at now: Int64) -> Int64 { max(0, (end ?? now) - start) }

    /// The problem it is, for joining alerts on the site's hosts (`IncidentCorrelation`);
    /// nil for a district's link, which says nothing of the site's server.
    public func problem(hosts: Set<String>) -> IncidentCorrelation.SiteProblem? {
        let kind: IncidentCorrelation.SiteProblem.Kind
        switch self.kind {
        case .down: kind = .down
        case .link: return nil
        case .likelyDefaced: kind = .likelyDefaced
        case .changed: kind = .changed
        case .certificate: kind = .certificate
        }
        return IncidentCorrelation.SiteProblem(site: site, hosts: hosts, kind: kind, at: start)
    }
}
