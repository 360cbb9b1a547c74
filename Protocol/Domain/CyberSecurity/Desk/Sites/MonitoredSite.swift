import Foundation
import SiteProbes

/// A government website the province watches: where it is, whose it is, what its page must
/// show, how often and from where it is checked, and when it is down on purpose.
///
/// Reference data: registered at the hub and replicated to every node (scope `province`),
/// so each vantage point named probes it with the same expectation.
public struct MonitoredSite: Sendable, Hashable, Codable {
    /// Stable identifier, lower-case letters, digits and dashes (`cong-dvc`).
    public var code: String
    public var name: String
    /// `http://` or `https://` with a host.
    public var url: String
    /// The unit that runs it (a department or district code): the availability report's owner.
    public var owner: String
    public var expectation: SiteExpectation
    /// Time between checks from one vantage point.
    public var intervalMillis: Int64
    public var vantages: SiteVantages
    public var maintenance: [MaintenanceWindow]
    /// Further host names or addresses its server answers to, for joining security alerts
    /// (the URL's host is always one).
    public var hosts: [String]
    /// No longer checked; kept so its history stays readable.
    public var retired: Bool

    public static let minimumIntervalMillis: Int64 = 100
    public static let maximumIntervalMillis: Int64 = 86_400_000

    public init(
        code: String, name: String, url: String, owner: String, expectation: SiteExpectation = SiteExpectation(), intervalMillis: Int64 = 60_000,
        vantages: SiteVantages = SiteVantages(), maintenance: [MaintenanceWindow] = [], hosts: [String] = [], retired: Bool = false
    ) {
        self.code = code
        self.name = name
        self.url = url
        self.owner = owner
        self.expectation = expectation
        self.intervalMillis = intervalMillis
        self.vantages = vantages
        self.maintenance = maintenance
        self.hosts = hosts
        self.retired = retired
    }

    /// The URL's host, lower-case.
    public var host: String { URLComponents(string: url)?.host?.lowercased() ?? "" }

    /// The hosts a security alert may name to concern this site.
    public var allHosts: Set<String> { Set([host] + hosts.map { $0.lowercased() }).subtracting([""]) }

    /// Whether a maintenance window covers `at`: checks still run, but nothing they find is an incident.
    public func inMaintenance(at: Int64) -> Bool { maintenance.contains { $0.covers(at) } }

    /// The site as it may be stored, or the first field that is wrong and why.
    public func validated() throws(SecurityError) -> MonitoredSite {
        var site = self
        site.code = code.trimmingCharacters(in: .whitespaces)
        site.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        site.url = url.trimmingCharacters(in: .whitespaces)
        site.owner = owner.trimmingCharacters(in: .whitespaces)
        guard (2...64).contains(site.code.count), site.code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw .invalidSite(field: "code", value: site.code)
        }
        guard (1...200).contains(site.name.count) else { throw .invalidSite(field: "name", value: site.name) }
        guard let parts = URLComponents(string: site.url), let scheme = parts.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = parts.host, !host.isEmpty, site.url.count <= 2048
        else { throw .invalidSite(field: "url", value: site.url) }
        guard (1...64).contains(site.owner.count) else { throw .invalidSite(field: "owner", value: site.owner) }
        guard (Self.minimumIntervalMillis...Self.maximumIntervalMillis).contains(intervalMillis) else {
            throw .invalidSite(field: "intervalMillis", value: String(intervalMillis))
        }
        if let pattern = expectation.pattern, !pattern.isEmpty, (try? Regex(pattern)) == nil { throw .invalidSite(field: "pattern", value: pattern) }
        guard expectation.slowMillis > 0, expectation.certificateWarningDays >= 0 else {
            throw .invalidSite(field: "slowMillis", value: String(expectation.slowMillis))
        }
        for address in expectation.addresses ?? [] where !Self.isAddress(address) {
            throw .invalidSite(field: "addresses", value: address)
        }
        guard (expectation.addresses ?? []).count <= 32 else { throw .invalidSite(field: "addresses", value: "more than 32") }
        guard vantages.hub || vantages.allNodes || !vantages.nodes.isEmpty else { throw .invalidSite(field: "vantages", value: "none") }
        for window in maintenance where window.end <= window.start {
            throw .invalidSite(field: "maintenance", value: "\(window.start)…\(window.end)")
        }
        guard hosts.count <= 20, hosts.allSatisfy({ (1...253).contains($0.count) }) else { throw .invalidSite(field: "hosts", value: hosts.joined(separator: " ")) }
        return site
    }

    /// An IPv4 or IPv6 address in its text form, as a DNS answer gives it.
    static func isAddress(_ text: String) -> Bool {
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }
}

/// Which vantage points probe a site: the hub, every node, or the nodes named.
public struct SiteVantages: Sendable, Hashable, Codable {
    public var hub: Bool
    public var allNodes: Bool
    /// District codes, when not `allNodes`.
    public var nodes: [String]

    /// The vantage point name of the hub (a node's is its district code).
    public static let hubName = "hub"

    public init(hub: Bool = true, allNodes: Bool = true, nodes: [String] = []) {
        self.hub = hub
        self.allNodes = allNodes
        self.nodes = nodes
    }

    /// Whether the vantage point `name` (`hub` or a district code) probes the site.
    public func includes(_ name: String) -> Bool {
        name == Self.hubName ? hub : allNodes || nodes.contains(name)
    }
}

/// A planned outage: `start` up to `end` (Unix milliseconds).
public struct MaintenanceWindow: Sendable, Hashable, Codable {
    public var start: Int64
    public var end: Int64
    public var note: String

    public init(start: Int64, end: Int64, note: String = "") {
        self.start = start
        self.end = end
        self.note = note
    }

    public func covers(_ at: Int64) -> Bool { at >= start && at < end }
}
