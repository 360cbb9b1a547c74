/// Joins what happened to a site and what the sensors said about its server into
/// incidents: a site problem (down, defaced, changed, certificate) and the security alerts
/// on the same host within `window` of it are one incident ("site defaced + IDS alert on its
/// server"); alerts no site problem explains stay alerts.
///
/// Pure: the same problems and alerts give the same incidents in the same order, on any
/// replica.
public struct IncidentCorrelation: Sendable, Hashable {
    /// How far apart in time a site problem and an alert may be and still be one story.
    public var windowMillis: Int64

    public init(windowMillis: Int64 = 2 * 3_600_000) { self.windowMillis = windowMillis }

    /// Something wrong with a monitored site, as its monitor saw it.
    public struct SiteProblem: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable {
            case down
            case likelyDefaced = "likely_defaced"
            case changed
            case certificate
        }
        public var site: String
        /// The host names and addresses the site is served from (its URL's host, its server's address).
        public var hosts: Set<String>
        public var kind: Kind
        public var at: Int64

        public init(site: String, hosts: Set<String>, kind: Kind, at: Int64) {
            self.site = site
            self.hosts = hosts
            self.kind = kind
            self.at = at
        }
    }

    /// One incident: the problems and the ids of the alerts joined, and when it began.
    public struct Incident: Sendable, Hashable, Codable {
        public var site: String
        public var problems: [SiteProblem]
        public var alertIDs: [String]
        public var start: Int64
        /// The worst band among the alerts joined (nil: none joined).
        public var band: SeverityBand?
    }

    public func incidents(problems: [SiteProblem], alerts: [SecurityAlert]) -> [Incident] {
        var bySite: [String: [SiteProblem]] = [:]
        for problem in problems { bySite[problem.site, default: []].append(problem) }
        return bySite.keys.sorted().compactMap { site -> Incident? in
            guard let siteProblems = bySite[site]?.sorted(by: { ($0.at, $0.kind.rawValue) < ($1.at, $1.kind.rawValue) }), let first = siteProblems.first else { return nil }
            let hosts = siteProblems.reduce(into: Set<String>()) { $0.formUnion($1.hosts) }
            let earliest = first.at - windowMillis, latest = (siteProblems.last?.at ?? first.at) + windowMillis
            let joined = alerts.filter { alert in
                hosts.contains(alert.host) && alert.lastSeen >= earliest && alert.firstSeen <= latest
            }.sorted { ($0.firstSeen, $0.id) < ($1.firstSeen, $1.id) }
            return Incident(
                site: site, problems: siteProblems, alertIDs: joined.map(\.id), start: min(first.at, joined.first?.firstSeen ?? first.at),
                band: joined.map(\.band).max())
        }
    }
}
